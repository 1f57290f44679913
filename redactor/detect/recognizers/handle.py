"""HANDLE: messenger and social network accounts — «@ivan_petrov», «t.me/ivan_petrov»,
«vk.com/id12345», «ok.ru/profile/…», «skype: ivan.petrov», «ник в телеге ivan_petrov».

Four rules:
- a link into a social network or messenger (`SITES`) whose path names an account, not one of the
  site's own pages («vk.com/feed», «instagram.com/p/…» stay). The whole link is the HANDLE, from
  its scheme to its end: a profile link is a HANDLE, never a URL (`url.py` leaves these hosts to
  us, so that one span has one entity);
- «@name»: not glued to a word before (that is an e-mail: «ivan@mail.ru»), not a domain
  («@mail.ru»), not «@» alone as «at»;
- a bare Latin name after a nickname word («ник», «логин», «юзернейм»), or after an account word
  («аккаунт», «профиль») or a messenger's name («в телеге», «skype:») when it looks like a handle
  («_», «.» or a digit in it) or follows the messenger's name right away («скайп ivanpetrov»).
  A nearer word that names something else («пароль», «почта», «заказ») stops the search;
- a name dictated in words: «собака иван подчеркивание петров», «ник в телеге маша точка
  петрова» (joined by «подчеркивание» or «точка», after «собака» or a cue word).
Companies' public accounts stay readable when they are well known (`BRAND_ACCOUNTS`: «@sberbank»,
«t.me/tbank»), named or called official («mts_official», «наш официальный канал …»); any other
company's account is masked: we cannot tell it from a person's, and a masked brand costs less
than a leaked nickname.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import tldextract

from redactor.detect import morph
from redactor.detect.normalize.words import FORMS
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer, words_before
from redactor.detect.recognizers.spoken_email import PROVIDER, WEAK_PROVIDER, ZONE
from redactor.entities import HANDLE

PROFILE_LINK = 0.85
AT_NAME = 0.75
AFTER_ACCOUNT_WORD = 0.7
SPOKEN = 0.7


@dataclass(frozen=True)
class Site:
    """What the first segments of a site's links mean."""

    own: frozenset[str] = frozenset()  # the site's own pages: «vk.com/feed», «t.me/share»
    before_account: frozenset[str] = frozenset()  # «ok.ru/profile/<account>», «linkedin.com/in/…»
    only_marked: bool = False  # accounts only after `before_account` or as «@name»: «youtube.com»
    # A query key that holds the account: «facebook.com/profile.php?id=…», «wa.me/?phone=»
    account_keys: frozenset[str] = field(default_factory=lambda: frozenset({"id", "phone"}))


def _words(spelled: str) -> frozenset[str]:
    return frozenset(spelled.split())


# Pages every site has; an account is never called so.
COMMON_PAGES = _words(
    "about help support login logout signup signin register settings search explore legal terms"
    " privacy policy policies blog jobs careers press ads business developers dev apps app home"
    " feed"
)
VK = Site(
    own=COMMON_PAGES
    | _words(
        "im friends groups search music audio video videos photos docs market services games"
        " bookmarks fave notifications restore bugs biz mobile clips stickers pay vkpay"
        " away.php"
    )
)
TELEGRAM = Site(
    own=COMMON_PAGES | _words("share addstickers addemoji addtheme proxy socks iv setlanguage"),
    before_account=_words("s"),
)
SITES: dict[str, Site] = {
    "vk.com": VK,
    "vk.ru": VK,
    "vkontakte.ru": VK,
    "t.me": TELEGRAM,
    "telegram.me": TELEGRAM,
    "telegram.dog": TELEGRAM,
    "wa.me": Site(),
    "instagram.com": Site(
        own=COMMON_PAGES | _words("p reel reels tv explore accounts direct web"),
        before_account=_words("stories"),
    ),
    "instagr.am": Site(own=_words("p reel")),
    "ok.ru": Site(
        own=COMMON_PAGES | _words("group groups music video games messages dk"),
        before_account=_words("profile"),
    ),
    "odnoklassniki.ru": Site(before_account=_words("profile")),
    "facebook.com": Site(
        own=COMMON_PAGES | _words("groups pages watch events marketplace gaming share sharer"),
        before_account=_words("people profile.php"),
    ),
    "fb.com": Site(own=COMMON_PAGES),
    "twitter.com": Site(own=COMMON_PAGES | _words("i intent hashtag tos share")),
    "x.com": Site(own=COMMON_PAGES | _words("i intent hashtag tos share")),
    "tiktok.com": Site(own=COMMON_PAGES | _words("tag music discover foryou")),
    "youtube.com": Site(before_account=_words("c channel user"), only_marked=True),
    "linkedin.com": Site(before_account=_words("in"), only_marked=True),
    "github.com": Site(own=COMMON_PAGES | _words("features pricing topics marketplace orgs")),
    "my.mail.ru": Site(before_account=_words("mail bk list inbox"), only_marked=True),
    "threads.net": Site(own=COMMON_PAGES),
    "twitch.tv": Site(own=COMMON_PAGES | _words("directory videos")),
    "tenchat.ru": Site(own=COMMON_PAGES),
    "snapchat.com": Site(before_account=_words("add"), only_marked=True),
    "skype.com": Site(only_marked=True),
    # portfolios and blogs: a path names its author («behance.net/aigerimseitkali»)
    "behance.net": Site(own=COMMON_PAGES | _words("gallery galleries search assets")),
    "dribbble.com": Site(own=COMMON_PAGES | _words("shots designers")),
    "pinterest.com": Site(own=COMMON_PAGES | _words("pin ideas today")),
    "ru.pinterest.com": Site(own=COMMON_PAGES | _words("pin ideas today")),
    "livejournal.com": Site(before_account=_words("users"), only_marked=True),
    "dzen.ru": Site(own=COMMON_PAGES | _words("a b video news articles")),
}
SITE_HOSTS = "|".join(re.escape(h) for h in sorted(SITES, key=len, reverse=True))
PROFILE = re.compile(
    rf"""(?<![\w@.\-/])
        (?:https?://)?(?:(?:www|m|mobile|new)\.)?
        (?P<host>{SITE_HOSTS})
        (?P<path>/[^\s<>"'«»]*)""",
    re.IGNORECASE | re.VERBOSE,
)
TRAILING = ".,;:!?…)"  # sentence punctuation after a link, not part of it

NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,31}"
AT = re.compile(rf"(?<![\w@.+\-/])@(?P<name>{NAME})(?![\w@])")
# A bare name stands alone: after a space, a bracket, a quote or «skype:»; not in a link's
# query («?login=…»), path or e-mail.
BARE = re.compile(rf"""(?<![^\s(«"':,;]){NAME}(?:\#\d{{4}})?(?![\w@#]|\.\w|://)""")  # «ivan#1234»
HANDLE_LIKE = re.compile(r"[_.\d]")  # «ivan_petrov», «ivan.petrov», «petrov85»
FILE_NAME = re.compile(
    r"\.(?:txt|pdf|docx?|xlsx?|csv|json|jsonl|xml|html?|jpe?g|png|gif|heic|mp[34]|wav|ogg|zip|rar"
    r"|7z|exe|apk|py|js|srt|vtt|log|ini|cfg|yml|yaml)$",
    re.IGNORECASE,
)

# Words that say a nickname follows (`words_before`: whole words, any case): «ник ivanpetrov».
NICK_WORD = re.compile(
    r"ник\w{0,2}|никнейм\w*|nick\w*|логин\w*|login|юзернейм\w*|username", re.IGNORECASE
)
# Words that say an account follows, which may be a company's: «аккаунт Google».
ACCOUNT_WORD = re.compile(r"аккаунт\w*|акк|профил\w*|учетк\w*|учётк\w*|юзер\w*|user", re.IGNORECASE)
# Whole words only: «инструкция», «стимул», «телевизор» and an «ok» are no messenger.
MESSENGER = re.compile(
    r"телеграм\w*|телеграмм\w*|телег[аеуи]?|тг|tg|telegram|скайп\w*|skype|инстаграм\w*|инст[аеуы]?"
    r"|insta\w*|вк|vk|вконтакте|контакт\w*|дискорд\w*|discord|твиттер\w*|twitter|тикток\w*"
    r"|tiktok|гитхаб\w*|github|снэпчат\w*|snapchat|твич\w*|twitch|стим[аеу]?|steam|фейсбук\w*"
    r"|facebook|одноклассник\w*|линкедин\w*|linkedin|тенчат\w*|tenchat|icq|аськ\w*",
    re.IGNORECASE,
)
# Words nearer than the account word that say the name is something else.
OTHER_WORD = re.compile(
    r"парол\w*|password|pass|код\w*|pin|пин\w*|cvv|cvc|почт\w*|e|mail|email|мейл\w*|имейл\w*"
    r"|телефон\w*|номер\w*|сайт\w*|ссылк\w*|приложени\w*|версия|версии",
    re.IGNORECASE,
)
# Latin words that follow a messenger's name and are no account: «в телеге Premium».
NOT_NAME = _words(
    "telegram skype whatsapp viber instagram vk ok tiktok discord github twitter facebook youtube"
    " premium bot bots chat channel group online web app desktop android iphone ios pro plus"
    " business stories reels id login email mail nick username user account link google apple"
    " yandex sber sberbank tinkoff microsoft windows epic"
)

# Companies' public accounts, kept readable: the dialogue's meaning needs them, and no person's
# account is named so. Other brands' accounts are masked (over-redaction, not a leak).
BRAND_ACCOUNTS = _words(
    "sberbank sber sberbank_online tbank tinkoff tinkoffbank alfabank alfa_bank vtb vtbbank"
    " gazprombank raiffeisenbank sovcombank pochtabank otkritie mts beeline megafon tele2 yota"
    " rostelecom gosuslugi mosru mos_ru yandex ozon ozonru wildberries avito rzd aeroflot"
    " russianpost pochtarossii magnit pyaterochka vkusvill lamoda mvideo eldorado citilink"
)
OFFICIAL_WORD = re.compile(r"официальн\w*|official", re.IGNORECASE)

# Dictated in speech: «собака иван нижнее подчеркивание петров».
SPOKEN_ANCHOR = re.compile(
    r"собак|собачк|подч[её]ркивани|андерскор|underscore|точка", re.IGNORECASE
)
SPOKEN_WORD = re.compile(r"[^\W_]+")
SPOKEN_AT = _words("собака собачка собаку собачку")
SPOKEN_JOINER = _words("подчеркивание андерскор underscore точка")
SPOKEN_LOW = _words("нижнее нижний нижняя")
LATIN_WORD = re.compile(r"[a-z][a-z0-9]*")
NAME_POS = frozenset({"NOUN", None})  # «info», «маша»; not «пишите», «на», «да»
MAX_PARTS = 4
MAX_NUMBERS = 4  # «тысяча девятьсот девяносто пять»


class HandleRecognizer(RuRecognizer):
    ENTITY = HANDLE
    CONTEXT = [
        "ник",
        "никнейм",
        "логин",
        "аккаунт",
        "телеграм",
        "телега",
        "скайп",
        "инстаграм",
        "вк",
    ]
    EXAMPLES = [
        "Пишите мне в телеграм [@ivan_petrov], отвечу быстрее.",
        "Мой ник в телеге [ivan_petrov], добавляйтесь.",
        "Вот профиль: [https://vk.com/id12345678].",
        "Страница сына [vk.com/ivan.petrov], он там пишет.",
        "Канал [t.me/ivan_petrov] мой личный.",
        "Инста [instagram.com/ivan], там фото.",
        "Одноклассники: [https://ok.ru/profile/571234567890]",
        "мой behance, если нужно: [behance.net/aigerimseitkali]",
        "skype: [ivan.petrov]",
        "Скайп [ivan.petrov85], звоните после 18:00.",
        "Мой логин [petrov_i] в личном кабинете.",
        "Профиль на форуме [ivan_petrov_85], там переписка.",
        "Ник в игре [@ivan] не светите.",
        "Напишите в WhatsApp: [https://wa.me/79123456789]",
        "Дочь в тиктоке [https://www.tiktok.com/@masha.petrova], удалите видео.",
        "Канал на ютубе [youtube.com/@ivanpetrov], там всё есть.",
        "Вот моя страница [https://m.vk.com/id12345?from=profile]!",
        "Мошенник писал с [@support_sber_help], заблокируйте.",
        "клиент ник в телеге [ivan_petrov] пишите",
        "мой телеграм [petrov85] пишите туда",
        # Dictated in words.
        "[собака иван подчеркивание петров] это мой телеграм",
        "мой ник в телеге [иван подчеркивание петров]",
        "инстаграм [собака маша точка петрова девяносто пять]",
        "пишите в телегу [собака ivan нижнее подчеркивание petrov восемьдесят пять]",
        "клиент: мой ник [собака ева лис два ноль ноль два]",
    ]
    COUNTER_EXAMPLES = [
        "Пишите на ivan.petrov@mail.ru, отвечу вечером.",
        "Почта ivan_petrov@yandex.ru, логин от госуслуг тот же.",
        "Встретимся @ 5 вечера у входа.",
        "Новости в ленте vk.com/feed, ничего личного.",
        "Поделиться: https://t.me/share/url?url=https://bank.ru/tarify",
        "Видео https://www.youtube.com/watch?v=dQw4w9WgXcQ смотрели?",
        "Пост https://www.instagram.com/p/Cx1AbCdEf/ удалили.",
        "Подборка на https://www.behance.net/gallery/123456/Logo-design, без автора.",
        "У меня в телеге Premium, уведомления приходят.",
        "Скачайте приложение в App Store.",
        "Войдите через аккаунт Google, профиль Apple не подойдёт.",
        "Введите логин Google-аккаунта.",
        "Наш официальный канал https://t.me/mybank_news, подписывайтесь.",
        "Условия тут vk.com/sberbank, там же отзывы.",
        "Ответ от @tbank пришёл быстро.",
        "Тариф ok, подключайте.",
        "Заказ № AB12345 в пути, трек в приложении.",
        "в телеграме пароль qwerty123 не пишите",
        "Писала в поддержку, мне ответил бот.",
        "Адрес сайта sberbank.ru, раздел помощь.",
        "Подпишитесь на наш телеграм-канал, ссылка на сайте.",
        "собака лает во дворе",
        "ник не помню собака лает",
        "у меня собака и кот",
        "точка выдачи на ленина",
        "почта иван точка петров собака мейл ру",
        "сказала и точка больше не звоните",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        links = []
        for m in PROFILE.finditer(text):
            end = link_end(text, m.start(), m.end())
            links.append((m.start(), end))  # no @name or bare name inside, either way
            account = _account(SITES[m.group("host").lower()], text[m.start("path") : end])
            if account and not _public(text, m.start(), account):
                results.append(self.result(m.start(), end, PROFILE_LINK, "a profile link"))
        if "@" in text:
            for m in AT.finditer(text):
                name = m.group("name")
                if (
                    _inside(m.start(), links)
                    or not _name_like(name)
                    or _public(text, m.start(), name)
                ):
                    continue
                results.append(self.result(m.start(), m.end(), AT_NAME, "@name"))
        for m in BARE.finditer(text):
            name = m.group()
            if _inside(m.start(), links) or not _name_like(name) or name.lower() in NOT_NAME:
                continue
            why = _after_account_word(text, m.start(), bool(HANDLE_LIKE.search(name)))
            if why and not _public(text, m.start(), name):
                results.append(self.result(m.start(), m.end(), AFTER_ACCOUNT_WORD, why))
        for start, end, why in _spoken(text):
            results.append(self.result(start, end, SPOKEN, why))
        return results


def _account(site: Site, path: str) -> str | None:
    """The account a link's path (with its query) points at; None for a site's own page."""
    path, _, query = path.partition("?")
    path = path.partition("#")[0]
    segments = [s for s in path.split("/") if s]
    pairs = dict(pair.partition("=")[::2] for pair in query.split("&") if "=" in pair)
    ids = [value for key, value in pairs.items() if key.lower() in site.account_keys and value]
    if not segments:
        return ids[0] if ids else None  # «wa.me/?phone=…»
    first = segments[0]
    if first.startswith("@") and len(first) > 1 or first.startswith("+"):  # «+…»: an invite
        return first
    if first.lower() in site.before_account:
        return segments[1] if len(segments) > 1 else ids[0] if ids else None
    return None if site.only_marked or first.lower() in site.own else first


def _public(text: str, start: int, account: str) -> bool:
    """A company's public account: a well-known one («t.me/tbank», «@sberbank»), one named
    official («mts_official»), or one the words before call official («официальный канал»)."""
    name = account.lower().lstrip("@")
    if name in BRAND_ACCOUNTS or name.endswith("official"):
        return True
    return any(OFFICIAL_WORD.fullmatch(word) for word in words_before(text, start))


def link_end(text: str, start: int, end: int) -> int:
    """The end of a link without the punctuation of the sentence around it."""
    while end > start and text[end - 1] in TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # «wiki/Foo_(bar)»: its own bracket
        end -= 1
    return end


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `at` lies in one of `spans`, sorted and apart."""
    i = bisect_right(spans, (at, float("inf"))) - 1  # the last that starts at or before it
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _name_like(name: str) -> bool:
    """A name of three or more characters with a letter, not a domain («mail.ru») nor a file
    («call.txt»)."""
    if len(name) < 3 or not any(c.isalpha() for c in name):
        return False
    return not ("." in name and (public_suffix(name) or FILE_NAME.search(name)))


@cache
def _extractor() -> tldextract.TLDExtract:
    # The bundled suffix list only: nothing may reach the network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def public_suffix(name: str) -> str:
    """The public suffix a domain ends with («ru», «com.ru»), or "" when it has none."""
    return _extractor()(name).suffix


def _after_account_word(text: str, start: int, handle_like: bool) -> str | None:
    """The rule that makes a bare name an account, if one does: the nearest cue among the words
    before it is a nickname word, or an account word or a messenger's name for a name that looks
    like a handle (`handle_like`) or stands right after a messenger's name."""
    words = words_before(text, start)
    for distance, word in enumerate(reversed(words)):
        if OTHER_WORD.fullmatch(word) or DOCUMENT_WORD.fullmatch(word):
            return None
        if NICK_WORD.fullmatch(word):
            return "a name after a nickname word"
        if ACCOUNT_WORD.fullmatch(word) and handle_like:
            return "a handle after an account word"
        if MESSENGER.fullmatch(word) and (handle_like or distance == 0):
            return "a name after a messenger's name"
    return None


def _spoken(text: str):
    """(start, end, rule) of the names dictated in words: «собака иван подчеркивание петров»,
    «ник в телеге маша точка петрова девяносто пять»."""
    if not SPOKEN_ANCHOR.search(text):
        return
    words = [
        (m.start(), m.end(), m.group().lower().replace("ё", "е"))
        for m in SPOKEN_WORD.finditer(text)
    ]
    # A dictated name follows «собака» or holds a joiner: start only near those words.
    starts = set()
    for j, (*_, word) in enumerate(words):
        if word in SPOKEN_AT:
            starts.add(j)
        elif word in SPOKEN_JOINER:
            starts.update(range(max(j - 2 - MAX_NUMBERS, 0), j))
    covered = 0
    for i in sorted(starts):
        if words[i][0] < covered:
            continue
        at = words[i][2] in SPOKEN_AT and _joined(text, words, i + 1)
        first = i + 1 if at else i
        cue = _after_account_word(text, words[i][0], handle_like=True)
        # «мой ник собака ева лис два ноль ноль два»: after «собака» and a cue, two words run
        # together are one name
        last, joins = _chain(text, words, first, together=bool(at and cue))
        if last is None or not (joins or at) or _mail_domain(words, first, last):
            continue
        if joins and (at or cue) or at and cue:
            rule = "a name dictated after «собака»" if at else "a name dictated after a cue"
            yield words[i][0], words[last][1], rule
            covered = words[last][1]


def _mail_domain(words: list, first: int, last: int) -> bool:
    """«собака яндекс точка ру»: the domain of an e-mail (`spoken_email.py`), no account."""
    said = {_word(words, k) for k in range(first, last + 1)}
    return bool(said & (PROVIDER | WEAK_PROVIDER)) or _word(words, last) in ZONE


def _chain(text: str, words: list, i: int, together: bool = False) -> tuple[int | None, int]:
    """(last word, joins) of a name dictated from word i: parts joined by «подчеркивание» or
    «точка», or Latin words in a row; each part a word and the number words after it.
    `together`: a second word may follow the first with nothing between («ева лис»)."""
    if not _part(words, i):
        return None, 0
    if together and _part(words, i + 1) and _joined(text, words, i + 1):
        i += 1
    last, joins = _numbers_after(text, words, i), 0
    while joins < MAX_PARTS:
        j = last + 1
        if _word(words, j) in SPOKEN_LOW and _word(words, j + 1) in SPOKEN_JOINER:
            j += 1  # «нижнее подчеркивание»
        latin = LATIN_WORD.fullmatch(_word(words, last)) and LATIN_WORD.fullmatch(_word(words, j))
        if latin and _joined(text, words, j):
            last, joins = _numbers_after(text, words, j), joins + 1
            continue
        if not (_word(words, j) in SPOKEN_JOINER and _part(words, j + 1)):
            break
        if not all(_joined(text, words, k) for k in range(last + 1, j + 2)):
            break
        last, joins = _numbers_after(text, words, j + 1), joins + 1
    return last, joins


def _word(words: list, i: int) -> str:
    return words[i][2] if 0 <= i < len(words) else ""


def _joined(text: str, words: list, i: int) -> bool:
    """Words i - 1 and i stand together: only spaces between them."""
    return 0 < i < len(words) and not text[words[i - 1][1] : words[i][0]].strip()


def _part(words: list, i: int) -> bool:
    """A word that may be part of a dictated name: Latin, a number, a noun or a name, or a word
    the dictionary does not know; not a joiner, a cue or a function word."""
    word = _word(words, i)
    if not word or word in SPOKEN_AT | SPOKEN_JOINER | SPOKEN_LOW or word in NOT_NAME:
        return False
    if any(rule.fullmatch(word) for rule in (NICK_WORD, ACCOUNT_WORD, MESSENGER, OTHER_WORD)):
        return False
    if LATIN_WORD.fullmatch(word) or word in FORMS:
        return True
    info = morph.word_info(word)
    return info.pos in NAME_POS or bool(info.name_readings)


def _numbers_after(text: str, words: list, i: int) -> int:
    """The last of the number words right after word i («петрова девяносто пять»), or i."""
    last = i
    while (
        last - i < MAX_NUMBERS
        and _word(words, last + 1) in FORMS
        and _joined(text, words, last + 1)
    ):
        last += 1
    return last
