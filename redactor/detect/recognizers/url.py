"""URL: links that carry a personal token; public links stay readable.

A link is personal, and masked whole, when one of these holds (`_personal`):
- a query or fragment key names a person or a secret: token, email, phone, user, id, uid,
  session, key, code… (`PERSONAL_KEY`), or a value is an e-mail, ten digits or more, or a token;
- a path segment follows a person's marker («/user/ivan.petrov», «/profile/…», «/u/…») or a
  key's («/invoice/…», «/reset/…», «/invite/…»), starts with «@» or «~», is an e-mail or ten
  digits or more (a phone, a parcel's tracking number), or looks like a token: letters and digits
  mixed at random («AbCdEf12», «id12345678», a UUID), or capitals at random («mETQDtyrvBnS»);
- a personal site on a builder's or a blog host: «ivan-petrov.tilda.ws», «ivanpetrov.narod.ru»;
- a file host's share link («disk.yandex.ru/d/…», «drive.google.com/file/d/…», «docs.google.com/
  …/d/…»), or any path on a link shortener («clck.ru/3AbCd»: a tracking code);
- a login and password before the host («https://ivan:pass@host»).
Public pages stay: «https://www.sberbank.ru», «gosuslugi.ru», «https://bank.ru/tarify»,
«www.mts.ru/help», a slug «/news/kak-otkryt-vklad-2024», a product «/shop/iphone15», an app
store's or Wikipedia's page (`PUBLIC_HOSTS`: their ids name apps and articles).
Links into social networks and messengers are accounts: `handle.py` judges them (HANDLE), and
this recognizer leaves their hosts alone, so that one span has one entity.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.handle import SITES, link_end, public_suffix
from redactor.entities import URL

WITH_SCHEME = 0.8  # «https://…», «www.…»: surely a link
BARE_DOMAIN = 0.7  # «bank.ru/confirm?…»: a known zone and a path

LINK = re.compile(
    r"""(?<![\w@.\-/])
        (?P<scheme>(?:https?|ftp)://(?:[^\s/@]+@)?)?   # with a login, maybe
        (?P<host>(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}|\d{1,3}(?:\.\d{1,3}){3})
        (?P<port>:\d{1,5})?
        (?P<rest>[/?#][^\s<>"'«»]*)?""",
    re.IGNORECASE | re.VERBOSE,
)

# Query and fragment keys whose value is a person's or a secret.
PERSONAL_KEY = re.compile(
    r"""(?:access_|auth_|refresh_|id_)?token|t|tk|auth|key|apikey|api_key|code|otp|pin|hash|sig
      |signature|secret|session|session_?id|sid|ssid|jsessionid|phpsessid|e-?mail|mail|phone
      |tel|msisdn|mobile|login|user|user_?name|user_?id|uid|u|id|client|client_?id|customer
      |customer_?id|account|acc|account_?id|name|fio|first_?name|last_?name|surname|passport
      |inn|snils|card|pan|invite|ref|referral|track|tracking|barcode
      |.*(?:token|session|email|phone|user|login|passw).*""",
    re.IGNORECASE | re.VERBOSE,
)
NOT_PERSONAL_KEY = re.compile(r"utm_.*|yclid|gclid|fbclid|from|lang|page|sort", re.IGNORECASE)
# Path segments after which a person's name or id comes.
PERSON_MARKER = frozenset(
    "user users u profile profiles people person member members author authors account accounts"
    " client clients customer customers id uid employee employees staff student students patient"
    " patients".split()
)
# Path segments after which a personal key comes: «/invoice/<key>», «/reset/<key>».
KEY_MARKER = frozenset(
    "invoice invoices bill bills reset confirm confirmation verify verification activate"
    " activation invite invitation unsubscribe share shared".split()
)
MIN_KEY = 12  # a key after such a marker: long, or with a digit or a capital; not «password»
NOT_PERSON = frozenset(
    "settings login logout edit new list search register signup signin me index all page"
    " help".split()
)
# File hosts: the segment after one of these is a share key, whatever its shape.
FILE_HOSTS = {
    "disk.yandex.ru": {"d", "i", "a"},
    "disk.yandex.com": {"d", "i", "a"},
    "disk.360.yandex.ru": {"d", "i", "a"},
    "yadi.sk": {"d", "i", "a"},
    "drive.google.com": {"d", "folders"},
    "docs.google.com": {"d"},
    "dropbox.com": {"s", "sh", "scl"},
    "cloud.mail.ru": {"public"},
    "1drv.ms": {"f", "u", "w", "x", "b"},
}
SHORTENERS = frozenset(
    "clck.ru ya.cc vk.cc bit.ly goo.gl t.co tinyurl.com cutt.ly u.to qps.ru is.gd ow.ly"
    " rebrand.ly".split()
)
# Hosts whose subdomains are their users' sites and blogs: «ivan-petrov.tilda.ws».
USER_SITE_HOSTS = frozenset(
    "tilda.ws narod.ru livejournal.com github.io wixsite.com ucoz.ru ucoz.net blogspot.com"
    " tumblr.com notion.site netlify.app vercel.app taplink.ws".split()
)
# Catalogues whose ids name apps and articles: «play.google.com/…?id=ru.sberbankmobile».
PUBLIC_HOSTS = frozenset(
    "apps.apple.com play.google.com rustore.ru apps.rustore.ru appgallery.huawei.com".split()
)
PUBLIC_DOMAINS = re.compile(r"(?:.+\.)?(?:wikipedia\.org|wikimedia\.org)")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+\.[\w.-]+")
LONG_DIGITS = re.compile(r"\+?\d{10,}")  # a phone, a tracking number; not a slug's product id
UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)
HEX = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)
EXTENSION = re.compile(r"\.[a-z0-9]{1,5}$", re.IGNORECASE)
MIN_TOKEN = 6
MIN_TOKEN_DIGITS = 4  # «id12345678»; not «iphone15», «s24»
MIN_CHANGES = 3  # letter/digit or case changes inside: «AbCdEf12», «a1b2c3»
MIN_CASE_TOKEN = 8  # letters only: «AbCdEfGh»
MIXED = (
    0.35  # a random token's share of capitals; CamelCase words have one a word: «SberBankOnline»
)


class UrlRecognizer(RuRecognizer):
    ENTITY = URL
    CONTEXT = ["ссылка", "перейти", "линк"]
    EXAMPLES = [
        "Подтвердите: [https://bank.ru/confirm?token=8f3a9c2e71b4&email=ivan.petrov@mail.ru]",
        "Пришла ссылка [https://lk.bank.ru/pay?phone=79123456789&sum=500], это вы?",
        "Мой профиль: [https://forum.auto.ru/user/ivan.petrov].",
        "Документы тут: [disk.yandex.ru/d/AbCdEf12], посмотрите.",
        "Скан паспорта [https://drive.google.com/file/d/1aBcDeFgHiJkLmNoPqRsTuVwXyZ012345/view]",
        "Договор: [https://docs.google.com/document/d/1Xy2AbCdEfGh/edit] (черновик).",
        "Трекинг: [https://clck.ru/38AbCd], там ваш заказ.",
        "Отслеживание [https://www.pochta.ru/tracking#80081234567890]",
        "Сброс пароля: [https://id.bank.ru/reset?code=493817].",
        "Кабинет [https://school.ru/students/4f9a2c1e-7b3d-4e8f-9a1b-2c3d4e5f6a7b/grades]",
        "Вот [http://ivan:qwerty@files.home.ru/scan.pdf] скачайте.",
        "Файл [https://cloud.mail.ru/public/Ab12/Cd34ef] отправила.",
        "анкета [https://hh.ru/resume/7a3f9e1b2c4d5e6f7a8b9c0d1e2f3a4b5c6d]",
        "Личная ссылка [www.shop.ru/invite/AbC123xYz] на скидку.",
        "Вход [https://85.143.22.7/login?session=a1b2c3d4e5]",
        "Админка [192.168.0.1/admin?user=ivan] не открывается.",
        "Отследить: [https://www.cdek.ru/ru/tracking?order_id=1234567890].",
        "Мой сайт-визитка [https://anna-spb97.tilda.ws], там портфолио.",
        "Блог [kate.ivanova.livejournal.com/12345.html] читали?",
        "Портфолио на [ivan-petrov.tilda.ws], гляньте.",
    ]
    COUNTER_EXAMPLES = [
        "Зайдите на https://www.sberbank.ru в раздел «Вклады».",
        "Оплатить можно на gosuslugi.ru, комиссия 0%.",
        "Тарифы тут: https://bank.ru/tarify.",
        "Подробнее: www.mts.ru/help",
        "Статья https://www.banki.ru/news/kak-otkryt-vklad-2024/ помогла.",
        "Смотрите https://shop.mts.ru/catalog/smartfony/iphone15 там дешевле.",
        "Ссылка https://bank.ru/promo?utm_source=sms&utm_campaign=spring2024 из рассылки.",
        "Инструкция на https://www.gosuslugi.ru/help/faq/passport/1",
        "Пишите на ivan.petrov@mail.ru, отвечу вечером.",
        "Урок в 18:00, материалы на сайте school.ru/materials/urok-5.",
        "Версия 2.14.0.1 вышла, обновите.",
        "Сумма 1.250.000 руб.",
        "Профиль https://vk.com/id12345678 скиньте в чат.",  # a HANDLE, never a URL
        "Оплата по ссылке https://pay.bank.ru/?page=2&lang=ru прошла.",
        "зайдите на сайт сбербанк точка ру в раздел вклады",
        "Приложение https://apps.apple.com/ru/app/sberbank-online/id492224193 обновите.",
        "Товар https://www.ozon.ru/product/smartfon-apple-iphone-15-128gb-1234567890/ пришёл.",
        "Смотрите https://ru.wikipedia.org/wiki/Сбербанк_(банк).",
        "Конструктор сайтов https://tilda.cc/ru/ подойдёт.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if "." not in text:
            return []
        results = []
        for m in LINK.finditer(text):
            end = link_end(text, m.start(), m.end())
            host = m.group("host").lower().removeprefix("www.")
            if _social(host) or host in PUBLIC_HOSTS or PUBLIC_DOMAINS.fullmatch(host):
                continue  # an account (HANDLE's), or a public catalogue
            scheme = bool(m.group("scheme")) or m.group("host").lower().startswith("www.")
            linked = m.group("rest") and (public_suffix(host) or host[0].isdigit())
            if not (scheme or linked or _user_site(host)):
                continue  # «gosuslugi.ru»: a bare domain, or «пр.Ленина/5»: no link
            why = _personal(text[m.start() : end], host)
            if why:
                results.append(
                    self.result(m.start(), end, WITH_SCHEME if scheme else BARE_DOMAIN, why)
                )
        return results


def _user_site(host: str) -> bool:
    """«ivan-petrov.tilda.ws», «kate.ivanova.livejournal.com»: a user's subdomain of a site host."""
    parent = host.partition(".")[2]
    return parent in USER_SITE_HOSTS or parent.partition(".")[2] in USER_SITE_HOSTS


def _social(host: str) -> bool:
    host = re.sub(r"^(?:m|mobile|new)\.", "", host)
    return host in SITES


def _personal(link: str, host: str) -> str | None:
    """The rule that makes a link personal, if one does."""
    parts = urlsplit(link if "://" in link else "//" + link)
    if "@" in parts.netloc:
        return "a login in the link"
    if _user_site(host):
        return "a personal site's subdomain"
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if host in SHORTENERS and segments:
        return "a short link's code"
    share = FILE_HOSTS.get(host, set())
    for i, segment in enumerate(segments):
        before = segments[i - 1].lower() if i else ""
        if before in share:
            return "a file host's share key"
        if before in PERSON_MARKER and segment.lower() not in NOT_PERSON:
            return "a path segment after a person's marker"
        if before in KEY_MARKER and (len(segment) >= MIN_KEY or not segment.islower()):
            return "a key after an invoice, reset or invite marker"
        if segment[0] in "@~" and len(segment) > 1:
            return "an @name or ~name in the path"
        if _token(segment):
            return "a personal token in the path"
    for query in (parts.query, parts.fragment):
        pairs = parse_qsl(query, keep_blank_values=False)
        for key, value in pairs:
            if NOT_PERSONAL_KEY.fullmatch(key):
                continue
            if PERSONAL_KEY.fullmatch(key):
                return "a personal query key"
            if _token(value):
                return "a personal token in the query"
        if not pairs and query and _token(query):  # «#80081234567890»
            return "a personal token in the fragment"
    return None


def _token(value: str) -> bool:
    """Whether a path segment or a value is an e-mail, a long number or a random token."""
    if EMAIL.search(value):
        return True
    value = EXTENSION.sub("", value)
    if LONG_DIGITS.fullmatch(value):
        return True
    if UUID.fullmatch(value) or (HEX.fullmatch(value) and re.search(r"\d", value)):
        return True
    for part in re.split(r"[-_.]", value):
        if len(part) < MIN_TOKEN or not re.fullmatch(r"[A-Za-z0-9]+", part):
            continue
        digits = sum(c.isdigit() for c in part)
        changes = _changes(part)
        if digits and digits < len(part) and (digits >= MIN_TOKEN_DIGITS or changes >= MIN_CHANGES):
            return True
        upper = sum(c.isupper() for c in part) / len(part)
        if not digits and len(part) >= MIN_CASE_TOKEN and changes > MIN_CHANGES and upper >= MIXED:
            return True  # «AbCdEfGh»: case changes at random; not «SberBankOnline», «iPhoneXsMax»
    return False


def _changes(part: str) -> int:
    """How often a token switches between digits, lowercase and uppercase letters inside."""
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" for c in part]
    return sum(a != b for a, b in zip(kinds, kinds[1:], strict=False))
