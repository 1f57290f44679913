"""SECRET: what a client must never tell anyone: one-time codes, PINs, CVV/CVC, passwords and
code words. Whatever its shape, the value after its cue is masked; the cue word stays.

Digit secrets follow their cue, maybe after a colon or «это»: «код из смс 4821», «смс-код:
4821», «код подтверждения 482193», «пин-код 1234», «cvv 123», «три цифры на обороте 123», and a
bare «код 4821». Said in words, they reach us through the normalizer in the groups the client
said them: «код четыре восемь два один» → «код 4821», «пин двенадцать тридцать четыре» →
«пин 12 34». A code has a length of its kind (a CVV three digits, a PIN four to six), and a
count or an amount after it is none («пин 3 раза ввёл»). A code qualified otherwise («код
подразделения 770-001», «код региона 77», «код ошибки 404», «промокод SALE10») has no such cue.

Passwords and code words are the next word: «пароль Qwerty123», «кодовое слово — ромашка». A
password with digits or Latin letters is one; a Russian word only if it is a noun or unknown to
the dictionary («кодовое слово не помню», «пароль забыла» are no values), or after a dash or a
colon. The `why` of a finding names its kind, never the value.
"""

from __future__ import annotations

import re

from redactor.detect.morph import analyzer, word_info
from redactor.detect.normalize.words import COUNTED
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.turns import conversation, slots
from redactor.entities import SECRET

SCORE = 0.95  # a cue names it: above a card's last four digits read in the same number

# (cue, fewest digits, most digits, why). The cue ends right before the value's gap.
CODE_CUES = [
    (  # CVV/CVC: «cvv 123», «код на обороте 123», «три цифры на обороте карты 123»
        re.compile(
            r"""(?<![\w-])(?:
                (?:cvv2?|cvc2?|cvv/cvc|сиви\w*|цвв|цвц|свв|свс|сивиси)(?:[ -]?(?:код\w*|code))?
              | код\w*\ +(?:на|с)\ +(?:оборот\w*|обратной\ +сторон\w*)
              | (?:(?:три|3)\ +)?(?:последни[ех]\ +)?цифр\w*\ +(?:на|с)\ +(?:оборот\w*|обратной
                \ +сторон\w*)
              | код\w*\ +безопасност\w*
              | сзади | на\ +обороте | на\ +обратной\ +стороне   # «и сзади 413»
            )(?:\ +карт\w*)?""",
            re.IGNORECASE | re.VERBOSE,
        ),
        3,
        4,
        "CVV/CVC after its cue",
    ),
    (  # PIN: «пин-код 1234», «пин 0000», «pin 1234»
        re.compile(
            r"(?<![\w-])(?:пин|pin)(?:[ -]?(?:код|code)\w*)?(?:\ +(?:от\ +)?карт\w*)?",
            re.IGNORECASE | re.VERBOSE,
        ),
        4,
        6,
        "PIN after its cue",
    ),
    (  # one-time codes: «код из смс 4821», «смс-код 4821», «код подтверждения 482193»
        re.compile(
            r"""(?<![\w-])(?:
                (?:смс|sms|пуш|push)[ -]?(?:код\w*|пароль\w*)
              | (?:одноразов\w+\ +)?(?:код\w*|пароль\w*)\ +(?:из|в|по|с)\ +(?:смс|sms|сообщени\w*
                |пуш\w*|push|смски|эсэмэс\w*)
              | код\w*\ +(?:(?:для|на)\ +)?(?:подтвержд\w*|доступа|вход\w*|авторизаци\w*
                |верификаци\w*|оплат\w*|перевод\w*)
              | одноразов\w+\ +(?:код\w*|пароль\w*)
              | код(?:ом|а|у)?                              # «код 4821», «смс с кодом 4821»
            )""",
            re.IGNORECASE | re.VERBOSE,
        ),
        4,
        8,
        "one-time code after its cue",
    ),
]
# Between a cue and its value: a colon or a dash, «это», «был», «у меня», «пришёл».
GAP = re.compile(
    r"""(?:[ ]*(?:[:=—–-]|(?<!\w)(?:это|был|была|было|будет|такой|такая|такое|вот|у\ меня|мой
        |моя|мое|моё|пришел|пришёл|пришла|пришло|пришли
        |говорил\w*|продиктовал\w*|назвал\w*|сказал\w*|вв[её]л\w*|сообщил\w*)(?!\w)
        |(?<=\w)(?:\.{3}|…|\.|,)(?=[ ]+\d)))*[ ]*""",  # «код пришёл, 6419»: digits after
    re.IGNORECASE | re.VERBOSE,
)
# Digits as written or said: «482193», «48 21» (said in pairs), «482-193».
DIGIT_VALUE = re.compile(r"\d{1,8}(?:[ -]\d{1,4}){0,3}(?![\w]|[.,:/]\d)")
DIGIT_GROUP = re.compile(r"\d+")
COUNT_AFTER = re.compile(
    rf"[ ]*(?:(?:{COUNTED}|символ\w*|знак\w*|букв\w*)(?!\w)|р\b|р\.|₽|\$|%|шт|тыс|млн)",
    re.IGNORECASE,
)

# Passwords and code words: the next word after the cue.
WORD_CUE = re.compile(
    r"""(?<![\w-])(?:
        (?:кодов|секретн|контрольн)\w+\ +(?:слов\w*|фраз\w*)     # кодовое слово, кодовая фраза
      | пароль\w* | password | passcode | (?:secret|code)[ ]?word    # «secret word tulip»
    )
    (?:\ +(?:от|для|к)\ +(?:(?:личного|своего|моего|мобильного|интернет)[ -]+)?   # пароль от ЛК
        (?:кабинета|лк|приложени\w+|почты|ящика|аккаунта|учетки|учётки|входа|банка|сайта
          |телефона|вайфая|wi-?fi|госуслуг|сбербанк\w*|сбера|онлайна?|банкинга
          |неё|нее|него|них|туда)                                       # «пароль от неё …»
        (?:[ -]+онлайн)?)?
    (?:\ +(?:на|для|от)\ +(?:файл\w*|архив\w*|документ\w*|облак\w*|ссылк\w*))?  # на файл""",
    re.IGNORECASE | re.VERBOSE,
)
WORD_VALUE = re.compile(r"[«\"']?(?P<value>[^\W_][^\s«»\"',;]*?)[»\"']?(?=[.!?]*(?:[\s,;]|$))")
NEXT_WORD = re.compile(r"[ ]+(?P<value>[^\W\d_]+)(?=[.!?]*(?:[\s,;»\"']|$))")
PUNCTUATED = re.compile(r"[ ]*[:=—–-]")  # «кодовое слово — …»: what follows is the value
# Parts of speech that are no value: «не помню», «забыла», «какое», «тоже», «нужно».
NOT_VALUE_POS = frozenset(
    "VERB INFN PRTF PRTS GRND ADVB NPRO PREP CONJ PRCL INTJ PRED ADJF ADJS COMP NUMR".split()
)
# Words that answer otherwise («секунду»), or say what the secret is, not what («девичья
# фамилия», «кличка собаки»: the value, if said, comes after).
NOT_VALUE_WORDS = frozenset(
    "не нет да это смс sms банк оператор вопрос сейчас какой какое какая такой такое секунду"
    " секундочку минутку минуточку момент фамилия кличка имя год дата слово пароль код".split()
)
WHAT_WORDS = frozenset("фамилия кличка имя год дата город".split())  # what the value is
LATIN_OR_DIGIT = re.compile(r"[a-z0-9]", re.IGNORECASE)
# Shapes that are secrets wherever they stand: API tokens by their issuers' prefixes (Yandex
# OAuth «y0_…», GitHub, OpenAI, Slack, AWS, Google, a JWT, SendGrid, Mailgun) and a Telegram
# bot's, a long run of mixed-case letters and digits, and a password's shape: letters, digits
# and a symbol in one word («Tver2024!dvm»).
TOKEN = re.compile(
    r"""(?<![\w/.@-])(?:
        (?:y0_|ghp_|gho_|github_pat_|sk-|xox[bpa]-|AKIA|AIza|eyJ|SG\.|key-)[\w.-]{16,}
      | \d{8,10}:[\w-]{30,}                                   # a Telegram bot's token
      | (?=[\w.-]{32,}(?![\w/.@-]))(?=[\w.-]*[a-z])(?=[\w.-]*[A-Z])(?=[\w.-]*\d)
        (?![\w-]*\.[\w-]*\.)(?![\w.-]*\.[a-z]{2,4}(?![\w.-]))[\w.-]+  # one dot, no extension
      | (?=\S{8,40}(?!\S))(?=\S*[A-Za-z])(?=\S*\d)(?=\S*[a-z])
        [A-Za-z\d]+[!#$%^&*?][A-Za-z\d!#$%^&*?_]*[A-Za-z\d]
    )(?![\w/@-]|\.\w)""",
    re.VERBOSE,
)
# A key or a token named on its line or the line before, then a UUID or a hex run: «вот ключ
# который вставляли ⏎ b7e3c1f0-92ad-…».
KEY_WORD = re.compile(
    r"(?<![^\W_])(?:ключ\w*|токен\w*|token|api[ _-]?key|secret|апи)(?![^\W_])", re.I
)  # also inside a name: «client_secret», «YANDEX_MAPS_API_KEY»
# A setting that holds a secret, as a config or a shell writes it: «DB_PASSWORD=…»,
# «api_key: …», «export GITHUB_TOKEN=…». The name has a secret's word; the value is one word,
# not a placeholder («${DB_PASSWORD}», «<token>», «***»).
ASSIGNMENT = re.compile(
    r"""(?<![\w$])(?:[A-Za-z][A-Za-z0-9_.-]*?)?
        (?:password|passwd|pwd|pass(?!port|age|enger)|secret|token|api_?key|access_?key
        |private_?key|auth_?key)
        [A-Za-z0-9_]*
        [ ]?[:=][ ]?["']?(?P<value>[^\s"'$<{*][^\s"']{5,}?)["']?(?=[\s,;]|$)""",
    re.IGNORECASE | re.VERBOSE,
)
KEY_VALUE = re.compile(
    r"(?<![\w-])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,64})"
    r"(?![\w-])",
    re.IGNORECASE,
)
KEY_REACH = 200
# A short question for a value, without its name: «какое», «новое», «назовите».
VALUE_ASK = re.compile(
    r"(?<!\w)(?:како[ей]|какую|нов\w+|назовите|скажите|говорите|продиктуйте|диктуйте)(?!\w)",
    re.IGNORECASE,
)
# A slip taken back right after a value, before the value said again.
REPAIR = re.compile(
    r"[ ]+(?:ой[ ]+)?(?:нет|то[ ]есть|точнее|вернее)(?:[ ]+(?:подождите|стоп|секунду|извините))?[ ]",
    re.IGNORECASE,
)
# A door's code: after «код домофона», «код от подъезда», or by its shape, a flat's number, the
# intercom's call and the code («108 вызов 2581», «72 ключик 3341», «код 47 вызов»). The bare
# flat number on an intercom («домофон 116», «домофон 9 звонок») is no code.
DOOR_CUE = re.compile(
    r"(?<![\w-])код\w*[ ]+(?:от[ ]+|на[ ]+)?(?:домофон\w*|подъезд\w*|двер\w*|калитк\w*"
    r"|ворот\w*|замк\w*)",
    re.IGNORECASE,
)
CALL = r"(?:вызов|ключ|ключик|решетка|решётка|звездочка|звёздочка)"
DOOR_VALUE = re.compile(
    rf"\d{{1,4}}(?:[ ]+(?:{CALL}[ ]+)?\d{{1,4}}){{0,3}}(?:[ ]+{CALL}(?![ ]+\d))?(?![\w]|[.,:/]\d)",
    re.IGNORECASE,
)
DOOR_SHAPE = re.compile(
    rf"""(?<![\w.,:/-])(?:
        \d{{1,4}}[ ]+{CALL}[ ]+\d{{3,6}}        # «108 вызов 2581», «72 ключик 3341»
      | (?<=код[ ])\d{{1,4}}[ ]+вызов        # «код 47 вызов»
    )(?![\w]|[.,:/]\d)""",
    re.IGNORECASE | re.VERBOSE,
)
DOOR_FEWEST = 3
# A password or a code spelled aloud, letters by their names and digits: «ка эр 7 7 ку икс 2».
# Four signs or more, with a letter and a digit both: «эс эм эс» or «пэ 2» are words of their own.
SPELLED_LETTER = (
    r"(?:ка|эр|ку|кью|икс|игрек|пэ|эс|эм|эн|эл|эль|эф|тэ|дэ|вэ|бэ|гэ|зэт|зет|джей|кей|эйч|ха"
    r"|це|ша|жэ|би|ви|си|ди|пи|ти|эй|ай|зед|уай|дабл\ ю)"
)
SPELLED = re.compile(
    rf"""(?<!\w)(?=(?:\w+\ ){{0,12}}?{SPELLED_LETTER}(?!\w))(?=(?:\w+\ ){{0,12}}?\d)
        (?:{SPELLED_LETTER}|\d{{1,4}})(?:\ (?:{SPELLED_LETTER}|\d{{1,4}})){{3,15}}(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# What a spelled secret follows: its cue, or the client's typing it once a code or a password
# was spoken of («пришло так ввожу ка 8 икс эр 2 пэ 9»).
TYPING = re.compile(
    r"(?<!\w)(?:ввожу|ввела|вв[её]л|вводил\w*|набираю|набрала|набрал)(?!\w)", re.IGNORECASE
)
SECRET_TALK = re.compile(r"(?<!\w)(?:код\w*|парол\w*|смс|пин\w*)(?!\w)", re.IGNORECASE)
# A password named before it (on its line or the lines before, within `KEY_REACH`), then a word
# of Latin letters and digits with a symbol inside or after it: «могу дать root пароль …?
# Vr3shch@gin_2024!», «какой пароль? ⏎ ну да( Katya_1990! везде такой».
PASSWORD_WORD = re.compile(r"(?<![^\W_])(?:парол\w*|password|passwd)(?![^\W_])", re.I)
CUED_PASSWORD = re.compile(
    r"""(?<![\w/.@-])(?=[\w@#$%^&*.!?-]{6,40}(?![\w@#$%^&*-]))(?=\S*[A-Za-z])(?=\S*\d)
        [A-Za-z\d][\w@#$%^&*.!-]*?[A-Za-z\d][!#$%^&*]*(?=[\s,;)(]|[.?…]?$|[.?…]\s)""",
    re.VERBOSE | re.MULTILINE,
)
# A value given by the words right before it, then letters and digits: «старый был Zhenya1989»,
# «временный: kd7731qx», «поменяла на Marina2020».
INTRODUCED = re.compile(
    r"""(?<!\w)(?:был|была|было|стоит|стоял|стояла|такой|новый|новая|старый|старая|временный
        |временная|теперь|(?:по|с)меня\w*\ на|поставил\w*)[ ]*[:—–-]?[ ]+
        (?P<value>(?=[A-Za-z\d]{6,40}(?![\w@.]|\.\w))(?=[A-Za-z]*\d)(?=\d*[A-Za-z])
        [A-Za-z\d]+)""",
    re.IGNORECASE | re.VERBOSE,
)
CODE_WORD_QUESTION = re.compile(r"(?:кодов|секретн|контрольн)\w+\s+(?:слов|фраз)\w*", re.I)
ANSWER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A word said alone in a written answer: after a sentence's start and the words that take back
# or hedge, before a sentence's end or a comma.
ALONE_BEFORE = re.compile(
    r"(?:\A|[.!?…]|(?<![^\W\d_])(?:или|нет|ой|подождите|точнее|вернее|то\ есть)[,]?)"
    r"(?:[ ,]*(?:или|нет|ой|подождите|точнее|вернее|то\ есть)(?!\w))*[ ,]*\Z",
    re.IGNORECASE,
)
ALONE_AFTER = re.compile(r"[ ]*(?:[.!?…,]|\Z)")
MAX_ANSWER_WORDS = 25  # a longer turn is a story, not an answer
MAX_SPOKEN_ANSWER_WORDS = 8  # without capitals only a short answer tells its value
FILLER_SOUND = re.compile(r"а+|э+|м+|ааа+|ммм+|хм+|эм+", re.IGNORECASE)
NUMBER_AFTER = re.compile(r"[ ]*\d{1,4}(?![\d.,:/]\d|\w)")  # «ласточка 53», «Ласточка1962»
# Words an answer opens or hedges with: never the code word.
STALLING = frozenset(
    "ой ой-ой сейчас щас по-моему кажется наверное или давайте пусть так ну вот ага угу"
    " подождите минуту минутку секунду простите извините спасибо хорошо ладно".split()
)
EMAIL_AROUND = re.compile(r"@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
# A question that ends its line with the cue («Назовите кодовое слово.»), and the answer's
# opening on the next: a time code, a speaker tag, «да».
LINE_END = re.compile(r"[ ]*(?:,?[ ]*пожалуйста)?[ ]*[.?!]*[ ]*\n", re.IGNORECASE)
ANSWER_OPENING = re.compile(
    r"""[^\S\n]*(?:\[[\d:.,]+\][^\S\n]*)?(?:[^\W\d_]+(?:[ _-]?\d{1,2})?[ ]?:)?
        (?:[^\S\n]*(?:да|так|ну|э+|вот|сейчас|значит|,)(?!\w))*[^\S\n]*""",
    re.IGNORECASE | re.VERBOSE,
)


class SecretRecognizer(RuRecognizer):
    ENTITY = SECRET
    READS_SPOKEN_NUMBERS = True  # «код четыре восемь два один» → «код 4821»
    # A number said with «тысяча» or as an ordinal is data here too («в восемьдесят пятом»,
    # «пин тысяча двести тридцать четыре»): `redactor.detect.spoken` should not drop it as a quantity.
    READS_QUANTITIES = True
    EXAMPLES = [
        "Инженер: Я сброшу пароль и продиктую новый. Готовы?\nАбонент: Да.\nИнженер: [Lz3k9Qpw].",
        "новый пароль для входа: [x7Kp2mQ9]",
        "Оператор: новый пароль продиктую\nКлиент: [Lz3k9Qpw]… ввела",
        "Оператор: новый пароль [Lz3k9Qpw]. Латиница: эль маленькая, зет маленькая, тройка, ка"
        " маленькая, девятка, ку большая, пэ маленькая, дабл-ю маленькая. Вводите в поле «Пароль»"
        " под логином, потом нажмите «Сохранить» и подождите минуту, роутер перезагрузится.\n"
        "Клиент: [Lz3k9Qpw]… Ввела. Пишет «подключено»!",
        "Токен бота: [5432109876:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw8]",
        "[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]",
        "вот токен [t.Qz8vN4kLp0Xr7eWm2YbA9cHfD1sGuJ6oTiKy3VnE5aBq]",  # an issuer's prefix and a dot
        "Клиент: код из смс [4821], вводить?",
        "Код подтверждения [482193] пришёл на телефон.",
        "смс-код: [4821]",
        "Пришло смс с кодом [5533], это вы прислали?",
        "Код [5678] из смс не подходит.",
        "Мой пин-код [1234], только никому.",
        "Пин [0000] стоит по умолчанию.",
        "ПИН-код карты [7391], запишите.",
        "CVV [123], срок 12/27.",
        "Код на обороте [456], что дальше?",
        "Три цифры на обороте карты [789] назвала.",
        "Кодовое слово — [ромашка].",
        "Клиент: secret word [tulip]",
        "кодовое слово [ромашка]",
        "Кодовое слово: «[Мурзик]».",
        "Пароль [Qwerty123], не могу войти.",
        "Пароль от личного кабинета [ivan1985], поменяйте.",
        "Одноразовый пароль [913402] я уже ввёл.",
        "Ваш код для входа: [4821]. Никому не сообщайте.",
        "Пин [1234] 2 раза вводил, заблокировали.",
        # Said, through the normalizer.
        "код [четыре восемь два один]",
        "код из смс [сорок восемь двадцать один] пришел",
        "пин код [один два три четыре] только не говорите никому",
        "пин [двенадцать тридцать четыре]",
        "код на обороте [сто двадцать три]",
        "три цифры на обороте карты [один два три]",
        "кодовое слово у меня [солнышко]",
        "Оператор: Назовите кодовое слово.\nКлиент: [Тюльпан]",
        "Кодовое слово — [Полярная звезда], записывайте.",
        "оператор: назовите кодовое слово\nклиент: [полярная звезда]",
        "Оператор: Продиктуйте код из смс.\nКлиент: [4821]",
        "клиент: цвц [пять девять восемь]",
        "Клиент: CVC-код [417]",
        "и сзади [413] если надо",
        "Клиент: Я им код говорила... [5581], и ещё один был.",
        "Клиент: Я код продиктовал. [518204] вроде.",
        "Пришлю ссылку на облако — пароль на файл [Zup-17-02]. Срок 3 дня",
        "Клиент: Хорошо. Я поставлю [Tver2024!dvm].",
        "Подтвердил. Там ещё код пришёл, [шесть четыре один девять], его вам?",
        # a password named on its line or a line before, then its word
        "могу дать root пароль чтобы вы глянули что там жрёт? [Vr3shch@gin_2024!]",
        "Оператор: Какой пароль стоял на почте?\nКлиент: ну да( [Katya_1990!] везде такой",
        "вот он\n[y0_AgAAAAB3kQ1RAAxq9wAAAAEKLmPzAADf3nR8cW1JZp9Tq4sXvB2oLKe]",
        "вот ключ который вставляли\n[b7e3c1f0-92ad-4e5c-8f61-3d0a7c5e91b4]",
        "DB_PASSWORD=[Pg_s3cret_Kvas#2024]",
        "YANDEX_MAPS_API_KEY=[b7e0a4c2-91d3-4f5e-8a6b-2c1f0e9d7a34]",
        "client_secret [f3c8e1a9b7d24650c91e8a0fd2b6e473], белый список обновили?",
        'в конфиге api_key: "[k3J9xP2mQ7vL]" стоит',
        "ой. я пароль тогда поменяю, старый был [Zhenya1989], его легко угадать",
        "пароль от неё [Tanya1974gav] не подходит уже лет пять",
        "Какой пароль вводите?\nда зачем без, вот он целиком [Gleb_2014!kot]",
        "Пароль сброшен. Сейчас задам временный: [kd-7731-qx]",
        # The answer to a question about the code word, however it hedges.
        # … its variants said alone in lowercase, the cue said again before it, a year glued
        "Оператор: И кодовое слово, если устанавливали.\nАбонент: Устанавливала... [каспий]? Или"
        " [каспийск]. Нет, [каспий].",
        "Оператор: Кодовое слово назовите.\nКлиент: Там было… ой, сейчас. [Барбарис]. Нет,"
        " подождите, [барбариска], с «ка» на конце.",
        "Оператор: И кодовое слово, пожалуйста.\nКлиент: Кодовое слово… [Казанка]. Или"
        " [Казанка2015], я уже не помню, как ставил.",
        "Специалист: Я установил кодовое слово. Придумайте слово.\nАбонент: [Ласточка1962].",
        "Оператор: И кодовое слово, которое вы указывали.\nКлиент: Ой... Сейчас. По-моему,"
        " [Барселона]. Или я его меняла... нет. [Барселона], да.",
        "О: Кодовое слово установлено, подсказать его не могу.\nК: Давайте поменяю, пусть"
        " будет [Ростсельмаш].",
        "Кодовое слово на номере установлено, назовите его.\n[Чебоксары].",
        # Speech: the naming word of a short answer, and a number said after a code word.
        "spk_0: спасибо кодовое слово назовите\nspk_1: [байкал]",
        "s1: кодовое слово у вас стоит\ns2: какое ещё слово ааа [рыбалка]",
        "Кодовое слово [Ласточка пятьдесят три].",
        "кодовое слово [ромашка] три раза меняла",  # the count is no part of it
        "speaker_2: кодовое слово это [арарат] нет подождите [ереван] кажется",  # said again
        # asked for without its name, right after the code word was spoken of
        "speaker_2: а кодовое слово поменять можно\nspeaker_1: да давайте установлю новое какое"
        "\nspeaker_2: пусть будет [севан девяносто]",
        # A door's code: after its cue, or by its shape.
        "подъезд четыре код домофона [сто восемь вызов два пять восемь один]",
        "курьер: так а домофон\nклиент: [семьдесят два ключик три три четыре один]",
        "подъезд второй код [сорок семь вызов]",
        "Код домофона: [4512]#",
        # Spelled, letters by their names, after its cue or typed in.
        "s1: угу совпадает временный пароль [ка эр семь семь ку икс два] большими буквами",
        "spk_0: код отправил\nspk_1: пришло так ввожу [ка восемь икс эр два пэ девять] всё",
    ]
    COUNTER_EXAMPLES = [
        "пароль не подходит, телефон iPhone13Pro, сборка Win10x64",  # models, no passwords
        "пароль сбросили, заявка TT5518024 создана",  # an id in capitals
        # lowercase words of a written answer that are not said alone
        "Оператор: Кодовое слово назовите.\nКлиент: Сейчас, минуту, телефон найду.",
        "Оператор: Кодовое слово назовите.\nКлиент: Не помню. Нет, давайте паспорт, 4510 123456.",
        "Оператор: Кодовое слово назовите.\nКлиент: Кодовое слово? Какое кодовое слово?",
        "Клиент: пароль сменила, теперь вход через модель iPhone15 и Wi-Fi 5G.",  # no symbol
        "Оператор: Пароль не нужен. Напишите на help_2024@mail.ru.",  # an e-mail
        "Клиент: пароль не приходит, обращение TB-2401-55093.",  # an id
        "Клиент: пароль сменила, теперь модель iPhone15 не пускает",
        "Клиент: пароль был 8 символов, теперь 12345678 не подходит по длине",
        "файл Report_2024_Q3_Final.Version2.docx лежит",
        "см. com.example.MyApplication2024.module.Feature",
        "скрин Screenshot_20241203_MyPhoneGallery2.png",
        "Код подразделения 770-001, паспорт выдан в 2015 году.",
        "Код региона 77 на номере машины.",
        "Промокод SALE10 не сработал.",
        "Введите код из смс, и перевод уйдёт.",
        "Код ошибки 404, сайт не открывается.",
        "Вводил код три раза, не подходит.",
        "Перевод 4821 руб. прошёл, код не пришёл.",
        "Пин-код сменили вчера, карта работает.",
        "Кодовое слово не помню, что делать?",
        "Кодовое слово - девичья фамилия мамы, так записано",
        "Пароль не подходит, пишет ошибку.",
        "спикер 1 назовите кодовое слово\nспикер 2 кодовое слово это девичья фамилия мамы\n"
        "спикер 1 спасибо",
        "Пароль от личного кабинета не приходит.",
        "Кодовое слово забыла, можно сбросить?",
        "Код из смс пришёл через 5 минут.",
        "Пин 3 раза ввёл неправильно.",
        "Штрих-код 4601234567890 не читается.",
        "код из смс пришел в четырнадцать тридцать",
        "пароль какой у вас",
        "Пароль неверный, попробуйте ещё.",
        "Оператор: Назовите кодовое слово.\nКлиент: Не помню, честно.",
        "Пароль личного кабинета сбросили, пароль Сбербанка тоже.",
        "Пароль 8 символов, не меньше.",
        "Код 8 800 555 35 35, это горячая линия.",
        "Оператор: Назовите кодовое слово.\nКлиент: Сейчас посмотрю в записях.",
        "Номер заказа 4821, код не нужен.",
        "Номер заявки b7e3c1f0-92ad-4e5c-8f61-3d0a7c5e91b4 создан.",  # an id, no key word
        "Оператор: Назовите кодовое слово.\nКлиент: Не помню. Можно по паспорту?",
        "Почта ivan.petrov2024@mail.ru, пишите.",
        "Тариф Pro2024 подключён.",
        "speaker_1: алло, spk_0: да",
        "Сайт https://example.com/catalog?page=2 не открывается.",
        "DB_PASSWORD=${DB_PASSWORD} берётся из окружения",
        "поле password: ******** на скриншоте",
        "token=<ваш токен> подставьте сами",
        "Passport: 4510123456",  # no secret's word in the name
        "s1: назовите кодовое слово\ns2: паспорт могу назвать",  # another datum offered
        "ввожу пэ два и эм эс",  # too short, no code spoken of
        "да всё верно и домофон сто шестнадцать",  # the flat's number on the intercom
        "s2: кодовое слово не помню\ns1: а что ещё хотели\ns2: перевод отменить",
        "кодовое слово это нет не помню",  # no value, none said again
        "Ломоносова 96, кв 9, 2 подъезд — домофон 9 звонок",
        "подъезд 3, домофон 14В",
        "код домофона не работает, звоните",
        "код домофона 2 раза вводил",
        "адрес ввожу эм эс ка девять эс эс",  # no code or password spoken of
        "s1: назовите кодовое слово\ns2: сейчас посмотрю в записях",
        "s1: назовите кодовое слово\ns2: ну я его не ставила вроде бы никогда",
        "s1: кодовое слово назовите\ns2: а можно я лучше по паспорту с фотографией в отделение приду завтра",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for cue, fewest, most, why in CODE_CUES:
            for m in cue.finditer(text):
                span = _code(text, _value_start(text, m.end()), fewest, most)
                if span:
                    results.append(self.result(*span, SCORE, why))
        for m in WORD_CUE.finditer(text):
            span = _word(text, m.end())
            if span:
                results.append(self.result(*span, SCORE, "password or code word after its cue"))
                # «кодовое слово это арарат нет подождите ереван»: the value said again
                repair = REPAIR.match(text, span[1])
                again = repair and _word(text, repair.end() - 1)
                if again:
                    results.append(self.result(*again, SCORE, "a code word said again"))
        for start, end in _door_codes(text):
            results.append(self.result(start, end, SCORE, "a door's code"))
        for start, end in _spelled(text):
            results.append(self.result(start, end, SCORE, "a secret spelled after its cue"))
        for start, end in _code_word_answers(text):
            results.append(self.result(start, end, SCORE, "the answer to a code word question"))
        for m in TOKEN.finditer(text):
            if "@" not in m.group() or not EMAIL_AROUND.search(m.group()):
                results.append(self.result(*m.span(), SCORE, "a token's or a password's shape"))
        for m in ASSIGNMENT.finditer(text):
            if any(c.isalnum() for c in m.group("value")):
                results.append(self.result(*m.span("value"), SCORE, "a secret's setting"))
        if PASSWORD_WORD.search(text):
            for m in CUED_PASSWORD.finditer(text):
                named = PASSWORD_WORD.search(text, max(0, m.start() - KEY_REACH), m.start())
                if named and not EMAIL_AROUND.search(m.group()) and _mixed(m.group()):
                    results.append(self.result(*m.span(), SCORE, "a password after its word"))
                    for start, end in _again(text, m.group(), m.start()):
                        results.append(self.result(start, end, SCORE, "a password written again"))
        for start, end in _introduced_passwords(text):
            results.append(self.result(start, end, SCORE, "a password introduced after its word"))
        for m in KEY_VALUE.finditer(text):
            if KEY_WORD.search(text, max(0, m.start() - KEY_REACH), m.start()):
                results.append(self.result(*m.span(), SCORE, "a key after a key word"))
        # A speaker's label the turns did not read («спикер 2 кодовое слово …» without a colon)
        # opens the answer, yet is nobody's secret.
        return [r for r in results if not SPEAKER_LABEL.fullmatch(text[r.start : r.end])]


SPEAKER_LABEL = re.compile(r"(?:спикер|speaker|spk|говорящий|голос)[ _-]?\d{1,2}", re.IGNORECASE)


def _again(text: str, value: str, first: int) -> list[tuple[int, int]]:
    """The password's other places in the conversation, however far from its word: the client
    types it back («Lz3k9Qpw… Ввела»). The same string of six and more mixed characters is
    that password, and nothing else."""
    found = []
    for m in re.finditer(rf"(?<![\w@./-]){re.escape(value)}(?![\w@/-])", text):
        if m.start() != first:
            found.append(m.span())
    return found


def _mixed(word: str) -> bool:
    """Letters and digits with a symbol: a password, not «iPhone15», «MP3», nor an id whose
    parts a dash or a dot joins («TB-2401-55093»); lowercase parts joined so are a password's
    («kd-7731-qx»), ids are written in capitals."""
    if any(not c.isalnum() and c not in "-." for c in word):
        return True
    return ("-" in word or "." in word) and any(c.islower() for c in word) or _generated(word)


# Kinds of characters a generated password alternates between: «Lz3k9Qpw».
KINDS = (str.islower, str.isupper, str.isdigit)
GENERATED_TURNS = 5


def _generated(word: str) -> bool:
    """A password a system generated: lower and upper case and digits, the digits in two runs
    or more, the kind changing at almost every character («Lz3k9Qpw», «x7Kp2mQ9»); not a
    name with a year («Zhenya1989»), a model («iPhone13Pro», «Win10x64»)."""
    kinds = [next((k for k, test in enumerate(KINDS) if test(c)), -1) for c in word]
    if not all(k in kinds for k in range(len(KINDS))):
        return False
    digit_runs = len(re.findall(r"\d+", word))
    turns = sum(a != b for a, b in zip(kinds, kinds[1:], strict=False))
    return digit_runs >= 2 and turns >= GENERATED_TURNS


def _introduced_passwords(text: str) -> list[tuple[int, int]]:
    """A word of letters and digits right after a word that gives a value («был», «стоит»,
    «новый:», «поменяла на»), on the line of a password's word: «пароль тогда поменяю, старый
    был Zhenya1989»; not «вход через модель iPhone15»."""
    if not PASSWORD_WORD.search(text):
        return []
    found = []
    for m in INTRODUCED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if PASSWORD_WORD.search(text, line_start, m.start()) and not EMAIL_AROUND.search(
            m.group("value")
        ):
            found.append(m.span("value"))
    return found


def _value_start(text: str, end: int) -> int:
    """Where the value after a cue ending at `end` starts: after a colon, «это», …; or on the
    next line, when the cue ends a question («Назовите кодовое слово. ⏎ Клиент: Ромашка»)."""
    line_end = LINE_END.match(text, end)
    if line_end:
        return ANSWER_OPENING.match(text, line_end.end()).end()
    return GAP.match(text, end).end()


def _code(text: str, start: int, fewest: int, most: int) -> tuple[int, int] | None:
    """The span of a code of `fewest`–`most` digits at `start`, without a count after it."""
    m = DIGIT_VALUE.match(text, start)
    if not m:
        return None
    groups = [(start + g.start(), start + g.end()) for g in DIGIT_GROUP.finditer(m.group())]
    # «пин 1234 2 раза»: a group before a count is the count. More digits than a code has: a
    # phone, an account after the word «код», which are not cut down to a code's length.
    while groups and COUNT_AFTER.match(text, groups[-1][1]):
        groups.pop()
    if groups and fewest <= sum(e - s for s, e in groups) <= most:
        return groups[0][0], groups[-1][1]
    return None


def _word(text: str, end: int) -> tuple[int, int] | None:
    """The span of a password or code word right after its cue at `end`, if it is a value:
    one word, or two when the first describes the second («Полярная звезда»)."""
    punctuated = bool(PUNCTUATED.match(text, end))
    m = WORD_VALUE.match(text, _value_start(text, end))
    if not m:
        return None
    value = m.group("value")
    if LATIN_OR_DIGIT.search(value):
        # «пароль 8 символов» is a rule, not a password
        return None if COUNT_AFTER.match(text, m.end("value")) else m.span("value")
    if value.lower() in NOT_VALUE_WORDS or slots.asked(value):
        return None  # «кодовое слово ⏎ паспорт могу назвать»: another datum offered
    described = NEXT_WORD.match(text, m.end("value"))
    if described and described.group("value").lower() in WHAT_WORDS:
        return None  # «кодовое слово - девичья фамилия мамы, …»: what it is, not the value
    if (
        described
        and _named(value, "ADJF")
        and _named(described.group("value"), "NOUN")
        and described.group("value").lower() not in NOT_VALUE_WORDS
    ):
        return m.start("value"), described.end("value")
    if punctuated:
        return m.start("value"), _with_number(text, m.end("value"))
    if word_info(value).pos not in NOT_VALUE_POS and _named(value, None):
        return m.start("value"), _with_number(text, m.end("value"))
    return None


def _named(word: str, pos: str | None) -> bool:
    """Whether a word can name a value by itself: in the nominative or accusative (not «пароль
    сбербанка», «слово банку»), of the part of speech `pos` if given; any unknown word can."""
    if not word_info(word).known:
        return pos != "ADJF"
    tag = analyzer().parse(word.lower())[0].tag
    return (pos is None or tag.POS == pos) and tag.case in ("nomn", "accs", None)


def _code_word_answers(text: str) -> list[tuple[int, int]]:
    """The capitalized words of a short answer to a question about the code word («И кодовое
    слово? ⏎ Клиент: Ой... Сейчас. По-моему, Барселона.»), but words that stall, hedge or
    refuse: the value is the noun or the unknown word said."""
    if not CODE_WORD_QUESTION.search(text):
        return []
    chat = conversation(text)
    found = []
    for i, turn in enumerate(chat.turns):
        j = chat.asking(i)
        if j is None or not _about_code_word(text, chat, j):
            continue
        start = turn.start
        if own := list(CODE_WORD_QUESTION.finditer(text, turn.start, turn.end)):
            if "?" in text[own[-1].end() : turn.end]:
                continue  # a question of its own, not the answer
            start = own[-1].end()  # «Кодовое слово… Казанка.»: the cue said again, then it
        words = list(ANSWER_WORD.finditer(text, start, turn.end))
        if len(words) > MAX_ANSWER_WORDS:
            continue
        # Speech has no capitals: there the value is the naming word of a short answer that
        # names no other datum («ааа рыбалка»; not «паспорт могу назвать»).
        spoken = not any(c.isupper() for c in text[turn.start : turn.end])
        if spoken and (
            len(words) > MAX_SPOKEN_ANSWER_WORDS or slots.asked(text[turn.start : turn.end])
        ):
            continue
        for m in words:
            word = m.group()
            if word.lower() in NOT_VALUE_WORDS | STALLING:
                continue
            if not spoken and not word[0].isupper() and not _fragment(text, m, start, turn.end):
                continue
            if spoken and (FILLER_SOUND.fullmatch(word) or not _named(word, None)):
                continue
            info = word_info(word)
            if info.known and (info.pos in NOT_VALUE_POS or info.name_readings):
                continue
            found.append((m.start(), _with_number(text, m.end())))
    return found


def _fragment(text: str, word: re.Match, start: int, end: int) -> bool:
    """Whether a lowercase word of a written answer is said alone, between a sentence's start
    (after «или», «нет», «ой», «подождите») and its end or a comma: «Устанавливала... каспий?
    Или каспийск. Нет, каспий.», «Нет, подождите, барбариска, с «ка» на конце»."""
    return bool(
        ALONE_BEFORE.search(text, start, word.start()) and ALONE_AFTER.match(text, word.end(), end)
    )


def _about_code_word(text: str, chat, j: int) -> bool:
    """Whether turn `j` asks for the code word: it names it, or it is a short question of no
    other slot right after a turn that named it («кодовое слово поменять можно» ⏎ «да давайте
    установлю новое какое»)."""
    turn = chat.turns[j]
    if CODE_WORD_QUESTION.search(text, turn.start, turn.end):
        return True
    said = text[turn.start : turn.end]
    if (
        j == 0
        or len(ANSWER_WORD.findall(said)) > MAX_SPOKEN_ANSWER_WORDS
        or slots.asked(said)
        or not VALUE_ASK.search(said)
    ):
        return False
    before = chat.turns[j - 1]
    return bool(CODE_WORD_QUESTION.search(text, before.start, before.end))


def _with_number(text: str, end: int) -> int:
    """Where a code word ending at `end` ends with a number said after it («ласточка 53»), not
    a count («ромашка 3 раза»)."""
    m = NUMBER_AFTER.match(text, end)
    if m and not COUNT_AFTER.match(text, m.end()):
        return m.end()
    return end


def _spelled(text: str) -> list[tuple[int, int]]:
    """Secrets spelled letter by letter right after a password's cue, or typed in once a code
    or a password was spoken of."""
    found = []
    cues = [m.end() for m in WORD_CUE.finditer(text)]
    if SECRET_TALK.search(text):
        cues += [m.end() for m in TYPING.finditer(text)]
    for end in cues:
        m = SPELLED.match(text, GAP.match(text, end).end())
        if m and not COUNT_AFTER.match(text, m.end()):
            found.append(m.span())
    return found


def _door_codes(text: str) -> list[tuple[int, int]]:
    """A door's code after its cue, of three digits or more, or in a code's shape anywhere."""
    found = [m.span() for m in DOOR_SHAPE.finditer(text)]
    for cue in DOOR_CUE.finditer(text):
        m = DOOR_VALUE.match(text, GAP.match(text, cue.end()).end())
        if (
            m
            and len(re.sub(r"\D", "", m.group())) >= DOOR_FEWEST
            and not COUNT_AFTER.match(text, m.end())
        ):
            found.append(m.span())
    return found
