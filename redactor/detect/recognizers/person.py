"""PERSON: people's names in any case and form, from slovnet's NER and pymorphy3's name tags.

slovnet finds most names in edited text; morphology adds what it misses: a lone first name or
surname in the middle of a sentence («передайте Марку»), initials («Петров И. С.», «И.С. Петров»),
name parts glued to a tagged name, Latin spellings of Russian names in chats («Ivan Petrov»).
Words that are also common nouns («Вера», «Надежда», «Роза», «Слава») count as names only with
support: a capital letter in mid-sentence, another name part beside them, or a context word
(«зовут», «позовите») that Presidio's context step adds to a weak proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from redactor.detect import morph, nlp, truecase
from redactor.detect.recognizers import (
    brands,
    document_words,
    layout,
    lowercase,
    repeated,
    things,
)
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.lowercase import NOT_NAME_POS, NOT_NAME_POS_AT_START
from redactor.detect.recognizers.sender import BUSINESS
from redactor.detect.recognizers.translit import latin_info, readings
from redactor.entities import PERSON

NER_SCORE = 0.85
# Who someone is, said before their name: «Курьер Никита позвонит», «Менеджер Ольга Сергеевна».
# The NER sometimes takes the role into the name after another name's sentence. A closed list:
# animals and trades that are Russian surnames too («Волк», «Кузнец») must stay in the span, and
# so must «Папа» of «Папа Римский», a name as a whole.
ROLES = frozenset(
    """курьер оператор водитель менеджер консультант специалист сотрудник куратор администратор
    диспетчер мастер доктор врач учитель учительница преподаватель педагог тренер инженер техник
    монтажник продавец кассир юрист адвокат нотариус агент экспедитор таксист директор
    руководитель начальник коллега сосед соседка клиент пассажир абонент студент ученик ученица
    стажёр мама дочь сын брат сестра муж жена бабушка дедушка тётя дядя господин
    госпожа внук внучка племянник племянница подруга крёстная крёстный""".split()
)
# Words of kinship that are said as a title of the name they stand before, and written as part
# of it: «тётя Галя», «дядя Ваня», «баба Нюра», «дед Мазай». Kept in the name, and a name right
# after one takes it in.
QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})
KIN_TITLES = frozenset("тётя тетя дядя баба бабушка дед дедушка".split())
# Chat slang and words of the trade that the models and morphology take for names («кст»,
# «пж», «када», «Кешбэк»): never a person.
CHAT_WORDS = frozenset(
    """че чё плз плиз пж пжл пжлст кст када кагда щас ща пасиб пасибо спс спасибки ало алло
    норм ок окей лол кек мб имхо хз оч прив приветик споки спок пок кешбэк кэшбэк кешбек кэшбек
    кэшбэка кешбэка кешбэком кэшбэком""".split()
)
# A preposition of place right before a word: «в», «во», «из», «под», «над» (not «к», «у», «от»,
# «с»: one goes to, is at, hears from and speaks with a person).
PLACE_BEFORE = re.compile(r"(?<![^\W\d_])(?:в|во|из|под|над|В|Во|Из|Под|Над)[ \t]+$")
# A first name and a patronymic, and the capitalized word right before them on their line.
PAIR = re.compile(r"[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:вич|вна|ична|чна|ич|инична)")
SURNAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s«\"(:,.—–-]))(?P<word>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) $"
)
SURNAME_ADJ = re.compile(r"(?:ск|цк|ов|ев|ин|ын)(?:ий|ой|ая|ый)$")
SURNAME_NOT_POS = frozenset("PREP CONJ PRCL INTJ NPRO VERB INFN PRED NUMR ADVB PRTF GRND".split())
# Adjectives that describe someone before their name, never a surname there.
DESCRIBING = frozenset(
    """милый милая любимый любимая бедный бедная старый старая молодой молодая дорогой дорогая
    уважаемый уважаемая родной родная незабвенная незабвенный покойный покойная""".split()
)
# Words that address or introduce someone before their name and patronymic.
ADDRESS_WORDS = frozenset(
    """уважаемый уважаемая уважаемые дорогой дорогая дорогие спасибо здравствуйте привет да нет
    ну это вот господин госпожа гражданин гражданка товарищ коллега доктор профессор пациент
    пациентка клиент клиентка абонент абонентка заемщик заёмщик заемщица заёмщица сотрудник
    сотрудница ип""".split()
)
# Two or three Latin words in capitals: a name as cards and passports print it.
CAPS_LATIN = re.compile(r"(?<![\w-])[A-Z]{2,}(?: [A-Z]{2,}){1,2}(?![\w-])")
CUED_LATIN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![\w-])")
CAPS_CUE = re.compile(
    r"(?:на\s+имя|имя|фио|получател\w*|держател\w*|holder|name)\s*[:—–-]?\s*$|/\s*$", re.I
)
NAME_IN_CAPS = 0.9
# Between two names of a list: a comma, a semicolon or «и».
CAPS_LIST = re.compile(r"[^\S\n]*[,;][^\S\n]*|[^\S\n]+(?:и|and)[^\S\n]+")
# Particles and interjections of speech, and halves of loans («трейд ин»): never the end of a
# name («иван ну», «петров же»).
SPOKEN_PARTICLES = frozenset(
    """же ж ли ль бы б ну вот да нет не ни ведь уж то ка ага угу ой ах эх о а эй алло вон
    даже лишь только ещё уже именно как так вроде типа мол де ин он ап аут офф""".split()
)
FOREIGN_PARTICLE = 3  # letters at most of a foreign name's last word read as a particle
# The cases prepositions govern, where a name is likelier than the thing it also means.
PREPOSITION_CASES = {
    "у": {"gent"}, "от": {"gent"}, "для": {"gent"}, "без": {"gent"}, "к": {"datv"},
    "ко": {"datv"}, "с": {"ablt"}, "со": {"ablt"}, "про": {"accs"}, "о": {"loct"},
    "об": {"loct"}, "при": {"loct"}, "перед": {"ablt"},
}  # fmt: skip
NAME_CASE_MARGIN = 2.0
# Said right before a name to call someone, and verbs of speech right after a name.
ADDRESSING = frozenset("алло привет".split())
SPEECH_VERBS = frozenset(
    """сказать рассказать рассказывать говорить позвонить звонить написать писать спросить
    ответить попросить пообещать обещать передать""".split()
)
# Between «с вами» and a name: «с вами говорит вера», «с вами на связи лев».
INTRO_FILLERS = frozenset("говорит на связи сегодня снова".split())
# Where a person introduced by name works: «это роза из бухгалтерии», «вера из отдела кадров».
WORKPLACES = frozenset(
    """отдел бухгалтерия банк компания офис служба поддержка магазин клиника больница школа
    садик салон центр филиал администрация регистратура склад доставка деканат
    поликлиника""".split()
)
LATIN_NAME = 0.5
LATIN_GUESS = 0.4
# Words that ask for or name a name part, and how many tokens before a quote they reach.
NAME_WORDS = frozenset("фамилия имя отчество фио получатель подпись".split())
NAME_ASKED_REACH = 8  # each word of a cued Latin name the dictionary lacks, guessed this surely
# A greeting right after a name: «…, Любовь, здравствуйте», «софия добрый день».
GREETINGS = frozenset("здравствуйте здрасте здрасьте здравствуй приветствую".split())
GREETING_PAIRS = frozenset(
    {("добрый", "день"), ("добрый", "вечер"), ("доброе", "утро"), ("доброго", "дня")}
)
MAX_SPELLED = 30  # letters: no name is longer
NOT_SPELLED = frozenset({"а и в с", "и в а с"})  # conjunctions and prepositions in a row
GREETED_NAME = 0.2
# Verbs of request and the case of whom they address: «попросите надежду», «напомните вере».
REQUEST_VERBS = {
    "попросить": "accs", "предупредить": "accs", "пригласить": "accs", "позвать": "accs",
    "напомнить": "datv", "передать": "datv", "сообщить": "datv", "позвонить": "datv",
    "написать": "datv",
}  # fmt: skip  # how likely a name a word must be for the greeting to make it one
REPEATED_SCORE = 0.6
MOSTLY_NAME = 0.5  # a weak mention carries a name found elsewhere when this likely a name  # a word that repeats a name found elsewhere in the text
STRONG_SCORE = 0.75
# Below the engine's 0.4 threshold: survives only with a context word (+0.35) nearby.
WEAK_SCORE = 0.3

# «А.», «И.С.», «А.А.»: one or two capital initials, each with its dot.
INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.){1,2}$")
TWO_INITIALS = re.compile(r"[А-ЯЁ]\.[А-ЯЁ]\.")
TITLE = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z]?[а-яёa-z]+)*$")
LATIN = re.compile(r"^[A-Za-z]+$")
LOWER_LATIN = re.compile(r"^[a-z]{4,}$")
LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]{3,30}(?![\w-])")  # no name is longer
LOWER = re.compile(r"^[а-яё]{3,}(?:-[а-яё]+)?$")
SPELLED = re.compile(
    r"(?<![\w-])(?:[А-ЯЁа-яё]-){2,}[А-ЯЁа-яё](?![\w-])|(?<![\w-])(?:[A-Za-z]-){4,}[A-Za-z](?![\w-])"
)
# Spelled as speech recognition writes it, a letter a word: «к о р о т к о в». Four letters at
# least: «и в а» are words too.
SPACED = re.compile(r"(?<![\w-])[а-яё](?:[ \t][а-яё]){3,}(?![\w-])", re.IGNORECASE)
# A speaker's hesitation, which speech recognition writes as a word: «эээ», «мм», «эм».
HESITATION = re.compile(r"э{2,}|м{2,}|эм+|ммм+")
# The names of Russian letters as dictated, and a run of four or more of them (single letters
# too, one name at least): «ка у зэ эн е цэ о вэ», «эм е эль мягкий знак ни ка».
LETTER_NAMES = {
    "бэ": "б", "вэ": "в", "гэ": "г", "дэ": "д", "жэ": "ж", "зэ": "з", "ка": "к", "эль": "л",
    "эл": "л", "эм": "м", "эн": "н", "пэ": "п", "эр": "р", "эс": "с", "тэ": "т", "эф": "ф",
    "ха": "х", "цэ": "ц", "че": "ч", "ша": "ш", "ща": "щ", "и краткое": "й",
}  # fmt: skip
_UNIT = (
    r"(?:мягкий знак|тв[её]рдый знак|"
    + "|".join(sorted(LETTER_NAMES, key=len, reverse=True))
    + r"|[а-яё])"
)
# (Runs of single letters alone are SPACED's; a run must hold a letter's name, checked apart:
# a lookahead for it here made a line of 20,000 letters take a minute.)
LETTER_NAMES_RUN = re.compile(rf"(?<![\w-]){_UNIT}(?:[ \t]+{_UNIT}){{3,}}(?![\w-])", re.IGNORECASE)
NAMED_LETTER = re.compile(
    rf"(?<![\w-])(?:{'|'.join(LETTER_NAMES)}|мягкий|тв[её]рдый)(?![\w-])", re.IGNORECASE
)
# «щ как щука е как елена р как роман»: three letters by words at least.
BY_WORDS_RUN = re.compile(
    r"(?<![\w-])[а-яё] как [а-яё]+(?:,?[ \t]+[а-яё] как [а-яё]+){2,}", re.IGNORECASE
)
LATIN_SPACED = re.compile(r"(?<![\w-])[a-z](?:[ \t][a-z]){3,}(?![\w-])", re.IGNORECASE)
SPELLED_LETTERS_AT_LEAST = 4
SPELLED_ALONE = 5  # hyphenated letters this many are a name whatever they spell
MIN_SAID = 3  # letters: a spelled word this long said nearby is the name
ECHO_REACH = 300  # characters around spelled letters where the word they spell may be said
SPELL_CUE = re.compile(
    r"(?:по\s+буквам|буквами|через\s+[а-яё]|фамили[яюи]|имя|отчество)\W*$", re.IGNORECASE
)
# Words that name a document or an identifier («госномер», «ву», «загран», «снилс»): before a
# number, the lowercase NER and the unknown-word rules take some for surnames.
IDENTIFIER_WORD = re.compile(
    "|".join(
        [DOCUMENT_WORD.pattern]
        + [kind.pattern for name, kind in document_words.KINDS if name != document_words.OTHER]
        + [r"госномер\w*|грз|гибдд"]
        # accounts and the messengers they live in: «мой телеграм petrov85», «айпи …»
        + [
            r"ник|никнейм|логин|аккаунт\w*|телеграм\w*|телег[аеиуой]|тг|айпи|скайп\w*|инст[аеуы]"
            r"|вк|вконтакте|ватсап\w*|вотсап\w*|вайбер\w*|айбан|iban"
        ]
    ),
    re.IGNORECASE,
)
# The NER's labels for places and organisations, as Presidio maps them.
NOT_PEOPLE = frozenset({"LOCATION", "ORGANIZATION"})
LONG_WORD = 7  # a dictionary noun this long is hardly ever also a surname
LATIN_PART = "Latin name by morphology"
LOWER_PART = "lowercase name by morphology"
LOWER_NAME = 0.9
DIMINUTIVE_NAME = 0.5  # a known word's full name must be this likely  # a lowercase word's name reading must be this sure
LOWER_PATRONYMIC = 0.5  # pymorphy3 guesses -овна, -евич endings well, known or not
LOWER_COMPANION = 0.05  # «маргарите», «любовь» beside «дмитрьевне», «ивановна»
COMPANION = "name part beside a name"
ADJECTIVE_POS = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})
CUE_BEFORE = 4  # words before a mostly ordinary word where a context word makes it a name
# In text without capitals: a known word whose name readings reach CASELESS_NAME and whose
# ordinary readings stay under CASELESS_COMMON is a name; so is an unknown word that pymorphy3
# guesses to be a Russian-shaped surname at CASELESS_GUESS. Chosen on the corpora in ASR view
# (make bench) and the contact-center stories lowercased, whose loanwords («лендинг», «фидбек»)
# pymorphy3 guesses to be names.
CASELESS_NAME = 0.15
CASELESS_GUESS = 0.5
CASELESS_COMMON = 0.3
CASELESS_POSSIBLE = 0.05  # «веру», «саше»: a name only if a context word says so
# A name reading this probable makes a capitalized noun a name by itself in mid-sentence; an
# adjective («Патриарх Московский») needs more.
STRONG_NAME = 0.15
STRONG_ADJ_NAME = 0.5
# At the start of a sentence the capital says nothing, so the name reading must dominate, or
# the word's other readings must be proper names too (all but this share of its probability).
STRONG_NAME_AT_START = 0.9
COMMON_AT_START = 0.1
# Why a name part the NER proposed was cut or dropped: benchmarks/names.py sets this to a list
# to group the names we lose by rule; (start, end, rule) in characters, never the words.
TRACE: list[tuple[int, int, str]] | None = None


def _note(doc, start: int, end: int, rule: str) -> None:
    if TRACE is not None and start < end:
        TRACE.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), rule))


@dataclass
class _Part:
    start: int  # token index
    end: int
    score: float
    why: str


class PersonRecognizer(RuRecognizer):
    ENTITY = PERSON
    # Cues before a name, as lemmas. Not the speaker roles («Оператор:», «Клиент:»): they open
    # every line of a transcript, and would make «Надежда есть» after them a name.
    CONTEXT = [
        "звать", "имя", "фамилия", "отчество", "позвать", "передать", "соединить", "господин",
        "госпожа", "уважаемый", "спросить", "получатель", "владелец", "держатель", "благодарить",
        "поговорить", "говорить", "подпись", "спасибо", "слушать", "дочь",
        "сын", "муж", "жена", "мама", "папа", "брат", "сестра", "ребёнок",
        # who calls, says or is addressed so: «как к вам обращаться? — любовь», «звонит вера»
        "обращаться", "представиться", "звонить", "сказать",
    ]  # fmt: skip
    EXAMPLES = [
        # after «на» a person stands in the locative too: no place rule may take them there
        "Я женился на [Светлане] в прошлом году.",
        "он был женат на [ольге]",
        # a name right after a place of work is the person who works there, not its title
        "Мастер в салоне [Ольга] сказала, что запись на пятницу.",
        "Администратор клиники [Ольга] перезвонит.",
        # a name that is also a word, opening a sentence before a preposition, is still a person
        "[Вера] в отпуске до понедельника.",
        "[Лев] на встрече, перезвоните позже.",
        "Оператор: Как к вам обращаться?\nКлиент: [Любовь].",
        "звонит [вера] из отдела кадров",
        "а [вера] сказала что всё готово",
        "К: [Зарецкий Борис Михайлович].",
        "прошёл с карты *8528 на имя [DENIS KORNILOV], это ваш?",
        # a list of names in capitals: each after a found one is one too
        "Проверьте латиницу: [BELOVA KSENIIA], [BELOV NIKITA], [BELOVA VERONIKA].",
        # capitals after a name, with a word between: no list, no name
        "на имя [DENIS KORNILOV], тариф ECONOMY CLASS.",
        "О: Бывает. Получатель — [Sofia Gurevich]?",
        "ФИО: [Сейткали Айгерим Нурлановна] / [SEITKALI AIGERIM]",
        "Клиент: [Мельник Олег Степанович], 30.08.1971.",
        "Клиент: ИП. [Бойко Ирина Станиславовна].",
        "[Лыков Тимофей Андреевич]",
        "Уважаемая [Ольга Сергеевна], ваш заказ готов.",
        "Менеджер [Ольга Сергеевна] позвонит.",
        "Оператор: Здравствуйте, [Иван Петрович]! Чем могу помочь?",
        "Клиент: Меня зовут [Смирнова Анна Сергеевна], карта заблокирована.",
        "Передайте, пожалуйста, [Ивану Петрову], что документы готовы.",
        "Договор оформлен на [Петрова Ивана Сергеевича].",
        "Заявку принял [Петров И. С.], ответ придёт завтра.",
        "Подпись: [И.С. Петров].",
        "Позвоните [Гусевой-Петровой] после обеда.",
        "Курьер [Азат Хабибуллин] будет через час.",
        "Добрый день, [Гульнара]! Ваш заказ готов.",
        "Клиент [Ашот] просил перезвонить.",
        "Встретимся с [Марком] у офиса.",
        "Спасибо, [Надежда Сергеевна], всё получилось.",
        "Я поговорю с [Верой] и перезвоню.",
        "[Ivan Petrov]: добрый вечер, где мой заказ?",
        "Поддержка: [Olga Smirnova] уже проверяет ваш платёж.",
        "Написала [Танечка] из бухгалтерии.",
        "Для [Кузнецовой Марии] пришло письмо.",
        "[Роза] | Специалист (16:30): Добрый день!",
        "Поддержка ([Вера]) (12:49): Могу ещё чем-то помочь?",
        "Клиент: да, это [ярослав артурович]",
        "Передайте [маргарите дмитрьевне] спасибо.",
        "Спасибо вам, [татьяна], очень помогли",
        "Меня зовут [Анна петрова], карта заблокирована.",  # a hurried chat's lowercase surname
        "15.12.2025, 20:41 - [Viktoriya Alieva]: мой номер не тот",
        "Подпись была «[Никонова Е. Р.]», больше никто не писал.",
        "Оператор: Tele2, [Любовь], слушаю.",
        "Хочу записать дочь [нину] на пробное занятие.",
        "Добрый вечер, Тетрика, меня зовут [Илья], чем помочь?",
        "08.01.2025, 16:13 - [Gulnara Khabibullina]: перезвоните мне",
        # Speech recognition: no capitals at all, so morphology and context decide.
        "клиент: да это [смирнов андрей петрович] звоню по карте",
        "позовите [веру] к телефону",
        "попросите [надежду] подойти",
        "предупредите [розу] что приём перенесли",
        "это [надежда сергеевна] из бухгалтерии",
        "[любовь ивановна] слушает",
        "получатель [хабибуллина гульнара]",
        "фамилия по буквам [с-м-и-р-н-о-в]",
        # spelled a letter a word: the name said nearby, or «по буквам»
        "s1: как пишется\ns2: [коротков] через о [к о р о т к о в]",
        "фамилия по буквам [м е л ь н и к]",
        "Спасибо, [Дарья Андреевна]. Курьер [Никита] позвонит с другого номера.",
        # the greeting slot: an operator's name that is also a word, before «здравствуйте»
        "оператор: сбербанк [любовь] здравствуйте чем могу помочь",
        "служба поддержки госуслуг [роман] здравствуйте",
        "медицинский центр медси [ефросинья] добрый день",
        # a brand's word beside a name is no part of it
        "вы про вкусвилл а я звоню маме [надежде петровне]",
        # the NER's name kept whole where a capital in mid-sentence, a particle or an initial
        # says so (news corpora, issue 14)
        "Внучка [Ван Цзюня], [Клэр Ван], училась в Швейцарии.",
        "Казино держит 97-летний [Стэнли Хо] из Макао.",
        "Фильм про [Доктора Лизу] вышел в прокат.",
        "[Байден] одержал победу над [Сандерсом] на праймериз.",
        "Я так разочаровалась в [Лёне], что не звоню ему.",
        "сын [а лукашенко] взял силовые структуры в свои руки",
        "об этом сказал [а кубилюс] в четверг журналистам",
        "глава ryanair [майкл о лири] подчеркнул что протесты не влияют",
        "соедините меня с [петровым] пожалуйста",
        # diaries: initials alone, oblique cases, who the person is, who introduces whom
        "Письмо от [А. П.] пришло только к вечеру.",
        "позвоните [тане] завтра",
        "позвонила [надежде] насчёт дачи",
        "[вера] рассказывала про отпуск",
        "[тётя лида] привезла варенье",
        "Мы ездили к [тёте Гале] на дачу.",  # a kinship title is part of the name
        "[бабушка вера] приедет завтра",
        "с вами [надежда] чем могу помочь",
        "это [роза] из бухгалтерии",
        "алло добрый день это [варвара] отдел подбора сети клиник",
        "алло [вера] ты меня слышишь",
        "а [вера] рассказывала про отпуск",
        # a spelled name is the word said beside it; a hesitation inside a name; an adjective
        # that is a surname before a name and a patronymic (batch 6)
        "на меня [мельник] фамилия по буквам пожалуйста [м е л ь н и к]",
        "да он так [юрий эээ николаевич] ну да [николаевич] машина готова",
        "Клиент: [Мирная Любовь Андреевна].",
        "[светка] опять звонила, просила денег",  # a diminutive the dictionary lacks
        "Вижу перевод, получатель [Тимофей Сергеевич Б].. Банк может только вернуть.",
        # names dictated by the names of their letters, by words, in Latin letters (batch 6)
        "клиент: [ка у зэ эн е цэ о вэ] [kuznetsov] имя [dmitrii] с двумя и на конце",
        "spk_2: [щербаков]\nspk_1: по буквам можно\nspk_2: [щ как щука е как елена р как роман б"
        " как борис а как анна к как константин о как ольга в как виктор]",
        "клиент: жена [kuznetsova iuliia]\nагент: [i u l i i a] так",
        "фамилия [эм е эль мягкий знак эн и ка]",
        "Клиент: Да, [м-е-л-ь-н-и-к].",  # five letters and more: a name dictated
        "spk_1: Да, [o-g-a-n-e-s-y-a-n].",
        "[o k a f o r] [окафор] имя [чиди] [c h i d i]",  # the letters, and the word they spell
        "s1: так нашёл получатель [нестеренко к а]\ns2: да",  # initials that end the line
        "s1: получатель [дмитрий николаевич к]",
        "получатель: [Nurlanova Aigerim]",  # a cued Latin name the dictionary lacks
        "Вижу перевод, получатель «[Тегран Мкртчн]». Как правильно?",
        "Нашла, в карте была фамилия с ошибкой, «[Шаповолова]» через «о».",  # a quoted surname
        # a name by the case its preposition wants, where the thing is unlikely
        "сегодня у [любы] день рождения",
        "с утра уехал к [тане] на дачу",
        "Милая [Анна Петровна], спасибо за всё.",  # who she is to the writer, no surname
    ]
    COUNTER_EXAMPLES = [
        "кст промокод какой нибудь дадите? пж",  # chat slang
        "Ошибка HTTP GET на сервере, код API ERROR.",
        "Карта VISA GOLD и MASTERCARD WORLD ELITE, тариф PREMIUM PLUS, ALFA BANK.",
        "Получатель платежа: Google Play, имя: Apple Music.",
        "Сколько стоит отправить коробку из Королёва в Пушкин? А в Пушкине пункт есть?",
        "Кешбэк до 2 % на всё, када начислят?",
        "Вера в лучшее помогает работать с жалобами.",
        "• Твоё предложение по улучшению сервиса.",
        "Колл-центр работает круглосуточно.",
        "Многоканальность хорошо работает в поддержке.",
        "Мы внедрили Best-practice из отчёта.",
        "Вы написали в поддержку Инглекс, ответим за 5 минут.",
        "Здравствуйте! Учи.ру, чем могу помочь?",
        "Вижу карту Альфа-Онлайн, всё в порядке.",
        "Заказ из ВкусВилл приедет к восьми.",
        "Здравствуйте, это Нетология, специалист по работе с клиентами.",
        "Оператор: Надежда есть, заявку рассмотрят.",
        "Надежда есть: заявку рассмотрят за три дня.",
        "Слава богу, всё списалось правильно.",
        "Любовь к делу видно по оценкам.",
        "Роза на столе у администратора.",
        "Мир Танков обновился, играйте бесплатно.",
        "Уточните модель: Лада Веста или Лада Ларгус?",  # a name before a car model's word
        "Заказ пришёл в Яндекс Маркет, бонусы начислены.",
        "Спасибо, до свидания!",
        "Оплата 1000 рублей прошла успешно.",
        "Звоню из Москвы по поводу тарифа.",
        "Клиент: Здравствуйте, у меня вопрос по карте.",
        "вера в лучшее помогает",
        "надежда есть заявку рассмотрят",
        "любовь к делу видно по оценкам",
        "роза на столе у администратора",
        "лев в зоопарке спит",
        "слава богу всё прошло",
        "мир танков обновился",
        "Отлично. Роза ветров на схеме у входа.",  # a lowercase word is no companion of «Роза»
        "[00:01:23] spk_0: здравствуйте чем могу помочь",
        "раздел а-б-в в анкете",
        # brands, products and tariffs in lowercase speech; a common word away from a greeting
        "а кешбэк там какой на карте мастеркард ворлд блэк эдишн",
        "в наличии есть лада ларгус универсал и рено дастер",
        "я по поводу скайэнг кидс у меня ребёнок занимается",
        "вы про благотворительный проект вкусвилл надежда это партнёрская программа",
        "в приложении озон селлер раздел маркете тэ",
        "здравствуйте у меня вера в лучшее",
        "спасибо а я в с е понял",  # one-letter words that spell nothing said nearby
        "попросите надежды не терять",  # a request, but not in its case
        "напомните про любовь к делу",
        "машина будет через пять минут шкода октавия белая",  # an adjective alone
        "понимаю любовь к играм у детей сильная",  # a context word, but not beside the word
        "ясно мила девушка спасибо рада была поговорить",
        "пж ответьте кст када привезут",  # chat slang
        "Приложение А. Б. В. к договору подписано.",  # three letters: a list, not initials
        "Из Королёва в Пушкин посылка идёт два дня.",  # a town after «в», «из» stays a town
        "у бабушки роза на окне зацвела",  # a plural role («бабушки») is no apposition
        "это роза из сада",
        "с вами вера в лучшее",
        # a context word five words back is not beside the word: a promotion's name
        "хорошо я сначала позвоню в страховую\nа по программе любовь к себе скидка",
        "Подскажите, рассрочка по Халве в Петровиче действует?",  # a shop after «в»
        "Отдыхали в Кушадаси, потом неделю в Оксфордшире.",  # guessed names: foreign places
        "да надеждино это посёлок",
        "эээ завтра придёт курьер",  # a hesitation alone is nobody
        "галка на заборе сидит, дайте минутку",  # a known word, a name's diminutive too
        "раздел а-б-в в анкете, пункт в-г",  # fewer than five letters that make no name
        "Корабль «Орион» вышел в море, модель «Шкода Октавия».",  # quoted titles
        "печенье «Любятово», кефир «Домик в деревне»",
        "скачайте приложение google play и откройте settings",  # Latin words, no names
        "пароль вэ ка эс эм",  # letters that spell no name said around
        "формат a b c d в анкете",
        "у розы шипы острые",  # the case fits the flower better
        "о вере в бога мы не говорили",
        "у надежды нет шансов",
        "со страховой компанией всё согласовано\nписьмо от страховой придёт",
        "Клиент: в заявке трейд ин, машина в салоне",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        caseless = truecase.caseless(text)
        # The lowercase NER was trained on text without capitals; the news model was not.
        trained = doc.user_data.get(nlp.LOWERCASE_NER, ())
        sure = doc.user_data.get(nlp.LOWERCASE_SURE, frozenset())
        parts = []
        quoted = layout.quoted(doc)
        for ent_start, ent_end in _merged_people(doc, nlp_artifacts.entities, trained):
            if ent_start not in trained:
                if part := _ner_part(doc, ent_start, ent_end, caseless, quoted=quoted):
                    parts.append(part)
                continue
            for start, end in lowercase.pieces(doc, ent_start, ent_end):
                if part := _ner_part(doc, start, end, caseless, lowercase_model=True, sure=sure):
                    parts.append(part)
        tagged = {i for p in parts for i in range(p.start, p.end)}
        # Where the lowercase NER saw a place or a company («из ростова на дону», «компания
        # нетология»), a word's name reading is not enough: that model read the context.
        # Not beside a name, though: «лазаревой алле» is a surname the model misread.
        people = [ent for ent in nlp_artifacts.entities if ent.label_ == PERSON]
        places = {
            i
            for ent in nlp_artifacts.entities
            if ent.label_ in NOT_PEOPLE
            and ent.start in trained
            and not any(_touch(doc, ent, person) for person in people)
            and not (ent.end - ent.start == 1 and _requested(doc, ent.start))
            and not (ent.end - ent.start == 1 and _after_preposition(doc, ent.start))
            for i in range(ent.start, ent.end)
        }
        tagged |= places
        senders = layout.sender_labels(doc)
        for token in doc:
            if token.i not in tagged:
                part = _word_part(doc, token.i, token.i in quoted, token.i in senders, caseless)
                # «Лада Веста», «Яндекс Маркет»: a product's words are no name parts, nor is a
                # word beside one (the sender label names a person whatever follows).
                if (
                    part
                    and part.why != "name in a chat sender label"
                    and (brands.product_word(token.text) or brands.beside_product(doc, token.i))
                ):
                    continue
                if part and not (caseless and brands.is_brand(doc, part.start, part.end)):
                    parts.append(part)
        results = [
            self.result(s, e, STRONG_SCORE, "name spelled letter by letter")
            for s, e in [*_spelled(text), *_spelled_more(text)]
        ]
        runs = [
            _initials_after(
                doc,
                _titled(doc, _apposed(doc, _introduced(doc, _addressed(doc, _greeted(doc, run))))),
            )
            for run in _runs(doc, parts)
        ]
        runs = [run for run in runs if not _thing(doc, run)]
        if quoted or "«" in text:
            titles = things.title_words(doc)
            runs = [
                run
                for run in runs
                if not (titles and things.retitled(doc, run.start, run.end, titles))
            ]
        # «медси ефросинья добрый день»: the lowercase NER read the company's name on into the
        # agent's; its last word, a name before a greeting, is the agent.
        for ent in nlp_artifacts.entities:
            last = ent.end - 1
            if (
                last in places
                and _greets(doc, ent.end)
                and not any(r.start <= last < r.end for r in runs)
            ):
                if morph.word_info(doc[last].text).name_score >= GREETED_NAME:
                    runs.append(_Part(last, ent.end, STRONG_SCORE, "name before a greeting"))
        sure_runs = [(run.start, run.end) for run in runs if run.score >= STRONG_SCORE]
        # a weak run may repeat a sure one: «юрий эээ николаевич … ну да николаевич»
        # («страховой вера … от страховой»: only a word that is mostly a name)
        # a capitalized one at a sentence's start («Кокорин … Кокорин и Мамаев») carries too
        sure_starts = {
            r.start
            for r in runs
            if r.score >= STRONG_SCORE
            or not (
                doc[r.start].text[:1].isupper()
                or morph.word_info(doc[r.start].text).name_score >= MOSTLY_NAME
            )
        }
        for i in repeated.mentions(doc, sure_runs, places | sure_starts, sure):
            if not brands.is_brand(doc, i, i + 1) and not _thing(doc, _Part(i, i + 1, 0.0, "")):
                runs.append(
                    _Part(i, i + 1, REPEATED_SCORE, "the same name as elsewhere in the text")
                )
        for run in runs:
            start, end = doc[run.start].idx, doc[run.end - 1].idx + len(doc[run.end - 1])
            result = self.result(start, end, run.score, run.why)
            if _ordinary_word(doc, run):
                # «любовь к играм у детей», «мила девушка спасибо»: Presidio's context reaches
                # five content words back and two on, far enough to find «дети», «спасибо»
                # in any sentence; a word that is mostly an ordinary one is a name only with
                # the context word beside it («спасибо вера», «сын слава»).
                if _cue_beside(doc, run.start, self.CONTEXT):
                    result.score = STRONG_SCORE
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
            results.append(result)
        kept = [
            r
            for r in results
            if text[r.start : r.end].lower() not in CHAT_WORDS and not _place(text, r.start, r.end)
        ]
        if TRACE is not None:
            TRACE.extend((r.start, r.end, "chat word or place") for r in results if r not in kept)
        for r in kept:
            if (surname := _surname_before(text, r.start, r.end)) is not None:
                r.start = surname  # «Зарецкий Борис Михайлович»: the surname a word too
        for m in CUED_LATIN.finditer(text):
            # «Получатель — Sofia Gurevich?»: a Latin name after the word that asks for one
            if CAPS_CUE.search(text, max(0, m.start() - 20), m.start()) and _latin_name(m):
                kept.append(
                    self.result(m.start(), m.end(), STRONG_SCORE, "a Latin name after «имя»")
                )
        listed = -1  # where the last name in capitals ended
        for m in CAPS_LATIN.finditer(text):
            # «BELOVA KSENIIA, BELOV NIKITA, BELOVA VERONIKA»: a list of names goes on
            in_list = listed >= 0 and CAPS_LIST.fullmatch(text, listed, m.start()) is not None
            if in_list or _caps_name(text, m):
                kept.append(self.result(m.start(), m.end(), STRONG_SCORE, "a name in capitals"))
                listed = m.end()
        return kept


def _thing(doc, run: _Part) -> bool:
    """A run that names a role or a thing (`things`): «Курьер опоздал», томаты «Дядя Ваня»,
    «на Маяковской», «на Надежды Крупской»."""
    start, end = run.start, run.end
    # (at a sentence's start: a capital in mid-sentence makes a nickname, «почему Адвокат так
    # поздно вмешался»)
    if (
        end - start == 1
        and layout.sentence_start(doc, start)
        and things.role(doc[start].text, ROLES)
    ):
        _note(doc, start, end, "role alone")
        return True
    # «КБК», «Самовывоз», «а с промокодом»: the one word of two letters or more in the run
    words = [t.text for t in doc[start:end] if len(t.text) > 1 and t.is_alpha]
    if len(words) == 1 and (things.abbreviation(words[0]) or things.compound(words[0])):
        _note(doc, start, end, "abbreviation or compound")
        return True
    # (not a name that greets, or is cued: «регистратура оксана здравствуйте», «отдел
    # надежда слушаю» is the agent)
    if (
        things.titled_after_thing(doc, start, end, GREETING_PAIRS)
        and not _greets(doc, end)
        and not _cue_beside(doc, start, PersonRecognizer.CONTEXT)
    ):
        _note(doc, start, end, "a thing's title")
        return True
    if things.bot_name(doc, start, end):
        _note(doc, start, end, "a bot's name")
        return True
    for test in (
        things.quoted_title,
        things.station,
        things.street_in_genitive,
        things.street_with_house,
    ):
        if test(doc, start, end):
            _note(doc, start, end, test.__name__)
            return True
    return False


def _surname_before(text: str, start: int, end: int) -> int | None:
    """Where a surname before a first name and a patronymic starts, when the finding is that
    pair and the word before it is capitalized and no address, role or function word: the
    surnames that are words or adjectives («Мельник», «Бойко», «Зарецкий», «Лыков») are left
    out by the models before a name that is sure."""
    if not PAIR.fullmatch(text, start, end):
        return None
    m = SURNAME_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return None
    word = m.group("word")
    info = morph.word_info(word)
    if word.lower() in ADDRESS_WORDS or morph.lemma(word) in ROLES:
        return None
    surname = any(r.part == "Surn" for r in info.name_readings)
    if info.known and not surname:
        if info.pos in SURNAME_NOT_POS:
            return None
        if (
            info.pos == "ADJF"
            and not SURNAME_ADJ.search(word)
            and not _surname_adjective(text, word, start)
        ):
            return None
    return m.start("word")


def _surname_adjective(text: str, word: str, start: int) -> bool:
    """An adjective that is a surname before a first name and a patronymic: «Мирная Любовь
    Андреевна» — in the nominative and the name's gender, and none of the words that describe
    someone before their name («Милая Анна Петровна», «Наша Ольга Сергеевна»)."""
    if word.lower() in DESCRIBING:
        return False
    pair = PAIR.match(text, start)
    gender = "femn" if pair and pair.group().endswith(("вна", "чна")) else "masc"
    return any(
        p.tag.POS == "ADJF"
        and p.tag.case == "nomn"
        and p.tag.gender == gender
        and "Apro" not in p.tag
        for p in morph.analyzer().parse(word.lower())
    )


def _latin_name(m: re.Match) -> bool:
    """A Latin name's words: one of them a known name or surname through its transliteration,
    none a shop's or a service's word."""
    words = m.group().split()
    if any(w.lower() in BUSINESS for w in words):
        return False
    infos = [latin_info(w) for w in words]
    if any(i.known and i.name_score >= LATIN_NAME for i in infos):
        return True
    # «получатель: Nurlanova Aigerim»: names the dictionary lacks, each word guessed a name
    return all(not i.known and i.name_score >= LATIN_GUESS for i in infos)


def _caps_name(text: str, m: re.Match) -> bool:
    """«DENIS KORNILOV» as a card or a passport prints it: two or three Latin words in capitals,
    one of them a name read through its transliteration, or any after «на имя», «ФИО», «/»."""
    words = m.group().split()
    if any(w.lower() in BUSINESS for w in words):
        return False  # «ALFA BANK», «OZON SELLER»
    cued = CAPS_CUE.search(text, max(0, m.start() - 20), m.start()) is not None
    infos = [latin_info(w.capitalize()) for w in words]
    named = any(i.known and i.name_score >= NAME_IN_CAPS for i in infos)
    return cued or named


def _place(text: str, start: int, end: int) -> bool:
    """«из Королёва в Пушкин», «в Пушкине», «под Серпуховом»: one capitalized word after a
    preposition of place is a town or a shop, not a person (one goes «к Пушкину», «у Анны»).
    A word that is a name and never a place stays a person: «победу над Сандерсом»,
    «стрелять в Листьева», «разочаровалась в Лёне»."""
    word = text[start:end]
    if not TITLE.match(word) or " " in word:
        return False
    before = PLACE_BEFORE.search(text, max(0, start - 6), start)
    if before is None:
        return False
    info = morph.word_info(word)
    # A name the dictionary knows (a patronymic alone is a shop: «рассрочка в Петровиче»);
    # a word it only guesses at is a foreign place after «в» («в Оксфордшире», «в
    # Кушадаси»), but one wins «над» someone.
    named = any(r.part != "Patr" for r in info.name_readings) and not info.is_geo
    return not (named and (info.known or before.group().strip().lower() == "над"))


def _greeted(doc, run: _Part) -> _Part:
    """A word that may be a name, right before a greeting, is the name of who greets or is
    greeted: «поддержка любовь здравствуйте», «регистратура софия добрый день». The greeting
    slot makes even «любовь», «вера», «роза», «роман» a name there, and only there."""
    if run.score >= STRONG_SCORE or run.end - run.start > 2 or not _greets(doc, run.end):
        return run
    return _Part(run.start, run.end, STRONG_SCORE, "name before a greeting")


def _addressed(doc, run: _Part) -> _Part:
    """A word that may be a name, right after a verb of request in the case the verb governs:
    «попросите надежду», «предупредите розу», «напомните вере». Not «попросите надежды» nor
    «напомните про любовь»: the case, and nothing between."""
    if run.score >= STRONG_SCORE or run.end - run.start != 1:
        return run
    if _requested(doc, run.start):
        return _Part(run.start, run.end, STRONG_SCORE, "name after a verb of request")
    return run


def _requested(doc, i: int) -> bool:
    """Token i is a first name in the case the verb of request right before it governs
    («позвоните тане», which the lowercase model took for a river)."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or not doc[j].is_alpha:
        return False
    case = REQUEST_VERBS.get(morph.lemma(doc[j].text))
    readings = morph.word_info(doc[i].text).name_readings
    return bool(case) and any(r.part == "Name" and r.case == case for r in readings)


def _introduced(doc, run: _Part) -> _Part:
    """A word that may be a name, where a speaker introduces someone: after «с вами»
    («с вами надежда», «с вами говорит вера»), or before «из» and a workplace («это роза из
    бухгалтерии», «звонит лев из банка»). Nothing but «говорит» or «на связи» between, the
    word in the nominative, and not before «в», «к», «на» («с вами вера в лучшее»)."""
    if run.score >= STRONG_SCORE or run.end - run.start > 2:
        return run
    readings = morph.word_info(doc[run.start].text).name_readings
    if not any(r.case == "nomn" for r in readings):
        return run
    before = _words(doc, run.start, -1, 4)
    while before and before[0] in INTRO_FILLERS:
        before = before[1:]
    after = _words(doc, run.end - 1, 1, 2)
    # «это роза из бухгалтерии»; «это варвара отдел подбора» (after «это» only)
    workplace = after[1:2] if after[:1] == ["из"] else after[:1] if before[:1] == ["это"] else []
    if (before[:2] == ["вами", "с"] and after[:1] not in (["в"], ["к"], ["на"])) or (
        workplace and morph.lemma(workplace[0]) in WORKPLACES
    ):
        return _Part(run.start, run.end, STRONG_SCORE, "name where someone is introduced")
    return run


def _apposed(doc, run: _Part) -> _Part:
    """A word that may be a name, right after who the person is to the speaker, in the same
    case: «тётя лида», «бабушка вера», «капитана тома», «маме надежде»; right after «алло»
    («алло вера ты меня слышишь»); right before a verb of speech («вера рассказывала»). Not
    «у бабушки роза на окне»: the role and the word must agree. Only the words beside it:
    Presidio's context reaches five words back, and «позвоню в страховую … по программе
    любовь к себе» is a promotion."""
    if run.score >= STRONG_SCORE or run.end - run.start != 1:
        return run
    before, after = _words(doc, run.start, -1, 1), _words(doc, run.start, 1, 1)
    if before and before[0] in ADDRESSING or after and morph.lemma(after[0]) in SPEECH_VERBS:
        return _Part(run.start, run.end, STRONG_SCORE, "name addressed or speaking")
    if _after_preposition(doc, run.start):
        return _Part(run.start, run.end, STRONG_SCORE, "name in the case of its preposition")
    j = run.start - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or not doc[j].is_alpha or morph.lemma(doc[j].text) not in ROLES:
        return run
    role_cases = {
        p.tag.case
        for p in morph.analyzer().parse(doc[j].lower_)
        if p.tag.case and p.tag.number == "sing"  # «у бабушки роза»: no plural «бабушки»
    }
    readings = morph.word_info(doc[run.start].text).name_readings
    if any(r.part == "Name" and r.case in role_cases for r in readings):
        return _Part(run.start, run.end, STRONG_SCORE, "name after who the person is")
    return run


def _initials_after(doc, run: _Part) -> _Part:
    """A name followed by one or two lone letters that end the line: the initials, as speech
    recognition writes «Нестеренко К. А.» — «получатель нестеренко к а», «дмитрий
    николаевич к». Not «я», «и», which are words; and only at the line's end («петров к
    нам приедет» has «к» for a preposition)."""
    if run.score < STRONG_SCORE:
        return run
    j, letters = run.end, []
    while j < len(doc) and len(letters) < 2:
        t = doc[j]
        if t.is_space and "\n" not in t.text:
            j += 1
            continue
        if len(t.text) == 1 and t.text.islower() and lowercase.initial_letter(t.text):
            letters.append(j)
            j += 1
            continue
        break
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    line_end = j >= len(doc) or "\n" in doc[j].text or doc[j].is_punct
    if not letters or not line_end:
        return run
    return _Part(run.start, letters[-1] + 1, run.score, run.why)


def _titled(doc, run: _Part) -> _Part:
    """A name with the kinship title right before it, «тётя Галя», «баба нюра»: the title is
    part of how the person is named. Not a product's quoted name: томаты «Дядя Ваня»."""
    j = run.start - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or not doc[j].is_alpha or morph.lemma(doc[j].text) not in KIN_TITLES:
        return run
    if j > 0 and doc[j - 1].text in QUOTES and run.end < len(doc) and doc[run.end].text in QUOTES:
        return run  # the whole of a quote: a product's name
    return _Part(j, run.end, run.score, run.why)


def _after_preposition(doc, i: int) -> bool:
    """Token i is a name by its case after the preposition right before it (`_name_case`)."""
    before = _words(doc, i, -1, 1)
    return bool(before) and _name_case(doc[i].lower_, PREPOSITION_CASES.get(before[0], ()))


def _name_case(word: str, cases) -> bool:
    """Whether a word after a preposition is a name by its case: its name readings in the
    cases the preposition governs outweigh its ordinary ones twice («у любы», «к любе»; not «у
    розы», «о вере», «с верой», where the word is likelier the thing)."""
    if not cases:
        return False
    name = common = 0.0
    for p in morph.analyzer().parse(word):
        if p.tag.case not in cases or "Geox" in p.tag:
            continue
        if "Name" in p.tag or "Surn" in p.tag:
            name += p.score
        else:
            common += p.score
    return name > 0 and name >= NAME_CASE_MARGIN * common


def _words(doc, i: int, step: int, n: int) -> list[str]:
    """Up to `n` words from token i (exclusive) in the direction `step`, on its line."""
    found, j = [], i + step
    while 0 <= j < len(doc) and len(found) < n:
        if "\n" in doc[j].text:
            break
        if doc[j].is_alpha:
            found.append(doc[j].lower_)
        elif not doc[j].is_space:
            break  # punctuation ends the phrase
        j += step
    return found


def _greets(doc, i: int) -> bool:
    """Whether a greeting starts at token i, past spaces and punctuation."""
    after = [t.lower_ for t in doc[i : i + 6] if not (t.is_punct or t.is_space)][:2]
    return bool(after) and (after[0] in GREETINGS or tuple(after) in GREETING_PAIRS)


def _never_name(word: str, pos: set[str]) -> bool:
    info = morph.word_info(word)
    return info.known and not info.name_readings and not info.possessive and info.pos in pos


def _merged_people(doc, entities, trained):
    """(start, end) of the NER's PER spans; the lowercase model's spans that touch are one name
    («феодосий | самбук» tagged B-PER B-PER)."""
    spans: list[list[int]] = []
    for ent in entities:
        if ent.label_ != PERSON:
            continue
        last = spans[-1] if spans else None
        if (
            last
            and last[0] in trained
            and ent.start in trained
            and _adjacent(doc, last[1], ent.start)
        ):
            last[1] = ent.end
        else:
            spans.append([ent.start, ent.end])
    return [(start, end) for start, end in spans]


def _edge_junk(word: str) -> bool:
    return (
        not any(c.isalpha() for c in word)
        or word.lower() in lowercase.SLANG  # «кст када привезут»
        or any(c.isdigit() for c in word)  # «new411», «q1»: a code, never a name
        or _never_name(word, NOT_NAME_POS)
        or bool(IDENTIFIER_WORD.fullmatch(word))
    )


def _lead_junk(doc, start: int, end: int) -> bool:
    """Junk at a span's start; a nobiliary particle before the rest of a name is not:
    «да силва», «фон сюдов», «ван гог»; nor a capitalized word in mid-sentence that the NER
    read into a name («жену Е Сяоин»), nor, in a lowercase model's span, a letter that stands
    for an initial («сын а лукашенко», «им а с пушкина»)."""
    word = doc[start].text
    if end - start > 1 and word.lower() in lowercase.NAME_PARTICLES:
        return False
    if end - start > 1 and _capital_inside(doc, start):
        return False
    return _edge_junk(word)


def _capital_inside(doc, i: int) -> bool:
    """A capitalized word, not at a sentence start and not a code or slang: in mid-sentence the
    capital says the word is a name («Стэнли Хо», «Марио Хо», «Питера Сигала», «Ван Бин»),
    whatever else the dictionary reads it as."""
    word = doc[i].text
    return (
        word[:1].isupper()
        and (len(word) == 1 or any(c.islower() for c in word))  # «жену Е Сяоин»
        and word.isalpha()
        and word.lower() not in lowercase.SLANG
        and not IDENTIFIER_WORD.fullmatch(word)
        and not layout.sentence_start(doc, i)
    )


def _trailing_junk(doc, start: int, end: int, initials: set[int], lowercase_model: bool) -> bool:
    """Junk at a span's end; not an initial the lowercase model read into the name, nor a
    capitalized word in mid-sentence after another name part («Стэнли Хо», «Маркус Мерк»),
    nor, in the lowercase model's span, a rare particle or interjection that a foreign name
    ends with («марио хо», «ван бин»)."""
    last = end - 1
    if HESITATION.fullmatch(doc[last].lower_):
        return True
    if last in initials:
        return False
    if end - start > 1 and _capital_inside(doc, last):
        return False
    short = len(doc[last].text) <= FOREIGN_PARTICLE  # «хо», «бин», not «здравствуйте»
    if lowercase_model and end - start > 1 and short and doc[last].lower_ not in SPOKEN_PARTICLES:
        if morph.word_info(doc[last].text).pos in {"INTJ", "PRCL"}:
            return False
    return _edge_junk(doc[last].text)


def _ner_part(
    doc,
    start: int,
    end: int,
    caseless: bool = False,
    lowercase_model: bool = False,
    sure: frozenset[int] = frozenset(),
    quoted: set[int] = frozenset(),
) -> _Part | None:
    """slovnet's PER span, less the words at its edges that cannot be names."""
    initials = set()
    if lowercase_model:
        # letters the model read into the name beside a name part: initials, not junk
        first = next((j for j in range(start, end) if len(doc[j].text) > 1), None)
        if first is not None:
            initials = {j for j in range(start, end) if lowercase.model_initial(doc, j, first)}
    while start < end and start not in initials and _lead_junk(doc, start, end):
        _note(doc, start, start + 1, "lead junk")
        start += 1
    if start < end and layout.sentence_start(doc, start):
        # «Ван Цзюнь», «Да Силва» open a sentence; «да надеждино» is a reply
        particle = (
            end - start > 1
            and doc[start].lower_ in lowercase.NAME_PARTICLES
            and doc[start].text[:1].isupper()
        )
        if not particle and _never_name(doc[start].text, NOT_NAME_POS_AT_START):
            _note(doc, start, start + 1, "sentence-start word that is never a name")
            start += 1
    while start < end and start not in initials and _lead_junk(doc, start, end):
        _note(doc, start, start + 1, "lead junk")
        start += 1
    while end > start and _trailing_junk(doc, start, end, initials, lowercase_model):
        _note(doc, end - 1, end, "trailing junk")
        end -= 1
    # «Курьер Никита позвонит»: a role before a name is no part of it, unless a capital in
    # mid-sentence makes it one («фильм про Доктора Лизу», «Братьев Куэй»).
    while (
        end - start > 1
        and morph.lemma(doc[start].text) in ROLES
        and (morph.lemma(doc[start].text) not in KIN_TITLES or start in quoted)
        and not _capital_inside(doc, start)
    ):
        _note(doc, start, start + 1, "role word")
        start += 1
    # «вкусвилл надежда», «лада ларгус», «мастеркард ворлд»: a brand's word is no part of a
    # name; what is left must stand as a name on its own.
    while end - start > 1 and brands.product_word(doc[start].text):
        _note(doc, start, start + 1, "product word")
        start += 1
    while end - start > 1 and brands.product_word(doc[end - 1].text):
        _note(doc, end - 1, end, "product word")
        end -= 1
    if end - start == 1 and doc[start].lower_ in lowercase.SPELLED_LETTERS:
        _note(doc, start, end, "spelled letter")
        return None  # «маркете тэ», «дэ секьюр»: a letter said alone is no name
    if lowercase_model:
        # «почта эс петров», «карту петрова»: a thing's name before a name is a cue, not a
        # title («доктора лизу», «мисс саймондс» keep theirs). Before a word that is no
        # Russian name it is a foreign name's first part: «си цзиньпин», «пенья ньето».
        while end - start > 1 and lowercase.thing(doc[start].text):
            if not lowercase.names_next(doc[start + 1].text):
                break
            _note(doc, start, start + 1, "thing before a name")
            start += 1
        while start < end and lowercase.split_compound(doc, start):
            _note(doc, start, start + 1, "half of a compound")
            start += 1
        while end > start and lowercase.split_compound(doc, end - 1):
            _note(doc, end - 1, end, "half of a compound")
            end -= 1
    if start == end:
        return None
    if end - start == 1 and layout.sentence_start(doc, start):
        info = morph.word_info(doc[start].text)
        thing = info.known and not info.name_readings and not info.animate and info.pos == "NOUN"
        # «Многоканальность хорошо работает», «Колл-центр с операторами»: a sentence opens with
        # a thing, not a person. Short dictionary nouns are spared: they double as foreign
        # surnames («Усик», «Пенс», «Уорд»), long abstract ones hardly ever do.
        if layout.compound_head(doc, start) or (thing and len(doc[start].text) >= LONG_WORD):
            _note(doc, start, end, "sentence-start thing")
            return None
    if brands.is_brand(doc, start, end):
        _note(doc, start, end, "brand")
        return None
    words = [t.text for t in doc[start:end] if t.is_alpha]
    # What the lowercase model finds without its bias towards names, it read from the context
    # («у тана не было причин», «из за макрона»): dictionary words are names there too.
    model_sure = lowercase_model and all(i in sure for i in range(start, end))
    if lowercase_model:
        # Without capitals a span of ordinary words («ремарку», «английского», «q1») is a guess:
        # it needs a word that can be a name, or one the dictionary does not know («мурси»).
        if not model_sure and not any(lowercase.could_be_name(w) for w in words):
            _note(doc, start, end, "lowercase NER: no word could be a name")
            return None
    elif caseless and not any(morph.word_info(w).name_readings for w in words):
        # «колл центр»: in a text without capitals the news model has little to go on; its span
        # needs a word that can be a name.
        _note(doc, start, end, "caseless news NER: no name reading")
        return None
    if lowercase_model and len(words) == 1:
        info = morph.word_info(words[0])
        first_name = any(r.part == "Name" for r in info.name_readings)
        if info.known and not info.name_readings and not info.possessive and not model_sure:
            _note(doc, start, end, "lowercase NER: dictionary word, no name reading")
            return None  # a dictionary word with no name reading: «зоопарке», «телефону»
        if info.known and not info.name_readings and info.pos in ADJECTIVE_POS:
            # «шкода октавия белая»: an adjective alone, with no surname reading, describes
            # the thing before it, however sure the model is (a name's other part makes a run).
            _note(doc, start, end, "lowercase NER: adjective alone")
            return None
        if first_name and info.known and info.common_score > CASELESS_COMMON:
            # «лев в зоопарке», «вера в лучшее»: a lone first name that is mostly an ordinary
            # word is a name only with a context word («позовите веру»). Surnames that are
            # words too («трампа», «песков») are left to the model, which read the context.
            _note(doc, start, end, "lowercase NER: ordinary word too (weak)")
            return _Part(start, end, WEAK_SCORE, "lowercase NER, an ordinary word too")
        return _Part(start, end, NER_SCORE, "lowercase NER")
    return _Part(start, end, NER_SCORE, "slovnet NER")


def _ordinary_word(doc, run: _Part) -> bool:
    """A weak one-word name that is mostly an ordinary word: «вера», «любовь», «мила»."""
    if run.score >= STRONG_SCORE or run.end - run.start != 1:
        return False
    info = morph.word_info(doc[run.start].text)
    return (
        info.known
        and info.common_score > CASELESS_COMMON
        and any(r.part == "Name" for r in info.name_readings)
    )


def _cue_beside(doc, i: int, cues: list[str]) -> bool:
    """A context word among the CUE_BEFORE content words before token `i` or the content word
    after it on its line («спасибо, вера», «дочь нину», «вера, слушаю»)."""
    near = []
    for step, reach in ((-1, CUE_BEFORE), (1, 1)):
        j, seen = i + step, 0
        # Back across a line too: «как вас зовут\nклиент: вера» answers the question.
        while 0 <= j < len(doc) and seen < reach and (step < 0 or "\n" not in doc[j].text):
            # Function words are looked at but not counted: «варвара как бы слушаю» («любовь
            # к играм» still has «играм» next; «спасибо» is a particle to pymorphy3).
            if doc[j].is_alpha:
                near.append(doc[j].text)
                seen += morph.word_info(doc[j].text).pos not in FUNCTION_POS
            j += step
    return any(morph.lemma(w) in cues for w in near)


def _word_part(
    doc, i: int, quoted: bool = False, sender: bool = False, caseless: bool = False
) -> _Part | None:
    """A single word that is a name part by its form: an initial, or a name by morphology."""
    text = doc[i].text
    if IDENTIFIER_WORD.fullmatch(text):
        return None
    if INITIALS.match(text):
        return _Part(i, i + 1, 0.0, "initials")  # counts only beside a name
    if len(text) == 1 and text.isupper() and _dot_after(doc, i):
        return _Part(i, i + 1, 0.0, "initials")  # «Тимофей Сергеевич Б..»: the dot ends it
    if caseless and lowercase.initial(doc, i):
        return _Part(i, i + 1, 0.0, "initials")  # counts only beside a name
    if LOWER.match(text):
        return _lowercase_part(i, morph.word_info(text), caseless, text)
    if LOWER_LATIN.match(text):
        # «kuznetsov имя dmitrii»: a name dictated in Latin letters, which speech recognition
        # writes in lowercase; a context word or another name part must confirm it («mark»).
        info = latin_info(text.capitalize())
        if info.known and info.name_score >= NAME_IN_CAPS:
            return _Part(i, i + 1, WEAK_SCORE, "lowercase Latin name by morphology")
        return None
    if not TITLE.match(text):
        return None
    if brands.glued_to_thing(doc, i):
        return None
    latin = LATIN.match(text)
    info = latin_info(text) if latin else morph.word_info(text)
    if (
        not info.known
        and not info.name_readings
        and not latin
        and not layout.sentence_start(doc, i)
    ):
        # «получатель «Тегран Мкртчн»»: a capitalized word no dictionary knows or guesses, in
        # mid-sentence, is a name's part beside a name
        return _Part(i, i + 1, 0.0, COMPANION)
    if not info.name_readings or (info.known and info.pos in NOT_NAME_POS):
        # «По» (Эдгар По) and «Из» are prepositions far more often than names.
        return None
    if not info.known and brands.introduces_agent(doc, i + 1):
        return None  # «Тетрика, меня зовут Илья»: the company introduces its agent
    if quoted and any(r.case == "nomn" for r in info.name_readings) and not _name_asked(doc, i):
        return None  # a title: «Орион», «Шкода Октавия» (but «Америки Трампа» names a person)
    if latin:
        # «Windows» read as «Виндовс» is a guess about an English word, and «Best» is a word:
        # a Latin word needs a known Russian name reading, and a second name part beside it.
        if info.known:
            return _Part(i, i + 1, 0.0, LATIN_PART)
        # «Khabibullina»: a surname the dictionary lacks, beside a known name it is a name.
        return _Part(i, i + 1, 0.0, COMPANION) if info.name_score >= STRONG_NAME_AT_START else None
    if sender and info.known:
        # «Роза | Специалист:», «Поддержка (Вера):»: who writes is named, not described.
        return _Part(i, i + 1, STRONG_SCORE, "name in a chat sender label")
    at_start = layout.sentence_start(doc, i)
    p = info.name_score
    # pymorphy3 guesses name tags for unknown words from their endings («Орион», «Арес»):
    # a guess must be near-certain, and never enough at the start of a sentence.
    if info.known:
        if at_start:
            # «Артёму» is also a town, which does not make it less of a name; «Вера» is a word.
            strong = p >= STRONG_NAME_AT_START or info.common_score <= COMMON_AT_START
        else:
            # A capital in mid-sentence marks a name even when the common noun is likelier
            # («поговорю с Верой»), but not an adjective of a title («Патриарх Московский»).
            strong = p >= (STRONG_NAME if info.pos == "NOUN" else STRONG_ADJ_NAME)
    else:
        strong = not at_start and p >= STRONG_NAME_AT_START
    if strong:
        return _Part(i, i + 1, STRONG_SCORE, "name by morphology")
    return _Part(i, i + 1, WEAK_SCORE, "possible name by morphology")


def _name_asked(doc, i: int) -> bool:
    """A word that names a name part shortly before token i: «была фамилия с ошибкой,
    «Шаповолова»» quotes a surname, not a title."""
    words = [t for t in doc[max(0, i - NAME_ASKED_REACH) : i] if t.is_alpha]
    return any(morph.lemma(t.text) in NAME_WORDS for t in words)


def _dot_after(doc, i: int) -> bool:
    """A capital letter glued to the dots after it, which the tokenizer split off: «Б..»."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text.startswith(".")


def _lowercase_part(
    i: int, info: morph.WordInfo, caseless: bool = False, word: str = ""
) -> _Part | None:
    """Chats and transcripts lose capitals: «ярослав артурович», «меня зовут степан». A lowercase
    word is a name part by a near-certain reading (a patronymic, «степан»; not «вера», «роза»),
    which alone needs a context word; a likely name («маргарите») counts only beside one."""
    if info.known and info.pos in NOT_NAME_POS:
        return None
    small = diminutive(word) if word and not info.name_readings else 0.0
    # «светка звонила», «давай олеж»: a word the dictionary lacks, made from a name, is that
    # name; one it knows as a thing too («маринка», «ленка», «галка») needs a context word
    if small > 0 and not info.known:
        return _Part(i, i + 1, STRONG_SCORE, "diminutive of a name")
    if small >= DIMINUTIVE_NAME:
        return _Part(i, i + 1, WEAK_SCORE, "diminutive of a name, a word too")
    patronymic = sum(r.score for r in info.name_readings if r.part == "Patr")
    name = info.name_score - patronymic
    if caseless and _caseless_name(info, name):
        return _Part(i, i + 1, STRONG_SCORE, "name by morphology in caseless text")
    # Without capitals anywhere, any name reading is worth a context word's decision
    # («позовите веру», «передайте саше»); in cased text a lowercase word must be near-certain.
    possible = CASELESS_POSSIBLE if info.known else CASELESS_GUESS
    if patronymic >= LOWER_PATRONYMIC or (
        name >= (possible if caseless else LOWER_NAME) and (caseless or info.known)
    ):
        return _Part(i, i + 1, WEAK_SCORE, LOWER_PART)
    if info.known and name >= LOWER_COMPANION:
        return _Part(i, i + 1, 0.0, COMPANION)
    return None


def diminutive(word: str) -> float:
    """How surely a word is a first name's diminutive or vocative that the dictionary lacks:
    «ленка», «светка» (-ка for -а), «танька» (-ька for -я), «кирюш», «олеж» (the vocative, the
    name less its -а), «тань» (less its -я). The best name reading among those forms."""
    word = word.lower()
    forms = [word + "а"]
    if word.endswith("ька"):
        forms.append(word[:-3] + "я")
    elif word.endswith("ка"):
        forms.append(word[:-2] + "а")
    if word.endswith("ь"):
        forms.append(word[:-1] + "я")
    best = 0.0
    for form in forms:
        info = morph.word_info(form)
        if info.known:
            score = sum(
                r.score for r in info.name_readings if r.part == "Name" and r.case == "nomn"
            )
            best = max(best, score)
    return best


def _caseless_name(info: morph.WordInfo, name: float) -> bool:
    """In text without capitals a word is a name by its readings alone when it is hardly ever an
    ordinary word («степан», «артёму», «смирнову»; not «вера», «роза», «слава», whose context
    must decide), or when pymorphy3 is sure of a name it only guesses («хабибуллиной»)."""
    if info.known:
        return name >= CASELESS_NAME and info.common_score <= CASELESS_COMMON
    return truecase.guessed_surname(info) >= CASELESS_GUESS


def _spelled(text: str):
    """(start, end) of names spelled letter by letter, «с-м-и-р-н-о-в», «И-в-а-н-о-в-а», and as
    speech recognition writes them, «к о р о т к о в»: a name by morphology, or, spaced, the
    letters of a word said nearby («коротков … к о р о т к о в») or after «по буквам»."""
    for m in SPELLED.finditer(text):
        word = m.group().replace("-", "")
        # five letters and more, one by one with hyphens, is a name dictated («м-е-л-ь-н-и-к»,
        # «Т-У-К-М-А-К-О-В-А»); fewer only when they make one («а-б-в» is a list)
        if len(word) > MAX_SPELLED:
            continue
        if len(word) >= SPELLED_ALONE or _name_spelled(word) or _echoed(text, m, word.lower()):
            yield m.span()
            yield from _said(text, m, m.group().replace("-", "").lower())
    for m in SPACED.finditer(text):
        letters = list(re.finditer(r"\S", m.group()))
        if len(letters) > MAX_SPELLED or m.group().lower() in NOT_SPELLED:
            continue
        # «через о к о р о т к о в»: the first letter may be the one the speaker stressed
        for skip in (0, 1):
            word = "".join(x.group() for x in letters[skip:]).lower().replace("ё", "е")
            if _name_spelled(word, guessed=False) or _echoed(text, m, word):
                yield m.start() + letters[skip].start(), m.end()
                yield from _said(text, m, word)
                break


def _name_spelled(word: str, guessed: bool = True) -> bool:
    """A name by morphology; a name pymorphy3 only guesses at counts if `guessed`."""
    info = morph.word_info(word)
    if not info.known:
        return guessed and info.name_score >= STRONG_NAME_AT_START
    return info.name_score >= STRONG_ADJ_NAME


def _spelled_more(text: str):
    """(start, end) of names spelled as people dictate: by the names of the letters («ка у зэ
    эн е цэ о вэ»), by words («щ как щука е как елена р как роман …») and in Latin letters
    («i u l i i a»), when the letters make a name or a word said around them."""
    for pattern, decode in (
        (LETTER_NAMES_RUN, _letters_by_name),
        (BY_WORDS_RUN, lambda found: "".join(re.findall(r"(?<!\w)(\w) как", found))),
        (LATIN_SPACED, lambda found: found.replace(" ", "")),
    ):
        for m in pattern.finditer(text):
            if pattern is LETTER_NAMES_RUN and not NAMED_LETTER.search(m.group()):
                continue
            word = decode(m.group().lower()).replace("ё", "е")
            if not SPELLED_LETTERS_AT_LEAST <= len(word) <= MAX_SPELLED:
                continue
            latin = word.isascii()
            named = (
                latin_info(word.capitalize()).known
                and latin_info(word.capitalize()).name_score >= STRONG_ADJ_NAME
                if latin
                else _name_spelled(word, guessed=False)
            )
            # «o k a f o r окафор»: the letters in one script, the word said in the other
            said = [word] + (list(readings(word)) if latin else [])
            if named or any(_echoed(text, m, w) for w in said):
                yield m.span()
                for w in said:
                    yield from _said(text, m, w)


def _letters_by_name(found: str) -> str:
    """«ка у зэ эн е цэ о вэ» → «кузнецов»."""
    found = found.replace("мягкий знак", "ь").replace("твёрдый знак", "ъ")
    found = found.replace("твердый знак", "ъ")
    return "".join(LETTER_NAMES.get(unit, unit) for unit in found.split())


def _said(text: str, m: re.Match, word: str):
    """(start, end) of the word that spelled letters spell, said around them: «на меня
    мельник фамилия по буквам м е л ь н и к» — the speaker spells a name, so the word is one
    too, whatever else the dictionary reads it as."""
    if len(word) < MIN_SAID:
        return
    start = max(0, m.start() - ECHO_REACH)
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    for said in pattern.finditer(
        text.replace("ё", "е").replace("Ё", "Е"), start, m.end() + ECHO_REACH
    ):
        if not (m.start() <= said.start() < m.end()):
            yield said.span()
    # and written in Latin letters: «ка у зэ эн е цэ о вэ kuznetsov»
    for said in LATIN_WORD.finditer(text, start, m.end() + ECHO_REACH):
        if word in {r.replace("ё", "е") for r in readings(said.group().lower())}:
            yield said.span()


def _echoed(text: str, m: re.Match, word: str) -> bool:
    """Whether spelled letters spell a word said around them, or follow «по буквам»: the
    name that the speaker spells out («вахрушева в а х р у ш е в а»)."""
    if SPELL_CUE.search(text, max(0, m.start() - 20), m.start()):
        return True
    around = text[max(0, m.start() - ECHO_REACH) : m.end() + ECHO_REACH].lower().replace("ё", "е")
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", around) is not None


def _runs(doc, parts: list[_Part]):
    """Join name parts that stand next to each other (across a space or a hyphen) into names.

    A run's score is its best part's; two weak parts together («Надежда Сергеевна» at the start
    of a line) make a strong name, and initials count only beside a name.
    """
    parts.sort(key=lambda p: p.start)
    run: _Part | None = None
    members: list[_Part] = []
    for p in parts:
        if run is not None and _adjacent(doc, run.end, p.start):
            run.end = max(run.end, p.end)
            members.append(p)
            continue
        if run is not None:
            done = _finish(run, members, doc)
            if done:
                yield done
        run, members = _Part(p.start, p.end, p.score, p.why), [p]
    if run is not None:
        done = _finish(run, members, doc)
        if done:
            yield done


def _finish(run: _Part, members: list[_Part], doc=None) -> _Part | None:
    parts = [m for m in members if m.why != "initials"]
    capital = [m for m in parts if doc is not None and doc[m.start].text[:1].isupper()]
    if capital and all(m.score < STRONG_SCORE for m in capital):
        # «Роза ветров»: a capitalized word that is only possibly a name is not made sure by a
        # lowercase word that is only possibly a surname («Анна петрова» keeps its surname:
        # «Анна» is a name by itself; «маргарите дмитрьевне» pairs lowercase with lowercase).
        kept = [m for m in parts if m.why != COMPANION or doc[m.start].text[:1].isupper()]
        if len(kept) < len(parts):
            members = [m for m in members if m in kept or m.why == "initials"]
            if len(members) == 1:
                run = _Part(members[0].start, members[0].end, members[0].score, members[0].why)
            parts = kept
    names = [m for m in parts if m.why != COMPANION]
    if not parts and doc is not None and _initials_alone(doc, run):
        return _Part(run.start, run.end, STRONG_SCORE, "two initials alone")
    if not names or (len(parts) < 2 and names[0].why == LATIN_PART):
        return None
    best = max(names, key=lambda m: m.score)
    score = best.score
    if len(parts) > 1 and score < STRONG_SCORE:
        score = STRONG_SCORE
    why = best.why if len(members) == 1 else f"{best.why}, joined with neighbouring name parts"
    return _Part(run.start, run.end, score, why)


def _initials_alone(doc, run: _Part) -> bool:
    """«письмо от А. П.», «подписано «Т. Н.»»: a first name's and a patronymic's initials, two
    Cyrillic capitals with their dots, are how a diary names someone. Not one («п. 3», «г.
    Москва») nor three («приложение А. Б. В.»)."""
    letters = "".join(doc[i].text for i in range(run.start, run.end)).replace(" ", "")
    return bool(TWO_INITIALS.fullmatch(letters))


def _touch(doc, a, b) -> bool:
    """Spans `a` and `b` stand side by side, in either order (`_adjacent` takes them in order:
    it counts any span that starts before the other ends)."""
    if b.start >= a.end:
        return _adjacent(doc, a.end, b.start)
    return b.end <= a.start and _adjacent(doc, b.end, a.start)


def _adjacent(doc, end: int, start: int) -> bool:
    """Tokens `end` and `start` follow each other with only spaces, a hyphen or a speaker's
    hesitation between («юрий эээ николаевич»)."""
    if start < end:
        return True
    between = doc[end:start]
    return all(
        t.text == "-" or (t.is_space and "\n" not in t.text) or HESITATION.fullmatch(t.lower_)
        for t in between
    )
