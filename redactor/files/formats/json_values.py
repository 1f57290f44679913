"""A JSON string value as a field: read with where it is written, written back escaped as the
file escapes (the JSON formats share it: `json_fields`, `telegram`, `whisper`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from redactor.files.formats.base import Field
from redactor.files.formats.jsonscan import Scalar


@dataclass(frozen=True)
class JsonField(Field):
    """A JSON string value. `escaped`: the file writes non-ASCII characters as `\\uXXXX`
    (Python's `json.dump` does by default, Telegram does not), so a new value is written the
    same way."""

    escaped: bool = True
    number: bool = False  # an integer read as text (an id, a phone): a string once replaced


def write(field: Field, value: str) -> str:
    """`value` as a JSON string, escaped as the file escapes non-ASCII characters; a number
    left as it was stays a number."""
    if getattr(field, "number", False) and value == field.value:
        return value
    return json.dumps(value, ensure_ascii=getattr(field, "escaped", True))


def escapes_non_ascii(text: str, values: Iterable[Scalar]) -> bool:
    """Whether the file writes non-ASCII characters as escapes: as its first non-ASCII string
    does. With none to tell, escape: that is valid in every encoding the file may be in."""
    for s in values:
        if not s.value.isascii():
            return text[s.start : s.end].isascii()
    return True


def field(text: str, s: Scalar, escaped: bool, **kwargs) -> JsonField:
    """The field of string `s`; a string that shows how it escapes decides for itself. An
    integer's field is its digits as written."""
    if not isinstance(s.value, str):
        return JsonField(
            s.start, s.end, text[s.start : s.end], escaped=escaped, number=True, **kwargs
        )
    if not s.value.isascii():
        escaped = text[s.start : s.end].isascii()
    return JsonField(s.start, s.end, s.value, escaped=escaped, **kwargs)
