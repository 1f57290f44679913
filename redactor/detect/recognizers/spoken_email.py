"""EMAIL_ADDRESS dictated in speech: «иван точка петров собака мейл ру», «ivan petrov mail ru».

Speech recognition writes an address as words: no «@», no dots, the domain said in Cyrillic or
Latin letters, numbers in words. A finding is read around an anchor, then grown to the left over
the local part:
- «собака» (or «собачка», «at», «эт», «@») followed by a domain: known mail providers
  («собака gmail», «собачка бк ру») or any words ending in a zone («собака компания точка рф»);
- with no «собака» (Whisper drops it: «ivan petrov mail ru»), a known provider and its zone, after
  a local part that looks like one (Latin letters, a number, a name, «точка» inside) or a cue
  («почта», «ящик», «e-mail») before it; «мейл ру групп» is a company;
- a cue, a local part and «<word> точка <zone>» («почта info компания точка рф»).
The local part is one word with the numbers after it («анна девяносто два»), joined to more such
words by «точка», «подчеркивание», «дефис» («ольга нижнее подчеркивание смирнова»), or a run of
Latin words, or a first name with a surname, or spelled letters before a word («эс петров»).
Words that cannot be in an address stop it: prepositions, verbs, particles, fillers and the cues
themselves («пишите на ящик petrov …»). `spelled` writes a found address the usual way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.detect import morph
from redactor.detect.normalize import normalize
from redactor.detect.normalize.words import FORMS
from redactor.detect.recognizers.base import RuRecognizer, words_before
from redactor.entities import EMAIL_ADDRESS


def _words(spelled: str) -> frozenset[str]:
    return frozenset(spelled.split())


AT = _words("@ собака собачка собаку собачку at эт")
# «на» said where «собака» belongs, before a mail provider and its zone: «петров на бк ру».
AT_WORD = _words("на")
DOT = _words("точка дот dot")
JOINER = DOT | _words(
    "подчеркивание андерскор underscore дефис тире минус черточка hyphen dash слэш слеш slash"
)
# Short domains said as words: «собака я точка ру» (ya.ru); only after «собака».
SHORT_LABEL = _words("я")
# A provider spelled in letters: «собака бэ ка ру» (bk.ru).
SPELLED_PROVIDER = {("бэ", "ка"): "bk"}
# «нижнее подчеркивание», «нижний пробел», «нижнее тире»: an underscore in two words.
LOW = _words("нижнее нижний нижняя нижним")
LOW_JOINER = _words("подчеркивание пробел тире черта черточка")
# Russian letters as Latin ones, for a word said again in Latin (`_latin_again`), and the
# choices of transliteration made one way.
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f h c ch sh sch _ i _ e u a".split(),
        strict=True,
    )
) | {"ъ": "", "ь": ""}
SKELETON = (
    ("shch", "sch"), ("tch", "ch"), ("kh", "h"), ("tz", "c"), ("ts", "c"), ("yo", "e"),
    ("jo", "e"), ("yu", "u"), ("ju", "u"), ("iu", "u"), ("ya", "a"), ("ja", "a"), ("ia", "a"),
    ("ks", "x"), ("ii", "i"), ("y", "i"), ("j", "i"), ("w", "v"), ("ph", "f"),
)  # fmt: skip
MIN_AGAIN = 3  # «buh»: shorter words are letters and «ru»
# What joins the parts of a local part said again without its domain (`_repeats`).
REPEAT_JOINER = DOT | _words("подчеркивание андерскор underscore дефис")
ZONE = _words("ру ru рф rf ком com орг org net су su ua by kz")
WEAK_ZONE = _words("нет")  # «нет» is «no»: a zone only after «точка»
# Mail providers; the weak ones are ordinary words too («лист»), a domain only with their zone.
PROVIDER = _words(
    "мейл мэйл майл маил mail яндекс yandex гмейл гмайл джимейл джимэйл жимейл gmail рамблер"
    " rambler инбокс inbox аутлук outlook айклауд icloud хотмейл hotmail яху yahoo протонмейл"
    " protonmail бокс"  # «ин бокс»: inbox in two words
)
WEAK_PROVIDER = _words("бк bk лист list")
SPLIT_PROVIDER = _words("джи g гугл google хот hot ин")  # «джи мейл»: gmail in two words
# Latin letters as they are spelled out: «эс петров», «пэ точка иванов».
LETTER = _words(
    "эс эм эн эл эф эр пэ тэ дэ вэ бэ гэ кью зэт зет икс игрек джей кей эйч би ви си жэ"
    # English letter names, as an address is spelled: «эм ю ар эй ти», «ай эн эн эй»
    " эй ай оу ар пи ти ди уай зед ю е эль экс джи це эф"
    # Russian letter names, as a Latin word is spelled in Russian: «ка гордеев», «ка гэ о эр»
    " ка"
)
# Inside a spelling only, between two letters: «… е це о вэ эй» (alone «о» is a preposition).
INNER_LETTER = _words("о")
# A word spelled alone, after an address was said: «гусейнова через ю джи ю эс е ай эн оу ви
# эй» spells the address's local part. Five letters or more: «эс эм эс», «ай ти», «ви ай пи»,
# «ю эс би» are words of their own.
MIN_SPELLING = 5
THROUGH = _words("через")  # «крюкова через кей ар ю …»: how a surname is spelled
REPAIR = _words("ой нет")  # «слэш ой не слэш»: a slip taken back
# How the local part is written, said between it and «собака» («петров слитно собака …», «иванов
# маленькими буквами собака …»): a remark about the address, never a word of it.
REMARKS = frozenset(
    tuple(remark.split())
    for remark in (
        "слитно", "вместе", "в одно слово", "одним словом", "одно слово", "без пробелов",
        "без точки", "без точек", "маленькими", "маленькими буквами", "большими буквами",
        "с маленькой", "с маленькой буквы", "с большой", "с большой буквы", "строчными",
        "латиницей", "латинскими", "латинскими буквами", "английскими", "английскими буквами",
        "по-английски", "по английски", "на английском", "цифрами", "цифрами слитно",
    )
)  # fmt: skip
MAX_REMARK = 3
REMARK_ENDS = frozenset(remark[-1] for remark in REMARKS)  # a remark ends with one of these
# How the words of an address are written, for `spelled`.
WRITTEN = {
    **dict.fromkeys(AT, "@"),
    **dict.fromkeys(LOW, ""),
    **dict.fromkeys(DOT, "."),
    **dict.fromkeys("подчеркивание андерскор underscore пробел черта".split(), "_"),
    **dict.fromkeys("дефис тире минус черточка hyphen dash".split(), "-"),
    **dict.fromkeys("слэш слеш slash".split(), "/"),
    **dict.fromkeys("мейл мэйл майл маил".split(), "mail"),
    **dict.fromkeys("гмейл гмайл джимейл джимэйл жимейл".split(), "gmail"),
    "джи": "g", "гугл": "google", "хот": "hot", "ин": "in", "бокс": "box", "яндекс": "yandex", "рамблер": "rambler",
    "инбокс": "inbox", "аутлук": "outlook", "айклауд": "icloud", "хотмейл": "hotmail",
    "яху": "yahoo", "протонмейл": "protonmail", "бк": "bk", "лист": "list", "я": "ya",
    "ру": "ru", "ком": "com", "орг": "org", "нет": "net", "су": "su", "rf": "рф",
}  # fmt: skip
COMPANY = _words("групп груп group")  # «мейл ру групп купила»: the company, not a mailbox
# Words that say an address follows; never part of one. Compared as lemmas.
CUE = _words("почта ящик мейл мэйл майл имейл имэйл емейл емэйл email e-mail mail электронка мыло")
# The parts of speech of an address word, besides a name of any part of speech: nouns («info»,
# «офис») and what pymorphy3 does not know. Not «пишите», «на», «да», «угу», «меня», «моя».
ADDRESS_POS = frozenset({"NOUN", None})
# After a joiner, a word is a label whatever pymorphy3 takes it for, but a word of grammar:
# «гордеев нижнее подчеркивание бух» («бух» is an interjection to pymorphy3), «ivan точка old».
JOINED_POS = frozenset({"INTJ", "ADJF", "ADJS", "ADVB"})
LATIN = re.compile(r"(?=[^a-z]*[a-z])[a-z0-9._+\-]+")  # with a letter: not «257-56-50»
DIGITS = re.compile(r"[0-9]+")
# A word, a written domain («gmail.com», «ivan.petrov»), or «@».
TOKEN = re.compile(r"@|[^\W_]+(?:[._+\-]+[^\W_]+)*")
GAP = re.compile(r"[ \t]*")  # words of one address: spaces between them, nothing else
# Texts with none of these words hold no dictated address.
ANCHOR = re.compile(
    rf"@|(?<!\w)(?:{'|'.join(sorted((AT | DOT | PROVIDER | WEAK_PROVIDER) - {'@'}))})(?!\w)",
    re.IGNORECASE,
)
# pymorphy3's probabilities that two words are name parts, for a first name and a surname run
# together: one sure («вася»), the other possible («пупкин» is unknown, guessed at 0.48).
NAME = 0.5
NAME_BESIDE = 0.3
MAX_NUMBERS = 12  # «тысяча девятьсот девяносто два», or a phone as the whole local part
MAX_LATIN = 3  # Latin words run together in a local part: «ivan petrov»
MAX_LETTERS = 2  # spelled letters before a word: «эс петров»
MAX_SPELLED = 30  # letters of a word spelled out: «эм ю ар эй ти»
MAX_LABELS = 4  # words of a domain: «corp точка компания точка ру»

WITH_AT = 0.85
PROVIDER_ONLY = 0.7
CUE_ONLY = 0.6


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str  # lowercase, «ё» as «е»


class SpokenEmailRecognizer(RuRecognizer):
    ENTITY = EMAIL_ADDRESS
    CONTEXT = ["почта", "e-mail", "email", "емейл", "имейл", "мейл", "ящик", "электронка"]
    EXAMPLES = [
        "почта [иван точка петров собака мейл ру]",
        "запишите [ivan petrov собака gmail ком]",
        "адрес электронной почты [анна девяносто два собака яндекс точка ру]",
        "е мейл [ольга подчеркивание смирнова собака mail ru]",
        "клиент: [ivan petrov mail ru]",
        "пишите на ящик [petrov собачка бк ру]",
        "[info собака компания точка рф]",
        "да [лариса тысяча триста шестьдесят девять собачка мэйл точка ру] все маленькими",
        "так [алла нижнее подчеркивание журавлева собака инбокс ру] записали",
        "почта [игнатьев 87 собака лист ру]",
        "пишите на [krylov85 gmail com]",
        "почта [петрова мейл ру] туда и пришлите",
        "мой мейл [ivan petrov джи мейл ком]",
        "электронка [иван петров собака яндекс]",
        "почта [info компания точка рф]",
        "Почта: [Иван точка Петров собака мейл ру].",
        # spelled a letter a word, as English letters are named
        "так [эм ю ар эй ти точка ай би эр нижнее подчёркивание восемьдесят девять собака джимейл"
        " точка ком]",
        "пишите [ай эн эн эй точка кей эй ар пи оу ви эй собака джимейл точка ком]",
        "почта [eldar721 собака я точка ру]",  # ya.ru
        "пишите на [петров собака бэ ка ру]",  # bk.ru spelled
        # The local part spelled again, after the address: a letter a word.
        "да [эльза точка лукьянова собака мейл точка ру] [эль ю кей уай эй эн оу ви эй]",
        "почта [вэ эс кузнецова собака мейл ру]\nчерез зэ да [кей ю зет эн е це о вэ эй]",
        "почта [иван собака мейл ру], смс придёт, эс эм эс",  # a word, not a spelling
        # A slip taken back: the address said wrong is personal too.
        "почту [тимур ахмедов слэш нет не слэш точка ти ахмедов собака яндекс ру]",
        "[пи точка осипов слэш ой не слэш пи точка осипов собака аутлук точка ком]",
        # Cyrillic letters said as themselves inside a spelling: «и», «ж».
        "[эс эн е ж нижнее подчёркивание ли нижнее подчёркивание девяносто восемь собака мейл ру]",
        "[эс эн и зет эйч нижнее подчёркивание эл ай собака мейл точка ру]",
        "почта [иван слэш петров собака мейл ру]",
        # spelled again in Latin letters, with the joiners and numbers of the address
        "[кравец эдуард собака мейл ру] только кравец латиницей [k r a v e t s]",
        "почта [denis96 собака мейл ру]\nтак [d e n i s нижнее подчёркивание v o r o b y o v"
        " девяносто шесть] так",
        "[кравец эдуард собака мейл ру] только латиницей [kravets точка eduard] с точкой",
        # the whole local part in Latin letters one a word, joiners and numbers between
        # «на» for «собака», before a mail provider and its zone
        "[пэ крюков дефис восемьдесят пять на бк ру]",
        "клиент: пишите [иванов на мейл ру]",
        "почта [петров восемьдесят пять на яндекс точка ру]",
        # a remark on the spelling between the local part and «собака»
        "почта [петров в одно слово собака мейл ру]",
        "пишите на почту [иванов маленькими буквами собака мейл ру]",
        "почта [вэ дьяченко слитно собака яндекс ру]",
        "поняла [t s h u m underscore шестьдесят два собака yandex точка ru] верно",
        "[l e v точка l e v i n восемьдесят четыре собака rambler точка ru]",
        # a Russian letter name, and a word pymorphy3 takes for an interjection after a joiner
        "клиент: [ка гордеев нижнее подчёркивание бух собака лист ру]",
        "почта [две тысячи двадцать цифрами собака гмейл точка ком]",
        # the local part said again without its domain, in a text that holds the address
        "почта [вэ белоусов собака яндекс ру]\nа там через точку [вэ точка белоусов] ну вы видите",
        "[эм точка шалаев дефис дата собака яндекс ру]\nоператор: [эм точка шалаев дефис дата]",
        "[ка гордеев нижнее подчёркивание бух собака лист ру]\nоператор: [ка гордеев подчёркивание бух]",
        "[антон феоктистов собака инбокс ру] только через точку [антон точка феоктистов] и там",
        # read back whole with a comma: not a part said again (`email_echoes.py` reads it)
        "К: [lara_dubinina86@yandex.ru]\nО: [Лара нижнее подчёркивание дубинина восемьдесят шесть,"
        " яндекс точка ру]",
        # the word a spelling spells, before «через»
        "почта [нина крюкова собака мейл ру]\nда [крюкова через кей ар ю кей о вэ эй]",
        "почта [нина крюкова собака мейл ру]\nпишется через [кей ар ю кей о вэ эй]",
        # a word of the address read back in Latin letters
        "почта [ай кочетков собака мейл ру]\nклиент: да [i kochetkov] всё правильно",
        "[ка гордеев нижнее подчёркивание бух собака лист ру]\nнет не [buh] а бэ у ха",
        "почта [юлия собака мейл ру]\nзаписала [iuliia] и [julia] верно",
        "почта [иван собака мейл ру]\nоператор: в поле mail пишите без ru",  # its domain
        "почта [иван собака мейл ру]\nкупил ivanhoe на диске",  # another word
        # … but not what only looks like one: «тире», no name, letter or number
        "почта [иван собака мейл ру]\nедем москва тире питер, сказала и точка, выдачи точка ру",
        "почта [иван собака мейл ру]\nмагазин дефис склад, отдел точка продаж",
    ]
    COUNTER_EXAMPLES = [
        "собака лает во дворе",
        "у меня собака и кот",
        "точка выдачи на ленина",
        "в точке продаж",
        "мейл ру групп купила",
        "акции мейл ру групп выросли",
        "я в мейл ру работаю",
        "на сайте яндекс ру",
        "ру",
        "ком",
        "сказала и точка",
        "почта россии точка ру",
        "ящик на мейл ру",
        "собака лист сжевала",
        "собака я точно знаю",
        "эм ю ар эй ти",  # no address said: letters alone
        "k r a v e t s",
        "сайт yandex точка ru",  # no address said
        "класс a b c собака лает",
        "я зарегистрирован на мейл ру",  # no local part before «на»
        "письмо пришло на яндекс ру",
        "ящик на мейл ру",
        "иванов на яндексе работает",  # no zone after the provider
        "вова на мейл ру групп работает",  # the company
        "антон точка феоктистов",  # no address in the text: not said again
        "бух собака лист ру",  # an interjection with no joiner before it
        "ка собака лает",
        "пишите маленькими буквами собака лает",  # a remark alone is no local part  # letters, then a dog: no domain
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not ANCHOR.search(text):
            return []
        words = _Words(text)
        taken: list[tuple[int, int]] = []
        results = []
        for first, last, score, why in _addresses(words):
            start, end = words[first].start, words[last].end
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                results.append(self.result(start, end, score, why))
        if results:
            said = {words.word(i) for i in range(len(words)) if _inside(words, i, taken)}
            again = [*_spellings(words), *_repeats(words, said), *_latin_again(words, said)]
            for first, last, why in again:
                start, end = words[first].start, words[last].end
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    results.append(self.result(start, end, CUE_ONLY, why))
        return results


class _Words:
    """The words of a text, and which of them stand together: spaces only between them."""

    def __init__(self, text: str):
        self.text = text
        self.words = [
            _Word(m.start(), m.end(), m.group().lower().replace("ё", "е"))
            for m in TOKEN.finditer(text)
        ]

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Word:
        return self.words[i]

    def word(self, i: int) -> str:
        return self.words[i].text if 0 <= i < len(self.words) else ""

    def joined(self, i: int) -> bool:
        """Words i - 1 and i follow each other with nothing but spaces between them."""
        if not 0 < i < len(self.words):
            return False
        return GAP.fullmatch(self.text, self.words[i - 1].end, self.words[i].start) is not None


@dataclass(frozen=True)
class _Local:
    start: int  # its first word
    strong: bool  # looks like an address by itself: Latin, a number, a name, «точка» inside


def _addresses(w: _Words):
    """(first word, last word, score, rule) of each address, the surest rules first."""
    for i in range(len(w)):
        if w.word(i) in AT and w.joined(i) and w.joined(i + 1):
            last, local = _domain(w, i + 1, any_label=True), _local(w, i - 1)
            if last is not None and local is not None:
                yield _slip(w, local.start), last, WITH_AT, "dictated e-mail: «собака» and a domain"
    for i in range(1, len(w) - 1):
        # «крюков дефис восемьдесят пять на бк ру»: «на» said for «собака» before a mail domain
        if w.word(i) in AT_WORD and w.joined(i) and w.joined(i + 1) and _provider(w, i + 1):
            last, local = _domain(w, i + 1, any_label=False), _local(w, i - 1)
            if last is None or (w.joined(last + 1) and w.word(last + 1) in COMPANY):
                continue  # «вова на мейл ру групп работает»: the company
            if local is not None and (local.strong or _cued(w, local.start)):
                yield local.start, last, PROVIDER_ONLY, "dictated e-mail: «на» and a mail domain"
    for i in range(1, len(w)):
        if _provider(w, i) and w.joined(i):
            last = _domain(w, i, any_label=False)
            if last is None or (w.joined(last + 1) and w.word(last + 1) in COMPANY):
                continue
            local = _local(w, i - 1)
            if local is not None and (local.strong or _cued(w, local.start)):
                yield local.start, last, PROVIDER_ONLY, "dictated e-mail: a mail domain at the end"
    for i in range(2, len(w) - 1):
        # «почта info компания точка рф»: «<word> точка <zone>» after a cue.
        if w.word(i) in DOT and w.joined(i) and w.joined(i + 1) and _zone(w.word(i + 1), True):
            local = _local(w, i - 2) if _label(w.word(i - 1)) and w.joined(i - 1) else None
            if local is not None and local.strong and _cued(w, local.start):
                yield local.start, i + 1, CUE_ONLY, "dictated e-mail: a cue and a domain"


def _spellings(w: _Words):
    """(first word, last word, rule) of each run of `MIN_SPELLING` or more letters spelled a
    word each («кей ю зет эн е», «k r a v e t s»), spaces only between them, with the joiners
    and numbers of an address between and after them («d e n i s нижнее подчёркивание v o r o
    b y o v девяносто шесть»)."""
    i = 0
    while i < len(w):
        first = w.word(i)
        # «kravets точка eduard»: a Latin word opens a local part said again with its joiner
        latin_start = _latin_word(first) and w.joined(i + 1) and w.word(i + 1) in JOINER | LOW
        if not (_letter(first) or latin_start):
            i += 1
            continue
        j = k = i
        letters = 1 if _letter(first) else len(first)
        while w.joined(k + 1):
            word, after = w.word(k + 1), w.word(k + 2)
            if _letter(word) or (word in INNER_LETTER and _letter(after)):
                k += 1
                letters += 1
            elif _latin_word(word) and w.word(k) in JOINER | LOW_JOINER:
                k += 1
                letters += len(word)
            elif _number(word) and letters >= MIN_SPELLING:
                k += 1
            elif word in JOINER and w.joined(k + 2) and _goes_on(after):
                k += 1
                continue
            elif (
                word in LOW and after in LOW_JOINER and w.joined(k + 3) and _goes_on(w.word(k + 3))
            ):
                k += 2
                continue
            else:
                break
            j = k
        if letters >= MIN_SPELLING:
            yield _spelled_word(w, i), j, "dictated e-mail: its local part spelled a letter a word"
        i = j + 1


def _inside(w: _Words, i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= w[i].start and w[i].end <= e for s, e in spans)


def _repeats(w: _Words, said: set[str]):
    """(first word, last word, rule) of each local part said again without its domain, as an
    operator reads it back or a client corrects it: «антон точка феоктистов», «эм точка шалаев
    дефис дата», «ди ар нижнее подчёркивание давид». Its parts are joined by «точка»,
    «подчёркивание» or «дефис» (never by «тире» or «слэш»: «москва тире питер»), and each is a
    letter, a number, a Latin word, a first name or surname, or a word of an address already
    found in the text («… подчёркивание бух»)."""
    # A run holds a joiner: none ends before the first one (a long call read word by word).
    first = next((i for i in range(len(w)) if w.word(i) in REPEAT_JOINER), len(w))
    for k in range(first, len(w)):
        after = w.word(k + 1)
        if w.joined(k + 1) and (after in JOINER or after in LOW or _number(after)):
            continue  # not the end of a run
        if _provider(w, k + 1) or w.word(k + 1) in AT | DOT:
            continue  # the whole address, with a comma in it: `email_echoes.py` reads it
        local = _local(w, k)
        if local is None:
            continue
        run = [w.word(i) for i in range(local.start, k + 1)]
        joiners = [x for x in run if x in REPEAT_JOINER]
        parts = [x for x in run if x not in REPEAT_JOINER and x not in LOW]
        if any(x in JOINER - REPEAT_JOINER for x in run):
            continue  # «тире», «слэш» inside
        if joiners and all(_repeated(x, said) for x in parts):
            yield local.start, k, "dictated e-mail: its local part said again"


def _latin_again(w: _Words, said: set[str]):
    """(first word, last word, rule) of a word of a found address said again in Latin letters,
    as the operator reads back what was typed: «ай кочетков собака мейл ру» ⏎ «да i kochetkov».
    The Latin word must spell the Russian one (`_skeleton`), with the Latin words and letters
    run together before it."""
    russian = {x for x in said if len(x) >= MIN_AGAIN and not LATIN.fullmatch(x)}
    skeletons = {_skeleton(_translit(x)) for x in russian}
    skeletons -= {_skeleton(x) for x in PROVIDER | WEAK_PROVIDER | ZONE}
    for k in range(len(w)):
        word = w.word(k)
        if len(word) >= MIN_AGAIN and _latin_word(word) and _skeleton(word) in skeletons:
            first = k
            while (
                first > 0
                and w.joined(first)
                and _latin_word(w.word(first - 1))
                | (len(w.word(first - 1)) == 1 and "a" <= w.word(first - 1) <= "z")
            ):
                first -= 1
            yield first, k, "dictated e-mail: a word of it said again in Latin letters"


def _translit(word: str) -> str:
    return "".join(TRANSLIT.get(c, c) for c in word)


def _skeleton(latin: str) -> str:
    """A Latin spelling with the choices of transliteration made one way: «kochetkov»,
    «kotchetkov»; «yulia», «julia», «iuliia»."""
    before = None
    while before != latin:  # until nothing changes: «iuliia» → «uliia» → «ulia» → «ula»
        before = latin
        for a, b in SKELETON:
            latin = latin.replace(a, b)
    return latin


def _repeated(word: str, said: set[str]) -> bool:
    return (
        word in said
        or _letter(word)
        or _number(word)
        or LATIN.fullmatch(word) is not None
        or _name(word) >= NAME
    )


def _spelled_word(w: _Words, i: int) -> int:
    """Where a spelling that starts at word i starts with the word it spells: «крюкова через
    кей ар ю кей о вэ эй» (a surname, «через», the letters)."""
    if (
        w.word(i - 1) in THROUGH
        and w.joined(i)
        and w.joined(i - 1)
        and _name(w.word(i - 2)) >= NAME
    ):
        return i - 2
    return i


def _letter(word: str) -> bool:
    """A letter spelled as a word: «эс», «кей», or a Latin letter written alone («k»)."""
    return word in LETTER or (len(word) == 1 and "a" <= word <= "z")


def _latin_word(word: str) -> bool:
    return len(word) > 1 and LATIN.fullmatch(word) is not None and not DIGITS.fullmatch(word)


def _goes_on(word: str) -> bool:
    """What may follow a joiner in a spelled local part: a letter, a number, a Latin word."""
    return _letter(word) or _number(word) or LATIN.fullmatch(word) is not None


def _slip(w: _Words, start: int) -> int:
    """Where a local part that starts at word `start` starts with the slip a speaker corrected
    before it: «тимур ахмедов слэш нет не слэш точка ти ахмедов …», «пи точка осипов слэш ой не
    слэш пи точка осипов …» (a joiner, «ой»/«нет», «не», the joiner again). The slip is the
    address said wrong: personal all the same."""
    k = start - 1
    if w.word(k) in JOINER and w.word(k - 1) in JOINER:
        k -= 1  # «не слэш точка»: the right joiner after the wrong one
    if not (w.word(k) in JOINER and w.word(k - 1) == "не"):
        return start
    k -= 2
    while w.word(k) in REPAIR:
        k -= 1
    if not (w.word(k) in JOINER and w.joined(k) and all(w.joined(x) for x in range(k + 1, start))):
        return start
    local = _local(w, k - 1)
    return local.start if local is not None else start


def _domain(w: _Words, i: int, any_label: bool) -> int | None:
    """The last word of a domain that starts at word i, or None. `any_label`: after «собака»,
    where any word may name the domain («компания точка рф»); elsewhere only a provider."""
    labels, after_dot, provider = 0, False, None
    while i < len(w) and labels < MAX_LABELS:
        word = w.word(i)
        if labels and _zone(word, after_dot):
            if w.word(i + 1) in DOT and w.joined(i + 1) and w.joined(i + 2):
                if _zone(w.word(i + 2), True):  # «ком точка ру»
                    return i + 2
            return i
        if "." in word:  # written: «gmail.com», «компания.рф»
            first, *_, zone = word.split(".")
            ok = _zone(zone, True) and (any_label or _is_provider(first))
            return i if ok else provider
        if word in SPLIT_PROVIDER and w.joined(i + 1) and w.word(i + 1) in PROVIDER:
            i += 1  # «джи мейл»
            word = w.word(i)
        if (word, w.word(i + 1)) in SPELLED_PROVIDER and w.joined(i + 1):
            i += 1  # «бэ ка»
            word = SPELLED_PROVIDER[w.word(i - 1), w.word(i)]
        if any_label and word in SHORT_LABEL and w.word(i + 1) in DOT:
            word = "ya"  # «собака я точка ру»
        if not (_is_provider(word) or (any_label and _label(word))):
            break
        if labels == 0 and word in PROVIDER:
            provider = i
        labels += 1
        after_dot = w.word(i + 1) in DOT and w.joined(i + 1) and w.joined(i + 2)
        if after_dot:
            i += 2
        elif w.joined(i + 1):
            i += 1
        else:
            break
    return provider if any_label else None


def _provider(w: _Words, i: int) -> bool:
    """Word i starts a provider's name: «мейл», «бк», «джи мейл», «gmail.com»."""
    word = w.word(i)
    if word in SPLIT_PROVIDER:
        return w.joined(i + 1) and w.word(i + 1) in PROVIDER
    return _is_provider(word.split(".")[0])


def _local(w: _Words, j: int) -> _Local | None:
    """The local part that ends at word j: segments joined by «точка», «подчеркивание»…, a run
    of Latin words, or a first name and a surname; a remark on its spelling after it is
    skipped («петров в одно слово собака …»)."""
    remark = _remark(w, j)
    start = _segment(w, j - remark) if not remark or w.joined(j - remark + 1) else None
    if start is None:
        return None
    strong = bool(remark) or _strong(w, start, j - remark)
    latin = 1 if LATIN.fullmatch(w.word(start)) else 0
    named, letters = False, 0
    while w.joined(start):
        before = w.word(start - 1)
        joiner = start - 1
        if before in LOW_JOINER and w.word(start - 2) in LOW and w.joined(start - 1):
            joiner = start - 2  # «нижнее подчеркивание»
        if before in JOINER or joiner < start - 1:
            segment = _segment(w, joiner - 1) if w.joined(joiner) else None
            if segment is None:
                break
            start, strong = segment, True
        elif latin and latin < MAX_LATIN and LATIN.fullmatch(before) and _local_word(before):
            start, latin = start - 1, latin + 1  # «ivan petrov»
        elif not named and _names(w.word(start), before) and _local_word(before):
            start, named = start - 1, True  # «иван петров»
        elif before in LETTER and letters < MAX_LETTERS:
            start, letters, strong = start - 1, letters + 1, True  # «эс петров»
        else:
            break
    return _Local(start, strong)


def _remark(w: _Words, j: int) -> int:
    """How many words of a remark on the address's spelling end at word j (0: none)."""
    if w.word(j) not in REMARK_ENDS:
        return 0  # the usual case, without building a tuple for each length
    for n in range(MAX_REMARK, 0, -1):
        if j - n >= 0 and all(w.joined(k) for k in range(j - n + 2, j + 1)):
            if tuple(w.word(k) for k in range(j - n + 1, j + 1)) in REMARKS:
                return n
    return 0


def _segment(w: _Words, j: int) -> int | None:
    """The first word of a word with the numbers after it, ending at word j: «анна девяносто
    два», «игнатьев 87», «petrov», «девяносто два»."""
    i, numbers = j, 0
    while i >= 0 and numbers < MAX_NUMBERS and _number(w.word(i)) and (i == j or w.joined(i + 1)):
        i, numbers = i - 1, numbers + 1
    if (
        i >= 0
        and (i == j or w.joined(i + 1))
        and (_local_word(w.word(i)) or _spelled(w, i) or _after_joiner(w, i))
    ):
        # a word spelled a letter a word: «эм ю ар эй ти» is «murat»
        letters = 0
        while _spelled(w, i) and _spelled(w, i - 1) and w.joined(i):
            if (letters := letters + 1) > MAX_SPELLED:
                break
            i -= 1
        return i
    return i + 1 if numbers else None


def _after_joiner(w: _Words, i: int) -> bool:
    """Word i follows a joiner and is no word of grammar: «… нижнее подчеркивание бух»."""
    word = w.word(i)
    if not w.joined(i) or w.word(i - 1) not in JOINER | LOW_JOINER or LATIN.fullmatch(word):
        return False
    return word not in ZONE and morph.word_info(word).pos in JOINED_POS


def _spelled(w: _Words, i: int) -> bool:
    """Word i is a letter spelled: a letter's name, a Latin letter alone («t s h u m»), or a
    letter alone beside one («эс эн е ж», «эс эн и зет эйч»: «и», «ж» said as themselves)."""
    word = w.word(i)
    if word in LETTER or (len(word) == 1 and "a" <= word <= "z"):
        return True  # «l e v i n»: Latin letters written one a word
    return (
        len(word) == 1
        and word.isalpha()
        and i > 0
        and (w.word(i - 1) in LETTER or w.word(i + 1) in LETTER)
    )


def _strong(w: _Words, start: int, end: int) -> bool:
    words = [w.word(i) for i in range(start, end + 1)]
    return any(LATIN.fullmatch(x) or _number(x) for x in words) or _name(words[0]) >= NAME


def _cued(w: _Words, start: int) -> bool:
    before = words_before(w.text, w[start].start)
    return any(word.lower() in CUE or morph.lemma(word) in CUE for word in before)


def _zone(word: str, after_dot: bool) -> bool:
    return word in ZONE or (after_dot and word in WEAK_ZONE)


def _is_provider(word: str) -> bool:
    return word in PROVIDER or word in WEAK_PROVIDER


def _number(word: str) -> bool:
    return word in FORMS or DIGITS.fullmatch(word) is not None


def _name(word: str) -> float:
    return 0.0 if LATIN.fullmatch(word) else morph.word_info(word).name_score


def _names(word: str, before: str) -> bool:
    low, high = sorted((_name(word), _name(before)))
    return high >= NAME and low >= NAME_BESIDE


def _label(word: str) -> bool:
    """A word that may name a domain after «собака»: «компания», «firma», «2gis»."""
    if word in AT or word in JOINER or word in CUE or word in ZONE:
        return False
    if LATIN.fullmatch(word):
        return True
    info = morph.word_info(word)
    return info.pos in ADDRESS_POS or info.name_score > 0


def _local_word(word: str) -> bool:
    """A word that may be (part of) a local part: a name, a Latin word, «info», «офис»."""
    if word in ZONE or word in LOW or morph.lemma(word) in CUE:
        return False
    if word in LETTER:
        return True
    return _label(word)


def spelled(value: str) -> str:
    """An address as it is written, however it was said: «иван точка петров собака мейл ру»,
    «иван точка петров собака mail точка ru» and «иван.петров@mail.ru» are all
    «иван.петров@mail.ru». For placeholders that follow the address, not the words."""
    w = _Words(normalize(value).text)
    words = [WRITTEN.get(word, word) for word in (w.word(i) for i in range(len(w)))]
    domain = _domain_start(w)
    local = "".join(words[:domain]).removesuffix("@")
    labels = [""]
    for i, word in enumerate(words[domain:], start=domain):
        if word == ".":
            labels.append("")
        elif labels[-1] and (_zone(w.word(i), True) or w.word(i - 1) not in SPLIT_PROVIDER):
            labels.append(word)  # «mail ru», «компания рф»: a new label; «джи мейл» is one
        else:
            labels[-1] += word
    return f"{local}@{'.'.join(label for label in labels if label)}"


def _domain_start(w: _Words) -> int:
    """The first word of the domain in an address found by `_addresses`."""
    at = next((i for i in range(len(w)) if w.word(i) in AT), None)
    if at is not None:
        return at + 1
    provider = next((i for i in range(1, len(w)) if _provider(w, i)), None)
    return provider if provider is not None else max(len(w) - 3, 0)  # «<word> точка <zone>»
