"""Every scalar of a JSON text with its path and its exact span, without building the document.

The JSON formats rewrite a value in place (`text[start:end]`), so they need to know where each
value is written, which `json.loads` does not tell. This walks the text once, with an explicit
stack instead of recursion (a chat export nested 10 000 levels deep must not crash the tool),
and reads strings with `json.decoder.scanstring`, the very function `json.loads` uses, so escapes
are decoded exactly as `json.loads` decodes them.

A path is a tuple of object keys and array indices: `("messages", 3, "text")`. A value nested
deeper than `HEAD` levels carries the first `HEAD` of them, its `depth` and its nearest `key`:
no format reads deeper, and a value 100,000 levels down must not cost 100,000 (nor each of the
values above it its own levels: a file nested so deep would take time and memory n²).
Errors are `FormatError`s naming the problem and its line:column, never the text around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from json import JSONDecodeError
from json.decoder import scanstring
from json.scanner import NUMBER_RE
from typing import NamedTuple

from redactor.files.formats.base import FormatError
from redactor.finding import line_column

Path = tuple[str | int, ...]
HEAD = 32  # keys and indices a path carries: more than any format or `--field` path reads
WHITESPACE = re.compile(r"[ \t\n\r]*")
# What `json.loads` accepts besides numbers: the three literals and Python's non-finite floats.
LITERALS = {
    "true": True,
    "false": False,
    "null": None,
    "NaN": float("nan"),
    "Infinity": float("inf"),
    "-Infinity": float("-inf"),
}


class Scalar(NamedTuple):
    """A string, number, boolean or null: `text[start:end]` is how it is written. `path`: its
    first `HEAD` keys and indices from the root, of `depth` in all; `key`: the nearest object
    key above it (an index is none), however deep."""

    path: Path
    start: int
    end: int
    value: str | int | float | bool | None
    depth: int = 0
    key: str | None = None


def error(text: str, pos: int, problem: str) -> FormatError:
    """A FormatError at `pos`, as line:column (1-based) so that a user can find it."""
    line, column = line_column(text, pos)
    return FormatError(f"invalid JSON at line {line} column {column}: {problem}")


def string_at(text: str, pos: int) -> tuple[str, int]:
    """The string whose opening quote is at `pos`, and where it ends (after the closing quote)."""
    try:
        return scanstring(text, pos + 1, True)
    except JSONDecodeError as e:  # its msg names the problem only («Invalid \\escape»)
        raise error(
            text, e.pos, e.msg.removesuffix(" at").removesuffix(" starting").lower()
        ) from None


def scan(text: str, start: int = 0, end: int | None = None) -> Iterator[Scalar]:
    """The scalars of the one JSON value written in `text[start:end]`, in text order.

    Object keys are not scalars: they are in the paths. A byte order mark at `start` is skipped
    (`json.loads` refuses it, but it is only an encoding's signature)."""
    end = len(text) if end is None else end
    pos = start + 1 if text.startswith("\ufeff", start, end) else start
    path: list[str | int] = []  # the key or index of each open container, innermost last
    keys: list[str | None] = []  # the nearest key at each open container
    closers: list[str] = []  # "}" or "]" for each open container

    def scalar(start: int, after: int, value) -> Scalar:
        head = tuple(path) if len(path) <= HEAD else tuple(path[:HEAD])
        return Scalar(head, start, after, value, len(path), keys[-1] if keys else None)

    def skip(p: int) -> int:
        if p < end and text[p] not in " \t\n\r":  # most tokens follow one another directly
            return p
        return WHITESPACE.match(text, p, end).end()

    def key(p: int) -> int:  # reads `"key" :` at p, sets it as the current key, returns after ':'
        if not text.startswith('"', p, end):
            raise error(text, p, "expected a key in double quotes")
        path[-1], p = string_at(text, p)
        keys[-1] = path[-1]
        p = skip(p)
        if not text.startswith(":", p, end):
            raise error(text, p, "expected ':' after a key")
        return skip(p + 1)

    pos = skip(pos)
    while True:
        # A value starts at `pos`: a scalar, or a container (which opens and loops back here).
        char = text[pos] if pos < end else "end"
        if char in ("{", "["):
            pos = skip(pos + 1)
            closer = "}" if char == "{" else "]"
            if text.startswith(closer, pos, end):  # empty: a value like any other
                pos += 1
            else:
                closers.append(closer)
                keys.append(keys[-1] if keys else None)  # an object's key replaces it
                path.append(0)
                pos = key(pos) if char == "{" else pos
                continue
        elif char == '"':
            value, after = string_at(text, pos)
            yield scalar(pos, after, value)
            pos = after
        else:
            number = NUMBER_RE.match(text, pos, end)
            if number:
                whole, fraction, exponent = number.groups()
                value = float(number.group()) if fraction or exponent else int(whole)
                after = number.end()
            elif word := next((w for w in LITERALS if text.startswith(w, pos, end)), None):
                value, after = LITERALS[word], pos + len(word)
            else:
                raise error(text, pos, "unexpected end" if pos >= end else "expected a value")
            yield scalar(pos, after, value)
            pos = after
        # A value ended: close the containers it ends, or go on to the next item.
        while closers:
            pos = skip(pos)
            if text.startswith(",", pos, end):
                pos = skip(pos + 1)
                if closers[-1] == "}":
                    pos = key(pos)
                else:
                    path[-1] += 1
                break
            if not text.startswith(closers[-1], pos, end):
                expected = "',' or '}'" if closers[-1] == "}" else "',' or ']'"
                raise error(text, pos, f"expected {expected}" if pos < end else "unexpected end")
            closers.pop()
            keys.pop()
            path.pop()
            pos += 1
        else:
            pos = skip(pos)
            if pos != end:
                raise error(text, pos, "extra data after the value")
            return


def strings(text: str, start: int = 0, end: int | None = None) -> Iterator[Scalar]:
    """The string values of the JSON in `text[start:end]` (keys are not values)."""
    return (s for s in scan(text, start, end) if isinstance(s.value, str))
