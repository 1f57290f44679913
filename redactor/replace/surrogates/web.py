"""IP_ADDRESS, URL and HANDLE surrogates: addresses that lead nowhere, accounts nobody owns.

>>> ip_address("85.143.22.7", b"seed")  # doctest: +SKIP
'198.51.100.42'
>>> handle("t.me/ivan_petrov", b"seed")  # doctest: +SKIP
't.me/ezof_lusfeh'

- IP_ADDRESS: IPv4 from the documentation ranges of RFC 5737 (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24), IPv6 from 2001:db8::/32 (RFC 3849): never routed, so no real host is named.
  A port («:8080») and a prefix length («/24») stay; a network address («.0») stays one; IPv6
  keeps its notation (compressed or all eight groups) and the case of its hex digits.
- URL: the scheme, the host and the path's words («file», «d», «view», «edit») stay; what names a
  person or a document (ids, user names, tokens, query values, a fragment, a login and password
  before «@») is redrawn in its shape (`shape.letter`), hex ids as hex.
- HANDLE: the prefix («@», «t.me/», «https://vk.com/») stays; the account is redrawn in its shape;
  «id» of «vk.com/id12345» stays, so the surrogate is still a VK id.
"""

from __future__ import annotations

import ipaddress
import random
import re

from redactor.entities import HANDLE, IP_ADDRESS, URL
from redactor.replace.surrogates import email
from redactor.replace.surrogates.shape import letter, unequal

NETWORKS_V4 = ("192.0.2.", "198.51.100.", "203.0.113.")  # RFC 5737 TEST-NET-1, -2, -3
NETWORK_V6 = ipaddress.IPv6Network("2001:db8::/32")  # RFC 3849
IPV4 = re.compile(r"(\d{1,3}(?:\.\d{1,3}){3})(.*)", re.S)  # «192.168.0.10» and «:8080» or «/24»
IPV6 = re.compile(r"([0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(/\d+)?")
HEX = re.compile(r"(?=.*\d)(?=.*[a-f])[0-9a-f-]{8,}", re.I)  # «4f9a2c1e-7b3d-…», «8f3a9c2e71b4»
# A path segment that is an ordinary lowercase word stays («file», «view», «tracking»), unless it
# follows one of these: then it names a person or a document («/user/ivan», «/d/AbCdEf12»).
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*|[а-яё]+(?:-[а-яё]+)*")
MARKERS = frozenset("user users u id profile people students student public d s p c".split())
URL_PARTS = re.compile(
    r"(?P<scheme>[a-z][a-z0-9+.-]*://)?(?:(?P<auth>[^/@?#\s]+)@)?(?P<host>[^/?#]*)"
    r"(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?",
    re.I | re.S,
)
EXTENSIONS = frozenset(
    "pdf jpg jpeg png gif doc docx xls xlsx txt zip rar html htm php mp3 mp4".split()
)
# The part of a handle before the account: «@», «t.me/», «https://vk.com/», «ok.ru/profile/»,
# and a Telegram export's peer kind («user4711»: the user 4711, drawn as the bare 4711 is).
HANDLE_PREFIX = re.compile(r"^(?:@|.*/)(?:id(?=\d))?|^(?:user|chat|channel)(?=\d+$)", re.S)


def surrogate(value: str, seed: bytes, entity_type: str | None = None) -> str:
    """The surrogate for an IP_ADDRESS, a URL or a HANDLE; without the type, told by its look."""
    if entity_type is None:
        ip = IPV4.fullmatch(value) or IPV6.fullmatch(value)
        entity_type = (
            IP_ADDRESS if ip else URL if re.search(r"[/?#]", value.rstrip("/")) else HANDLE
        )
    return {IP_ADDRESS: ip_address, URL: url, HANDLE: handle}.get(entity_type, handle)(value, seed)


def ip_address(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    if m := IPV4.fullmatch(value):
        last = m.group(1).rsplit(".", 1)[1]
        host = lambda: "0" if last == "0" else str(rng.randint(1, 254))  # noqa: E731
        return unequal(value, lambda: rng.choice(NETWORKS_V4) + host() + m.group(2))
    m = IPV6.fullmatch(value)
    if m is None:
        return unequal(value, lambda: "".join(letter(c, rng) for c in value))
    full = m.group(1).count(":") == 7 and "::" not in m.group(1)

    def draw() -> str:
        address = NETWORK_V6[rng.getrandbits(96)]
        text = address.exploded if full else address.compressed
        return (text.upper() if m.group(1).isupper() else text) + (m.group(2) or "")

    return unequal(value, draw)


def url(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    return unequal(value, lambda: _url(value, rng))


def _url(value: str, rng: random.Random) -> str:
    m = URL_PARTS.fullmatch(value)
    out = (m["scheme"] or "") + (_token(m["auth"], rng) + "@" if m["auth"] else "") + m["host"]
    segments, marked = [], False
    for segment in m["path"].split("/"):
        keep = not marked and WORD.fullmatch(segment) is not None
        segments.append(segment if keep or not segment else _token(segment, rng))
        marked = segment.lower() in MARKERS
    out += "/".join(segments)
    if m["query"] is not None:
        pairs = [p.partition("=") for p in m["query"].split("&")]
        out += "?" + "&".join(k + eq + (_token(v, rng) if v else "") for k, eq, v in pairs)
    if m["fragment"] is not None:
        out += "#" + _token(m["fragment"], rng)
    return out


def _token(token: str, rng: random.Random) -> str:
    """A personal token of a URL redrawn in its shape: an address as an address, hex as hex."""
    if "@" in token and "." in token.rpartition("@")[2]:
        return email.surrogate(token, rng.randbytes(16))
    stem, dot, extension = token.rpartition(".")
    if dot and extension.lower() in EXTENSIONS:
        return _token(stem, rng) + dot + extension  # «scan.pdf» → «gnoz.pdf»
    if HEX.fullmatch(token):
        return "".join(_hex(c, rng) for c in token)
    return "".join(letter(c, rng) for c in token)


def _hex(char: str, rng: random.Random) -> str:
    if not char.isalnum():
        return char
    drawn = rng.choice("0123456789abcdef")
    return drawn.upper() if char.isupper() else drawn


def handle(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    trimmed = value.rstrip("/")
    prefix = HANDLE_PREFIX.match(trimmed)
    start = prefix.end() if prefix else 0
    account = trimmed[start:]
    tail = value[len(trimmed) :]
    return unequal(value, lambda: trimmed[:start] + "".join(letter(c, rng) for c in account) + tail)
