"""Which format reads a file: forced by name (`--format`), else its extension, with the
content deciding between the formats that share one (`.json`: Whisper, Telegram or any JSON;
`.txt`: a WhatsApp export or plain text). A file with an extension no format claims (code,
configuration, `.env`, no extension at all) is one of the structured formats if its content is
unmistakably theirs, else plain text: personal data in a `.py` or `.yaml` file is personal
data. Whatever does not decode as text (images, archives) never gets here (`textio`)."""

from __future__ import annotations

from pathlib import PurePosixPath

from redactor.files.formats.base import Format
from redactor.files.formats.json_fields import JsonFormat, JsonlFormat
from redactor.files.formats.plain import TextFormat
from redactor.files.formats.subtitles import SrtFormat, VttFormat
from redactor.files.formats.table import CsvFormat
from redactor.files.formats.telegram import TelegramFormat
from redactor.files.formats.telegram_html import TelegramHtmlFormat
from redactor.files.formats.whatsapp import WhatsAppFormat
from redactor.files.formats.whisper import WhisperFormat

HEAD = 8192  # characters a format may look at to recognise a file


def all_formats(fields=(), columns=()) -> list[Format]:
    """Every format, the specific before the generic that shares its extension."""
    paths = list(fields) or None
    return [
        WhisperFormat(),
        TelegramFormat(),
        TelegramHtmlFormat(),
        JsonFormat(paths),
        JsonlFormat(paths),
        SrtFormat(),
        VttFormat(),
        CsvFormat(list(columns) or None),
        WhatsAppFormat(),
        TextFormat(),
    ]


def names() -> list[str]:
    return [f.NAME for f in all_formats()]


def claims(path: str) -> bool:
    """Whether some format reads files with this extension."""
    suffix = PurePosixPath(path).suffix.lower()
    return any(suffix in f.EXTENSIONS for f in all_formats())


def detect(path: str, text: str, options=None) -> Format | None:
    """The format of a decoded file; None only for a forced name no format has."""
    fields = getattr(options, "fields", ())
    columns = getattr(options, "columns", ())
    candidates = all_formats(fields, columns)
    forced = getattr(options, "format", None)
    if forced:
        return next((f for f in candidates if f.NAME == forced), None)
    if fields:  # a JSON file is read by the paths: Whisper and Telegram take none
        candidates = [f for f in candidates if not isinstance(f, WhisperFormat | TelegramFormat)]
    suffix = PurePosixPath(path).suffix.lower()
    claiming = [f for f in candidates if suffix in f.EXTENSIONS]
    if claiming:
        return next((f for f in claiming if f.sniff(_head(f, text))), claiming[-1])
    structured = [f for f in candidates if not isinstance(f, TextFormat | JsonFormat | CsvFormat)]
    return next((f for f in structured if f.sniff(_head(f, text))), TextFormat())


def _head(fmt: Format, text: str) -> str:
    """What a sniffer sees: Whisper writes its whole `text` before `segments`, so the JSON
    sniffers get the whole file (they read only its first values); the others its head."""
    return text if isinstance(fmt, WhisperFormat | TelegramFormat) else text[:HEAD]
