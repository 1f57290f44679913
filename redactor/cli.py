"""The `redact` command line: parse → library call → print → exit code.

stdout carries only the result (the redacted text, or the evaluation table); every human message
goes to stderr. The engine is imported inside the commands, so that `--help` and bad input are
answered before any model loads.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NamedTuple, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from redactor.check.fingerprint import CHECK_KEY_ENV
from redactor.entities import ALL as ENTITIES
from redactor.files import textio
from redactor.files.textio import InputError
from redactor.finding import Finding
from redactor.replace.policy import KEY_ENV, MIN_KEY_BYTES, VAULT_KEY_ENV
from redactor.version import __version__

EXIT_OK = 0
EXIT_FOUND = 1  # check: personal data found
EXIT_USAGE = 2  # bad arguments or an unusable input/output file
EXIT_INTERNAL = 3  # a bug: reported by exception class only, since its message may quote text
DEBUG_ENV = "REDACT_DEBUG"
DEFAULT_COMMAND = "file"
TABLE_MAX_WIDTH = 200  # --explain into a file or pipe: rows stay whole up to this width

EPILOG = (
    "Exit status: 0 success · 1 a folder where some files failed (the others are written) · "
    "2 usage or input error (missing, binary, undecodable or empty file; output equal to input; "
    "unknown entity) · 3 internal error (set REDACT_DEBUG=1 for a traceback) · 130, 143 a "
    "folder run stopped by Ctrl-C or SIGTERM (--resume goes on)."
)

RESTORE_EPILOG = (
    "Exit status: 0 restored · 1 a folder where some files could not be restored (the others "
    "are written) · 2 usage or input error (no such file or vault; no key, a wrong key or a "
    "changed vault; a file not in the vault or changed since) · 3 internal error (set "
    "REDACT_DEBUG=1 for a traceback)."
)

EVALUATE_EPILOG = (
    "Exit status: 0 the scores are printed · 2 usage or input error (missing, unreadable or "
    "malformed gold file; the line is named, never its text) · 3 internal error (set "
    "REDACT_DEBUG=1 for a traceback)."
)

# How every key is read (policy.read_key), for the options that take one.
KEY_RULES = (
    f"A key is a file's first line (or the variable's value), at least {MIN_KEY_BYTES} bytes; "
    "surrounding spaces and the line end are stripped."
)

CHECK_EPILOG = (
    "Exit status: 0 no personal data · 1 personal data found · 2 usage, configuration, key or "
    "input error · 3 internal error (set REDACT_DEBUG=1 for a traceback). Reports show masked "
    "previews, never values, unless --show-values."
)

# soft_wrap: an error stays on one line however narrow the terminal is.
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


# Typer re-exports only BadParameter of click's exceptions (and vendors click since 0.2x);
# its base class is the parser's usage error, whatever module it lives in.
UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


class DefaultCommandGroup(TyperGroup):
    """A group whose first argument may be a file instead of a command name.

    `redact call.txt`, `redact -o out.txt call.txt` and `redact - < call.txt` run
    `redact file …`; anything that names a subcommand (or is an option of the group itself,
    such as --help) is parsed as usual. A file named like a command is reached as ./check.
    Usage errors are one line, like every other error.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] == "--check":  # `redact --check PATH…`, as CI snippets write it
            args = ["check", *args[1:]]
        if args and args[0] not in self.commands and not self._own_option(ctx, args[0]):
            args = [DEFAULT_COMMAND, *args]
        with _one_line_usage_errors():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        with _one_line_usage_errors():  # the subcommand's arguments are parsed in here
            return super().invoke(ctx)

    def _own_option(self, ctx: Any, arg: str) -> bool:
        names = {name for p in self.get_params(ctx) for name in (*p.opts, *p.secondary_opts)}
        return arg.split("=", 1)[0] in names


@contextmanager
def _one_line_usage_errors() -> Iterator[None]:
    try:
        yield
    except UsageError as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # bare `redact`: Typer prints the help
            raise
        command = e.ctx.command_path if e.ctx is not None else "redact"
        fail(f"error: {e.format_message().rstrip('.')} (see '{command} --help')", EXIT_USAGE)


app = typer.Typer(
    name="redact",
    cls=DefaultCommandGroup,
    help=(
        "Remove personal data (names, phones, cards, addresses, e-mails) from Russian call "
        "transcripts and chat logs.\n\n"
        "Without a command, [bold]redact FILE[/bold] means [bold]redact file FILE[/bold]: "
        "the redacted text goes to stdout (or -o OUT), messages to stderr. "
        "A file named like a command is given as ./NAME."
    ),
    epilog=EPILOG,
    no_args_is_help=True,
    subcommand_metavar="FILE | COMMAND [ARGS]...",
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # A traceback with locals would print transcript text.
    pretty_exceptions_show_locals=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def guarded(command: F) -> F:
    """Turn errors into one line on stderr and an exit code; a traceback only with REDACT_DEBUG=1."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, BrokenPipeError, UsageError):
            raise  # a usage error found in the body is the parser's: one line, exit 2
        except InputError as e:
            fail(f"error: {e}", EXIT_USAGE)
        except Exception as e:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            fail(
                f"internal error ({type(e).__name__}); set {DEBUG_ENV}=1 for a traceback",
                EXIT_INTERNAL,
            )

    return run  # type: ignore[return-value]


def fail(message: str, code: int) -> NoReturn:
    stderr.print(f"redact: {message}", markup=False)
    raise typer.Exit(code)


def _show_version(value: bool) -> None:
    if value:
        print(f"redact {__version__}")
        raise typer.Exit(EXIT_OK)


def _parse_entities(values: list[str] | None) -> list[str] | None:
    """`-e PERSON -e phone_number,CREDIT_CARD` → ["PERSON", "PHONE_NUMBER", "CREDIT_CARD"]."""
    names = [n.strip().upper() for v in values or [] for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in ENTITIES]
    if unknown:
        raise typer.BadParameter(
            f"unknown entity {', '.join(unknown)}; valid: {', '.join(ENTITIES)}"
        )
    return list(dict.fromkeys(names)) or None


def _check_report(value: str) -> str:
    from redactor.check import reports  # the reporters only: no engine, no models

    if value not in reports.FORMATS:
        raise typer.BadParameter(f"unknown format {value!r}; valid: {', '.join(reports.FORMATS)}")
    return value


def _check_fail_on(values: list[str] | None) -> list[str] | None:
    fail_on_limits(values or [])  # Typer keeps the option's own type: the body parses again
    return values


def fail_on_limits(values: list[str]) -> dict[str, float]:
    """`--fail-on PERSON --fail-on PHONE_NUMBER:0.9` → {"PERSON": 0.0, "PHONE_NUMBER": 0.9}."""
    limits = {}
    for value in values:
        name, _, score = value.partition(":")
        name = name.strip().upper()
        if name not in ENTITIES:
            raise typer.BadParameter(f"unknown entity {name}; valid: {', '.join(ENTITIES)}")
        try:
            limits[name] = float(score) if score else 0.0
        except ValueError:
            raise typer.BadParameter(f"{name}: the score must be a number") from None
        if not 0.0 <= limits[name] <= 1.0:
            raise typer.BadParameter(f"{name}: the score must be between 0 and 1")
    return limits


def _check_encoding(value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r}") from None
    return value


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    pass


@app.command(DEFAULT_COMMAND, epilog=EPILOG)
@guarded
def redact_file(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="Text file to redact, or - for stdin.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Write here (atomically) instead of stdout (- is stdout); never the input file.",
        ),
    ] = None,
    entities: Annotated[
        list[str] | None,
        typer.Option(
            "--entities",
            "-e",
            metavar="NAMES",
            callback=_parse_entities,
            help=f"Entities to redact, comma-separated or repeated (default: all): "
            f"{', '.join(ENTITIES)}.",
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="CODEC",
            callback=_check_encoding,
            help="Input encoding (default: detect BOM, UTF-8, UTF-16, cp1251). "
            "The output keeps the input's encoding and BOM.",
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print a table of findings to stderr: position, entity, recognizer, score "
            "and a masked preview (never the value).",
        ),
    ] = False,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", metavar="GLOB", help="Folder: only files matching (repeat)."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="GLOB", help="Folder: skip files matching (repeat)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="NAME", help="Read every file as this format."),
    ] = None,
    fields: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            metavar="PATH",
            help="Only these JSON values, e.g. messages[].text (default: every string value).",
        ),
    ] = None,
    columns: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            metavar="NAME",
            help="Only these CSV columns, by header or index (repeat; default: every column).",
        ),
    ] = None,
    consistent: Annotated[
        bool,
        typer.Option("--consistent", help="Folder: one placeholder numbering for all files."),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Folder: skip the files an earlier run wrote (its journal) from the same input.",
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Folder: worker processes (default: cores)."),
    ] = os.cpu_count() or 1,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Folder: no progress bar and no summary.")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            metavar="RUN.json",
            help="Folder: write a JSON report (per file: entities and positions, never values).",
        ),
    ] = None,
    operators: Annotated[
        list[str] | None,
        typer.Option(
            "--operator",
            "-O",
            metavar="[ENTITY=]OP",
            help="How values are replaced: placeholder (default), mask, hash, remove or fake; "
            "for all entities, or for some: PERSON=fake, PHONE_NUMBER,CREDIT_CARD=mask (repeat).",
        ),
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option(
            "--key-file",
            metavar="FILE",
            help=f"Secret key for hash and fake (or ${KEY_ENV}): the same key gives the "
            "same hashes and surrogates in every file and run. Without one they hold for this "
            f"run only. {KEY_RULES}",
        ),
    ] = None,
    vault_path: Annotated[
        Path | None,
        typer.Option(
            "--vault",
            metavar="FILE",
            help="Write (or add to) an encrypted vault that restores the originals: "
            "redact restore OUT --vault FILE.",
        ),
    ] = None,
    vault_key_file: Annotated[
        Path | None,
        typer.Option(
            "--vault-key-file",
            metavar="FILE",
            help=f"The vault's key (or ${VAULT_KEY_ENV}; default: the --key-file key). {KEY_RULES}",
        ),
    ] = None,
    audio: Annotated[
        Path | None,
        typer.Option(
            "--audio",
            metavar="RECORDING",
            help="The recording FILE transcribes, word by word (WAV, MP3, OGG, FLAC, M4A): "
            "bleeped wherever the transcript is redacted. -o names a folder that gets the "
            "transcript, the recording and <recording>.bleeps.json.",
        ),
    ] = None,
    bleep: Annotated[
        str,
        typer.Option(
            "--bleep", metavar="KIND", callback=_check_bleep, help="tone (default) or silence."
        ),
    ] = "tone",
    bleep_pad: Annotated[
        float,
        typer.Option(
            "--bleep-pad",
            metavar="SECONDS",
            min=0.0,
            max=5.0,
            help="Bleep this much before and after each word of a finding.",
        ),
    ] = 0.1,
    bleep_segments: Annotated[
        bool,
        typer.Option(
            "--bleep-segments",
            help="A transcript with segment times only (SRT, VTT, Whisper without words): "
            "bleep the whole segment of each finding.",
        ),
    ] = False,
) -> None:
    """Redact FILE and print the result to stdout (the default command). A folder is redacted
    into the folder given with -o, mirroring its tree. With --audio, the recording is bleeped
    where its transcript FILE is redacted."""
    output = _stdout_if_dash(output)
    if fmt is not None and fmt not in _format_names():
        valid = ", ".join(_format_names())
        raise typer.BadParameter(f"unknown format {fmt!r}; valid: {valid}", param_hint="'--format'")
    chosen_policy = _policy(Path(file) if file != "-" else Path.cwd(), operators, key_file)
    if vault_path is not None and any(
        p is not None and textio.same_file(p, vault_path) for p in (file, output)
    ):
        raise InputError("the vault must be a file of its own, not the input or the output")
    vault = _vault(vault_path, vault_key_file, chosen_policy)
    if audio is not None:
        from redactor.audio import AudioOptions

        options = AudioOptions(bleep, bleep_pad, bleep_segments, tuple(entities or ()) or None)
        _redact_recording(file, audio, output, options, chosen_policy, encoding, explain, vault)
        return
    if file != "-" and os.path.isdir(file):
        from redactor.files import batch
        from redactor.files.batch_report import run_folder

        if output is None:
            raise InputError("a folder needs an output folder: -o OUTDIR", file)
        options = batch.BatchOptions(
            include=tuple(include or ()),
            exclude=tuple(exclude or ()),
            format=fmt,
            encoding=encoding,
            entities=tuple(entities) if entities else None,
            fields=tuple(fields or ()),
            columns=tuple(columns or ()),
            consistent=consistent,
            resume=resume,
            jobs=jobs,
            policy=chosen_policy,
        )
        raise typer.Exit(run_folder(Path(file), output, options, quiet, report, stderr, vault))
    if file == "-":
        source, inputs = textio.read_stdin(encoding), [textio.stdin_fd()]
    else:
        source, inputs = textio.read_text(file, encoding), [file]
    if output is not None:
        textio.check_output(output, inputs)  # now, not after the models have loaded

    import redactor  # looked up here: the engine (and its models) load on this first use
    from redactor.files import formats
    from redactor.replace.replacer import Replacer

    chosen = _SingleFile(fmt, tuple(fields or ()), tuple(columns or ()))
    structured = formats.detect("" if file == "-" else file, source.text, chosen)
    if structured is None or structured.NAME == "txt":
        result = redactor.redact(source.text, entities, chosen_policy)
    else:
        replacer = Replacer(chosen_policy)
        try:
            result = formats.redact_file_text(source.text, structured, None, replacer, entities)
        except formats.FormatError as e:  # its message names the place, never the content
            raise InputError(f"not valid {structured.NAME}: {e}", file) from None
        except formats.SelectionError as e:  # names the option, never the content
            raise InputError(str(e), file) from None
    if vault is not None:  # saved before the output: no output that nothing can restore
        from redactor.files.vault import record

        vault.add(record("-" if file == "-" else file, source, result))
        vault.save()
    if output is None:
        textio.write_stdout(result.text, source.encoding, source.bom)
    else:
        textio.write_text_atomic(output, result.text, source.encoding, source.bom, inputs)
    if explain:
        print_findings(source.text, result.findings)


def _stdout_if_dash(output: Path | None) -> Path | None:
    """`-o -` is stdout, as FILE `-` is stdin (never a file named «-»)."""
    return None if output is not None and str(output) == "-" else output


def _check_bleep(value: str) -> str:
    if value not in ("tone", "silence"):
        raise typer.BadParameter(f"unknown bleep {value!r}; valid: tone, silence")
    return value


def _redact_recording(file, audio, output, options, policy, encoding, explain, vault) -> None:
    """`redact FILE --audio RECORDING -o OUTDIR`: checks what needs no model first. With a
    vault, the transcript and the recording are both recorded in it. Two folders: every
    recording with the transcript of its name."""
    if file == "-":
        raise InputError("--audio goes with a transcript file or folder, not stdin")
    if output is None:
        raise InputError("--audio needs an output folder: -o OUTDIR")
    try:
        import av  # noqa: F401
        import numpy  # noqa: F401
    except ImportError:
        raise InputError("--audio needs PyAV and numpy: pip install 'redact[audio]'") from None
    if os.path.isdir(file) or os.path.isdir(audio):
        if not (os.path.isdir(file) and os.path.isdir(audio)):
            raise InputError("a folder of transcripts goes with a folder of recordings", audio)
        _recordings_folder(Path(file), Path(audio), output, options, policy, vault)
    textio.check_readable(file)
    textio.check_readable(audio)
    from redactor.audio import redact_recording

    result = redact_recording(file, audio, output, options, policy, encoding=encoding)
    if vault is not None:
        from redactor.audio import keep
        from redactor.files.vault import record

        vault.add(record(file, result.source, result.redaction))
        vault.add(keep.entry(str(audio), audio, result.outputs[1]))
        vault.save()
    if explain:
        print_findings(result.source.text, result.findings)
        print_bleeps(result)


def _recordings_folder(transcripts, recordings, output, options, policy, vault) -> NoReturn:
    from redactor.audio import folder
    from redactor.files.batch import BatchError

    def report(said: str, reason: str | None) -> None:
        if reason is not None:
            stderr.print(f"redact: error: {said}: {reason}", markup=False)

    try:
        run = folder.run(transcripts, recordings, output, options, policy, vault, report)
    except BatchError as e:
        fail(f"error: {e}", EXIT_USAGE)
    for rel in run.alone:
        stderr.print(f"redact: note: {rel}: no transcript or recording of its name", markup=False)
    stderr.print(
        f"redact: {len(run.done)} recording{'' if len(run.done) == 1 else 's'} redacted, "
        f"{len(run.failed)} failed, {len(run.alone)} without a pair",
        markup=False,
    )
    raise typer.Exit(EXIT_FOUND if run.failed else EXIT_OK)


def print_bleeps(result) -> None:
    """The bleeped stretches: times, channel, entity types and the transcript's words."""
    if not result.bleeps:
        stderr.print("redact: nothing bleeped", markup=False)
        return
    table = Table()
    for column in ("from", "to", "channel", "entities", "words", "line"):
        table.add_column(column, no_wrap=True)
    for b in result.bleeps:
        lines = f"{b.lines[0]}" if b.lines[0] == b.lines[1] else f"{b.lines[0]}–{b.lines[1]}"
        table.add_row(
            f"{b.start:.2f}",
            f"{b.end:.2f}",
            "all" if b.channel is None else str(b.channel),
            ", ".join(sorted(b.entities)),
            f"{b.words[0] + 1}–{b.words[1] + 1}",
            lines,
        )
    wide = stderr if stderr.is_terminal else Console(stderr=True, width=TABLE_MAX_WIDTH)
    count = len(result.bleeps)
    wide.print(f"{count} bleep{'' if count == 1 else 's'}", markup=False)
    wide.print(table)


def _policy(where: Path, specs: list[str] | None, key_file: Path | None):
    """Operators from the configuration that applies to `where`, then from the command line;
    the key from --key-file or the environment."""
    from redactor import config
    from redactor.replace import policy

    try:
        settings = config.load(where)
        base = policy.Policy(settings.operator, settings.operators)
        chosen = policy.with_key(policy.parse(specs or [], base), policy.read_key(key_file))
    except (config.ConfigError, policy.PolicyError) as e:
        fail(f"error: {e}", EXIT_USAGE)
    if chosen.uses(policy.HASH, policy.FAKE) and not chosen.keyed:
        stderr.print(
            f"redact: note: no key (--key-file or {policy.KEY_ENV}): hashes and surrogates "
            "are consistent within this run only",
            markup=False,
        )
    return chosen


def _vault(path: Path | None, key_file: Path | None, chosen):
    """The vault to record into (opened now, so a wrong key fails before any work), or None."""
    if path is None:
        return None
    from redactor.files import vault
    from redactor.replace import policy

    try:
        key = policy.read_vault_key(key_file, chosen.key if chosen.keyed else None)
        if key is None:
            raise vault.VaultError(
                f"--vault needs a key: --vault-key-file, {VAULT_KEY_ENV} or --key-file"
            )
        return vault.Vault.open(path, key)
    except (policy.PolicyError, vault.VaultError) as e:
        fail(f"error: {e}", EXIT_USAGE)


class _SingleFile(NamedTuple):
    format: str | None
    fields: tuple[str, ...]
    columns: tuple[str, ...]


def _format_names() -> list[str]:
    from redactor.files.formats.registry import names

    return names()


def print_findings(text: str, findings: tuple[Finding, ...]) -> None:
    from redactor.replace import preview  # phonenumbers: not for --help

    if not findings:
        stderr.print("redact: no personal data found", markup=False)
        return
    table = Table()
    for column in ("line:col", "entity", "recognizer", "score", "preview"):
        table.add_column(column, no_wrap=True)
    for row in preview.rows(text, findings):
        # Text(): a preview like «[**]» must not be read as rich markup.
        table.add_row(
            f"{row.line}:{row.column}",
            row.entity_type,
            Text(row.recognizer),
            f"{row.score:.2f}",
            Text(row.preview),
        )
    # A terminal wraps the table to fit; a file or pipe gets it whole, one row per line
    # (rich would otherwise assume 80 columns).
    wide = stderr if stderr.is_terminal else Console(stderr=True, width=TABLE_MAX_WIDTH)
    wide.print(f"{len(findings)} finding{'' if len(findings) == 1 else 's'}", markup=False)
    wide.print(table)


@app.command("check", epilog=CHECK_EPILOG)
@guarded
def check_paths(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH...", help="Files and folders to scan.")
    ],
    report: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            callback=_check_report,
            help="text, json, sarif or github.",
        ),
    ] = "text",
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            metavar="ENTITY[:SCORE]",
            callback=_check_fail_on,
            help="Fail only on these entities, at this score (0 to 1) or above (repeat).",
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Ignore findings scored below (default: config)."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="Known findings (fingerprints) that do not fail."),
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write every finding to --baseline.")
    ] = False,
    key_file: Annotated[
        Path | None,
        typer.Option(
            "--key-file",
            metavar="FILE",
            help=f"Secret key of the fingerprints in reports and baselines (or "
            f"${CHECK_KEY_ENV}, then ${KEY_ENV}). {KEY_RULES} A baseline needs it; without "
            "one, fingerprints hold for this run only.",
        ),
    ] = None,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Print the raw values (never by default).")
    ] = False,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="GLOB",
            help="Folders: scan only files whose path (relative to the folder) matches "
            "(repeat; added to the configuration's).",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="GLOB",
            help="Folders: skip files whose path matches (repeat; added to the configuration's).",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: cores)."),
    ] = os.cpu_count() or 1,
) -> None:
    """Scan PATHs for personal data and write nothing: exit 0 clean, 1 found, 2 input error."""
    from redactor import config
    from redactor.check import allow, reports
    from redactor.check.fingerprint import FingerprintKey, read_key
    from redactor.replace.policy import PolicyError

    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", path)
    try:
        key = FingerprintKey(read_key(key_file))
        settings = config.load(paths[0])
        known = allow.Baseline.load(baseline, key) if baseline and not update_baseline else None
    except (config.ConfigError, PolicyError) as e:
        fail(f"error: {e}", EXIT_USAGE)
    if update_baseline and not key.keyed:
        fail(
            f"error: --update-baseline needs a key (--key-file or {CHECK_KEY_ENV}): the "
            "fingerprints of a committed baseline must not be reversible",
            EXIT_USAGE,
        )
    if not key.keyed and report in ("json", "sarif"):
        stderr.print(
            f"redact: note: no key (--key-file or {CHECK_KEY_ENV}): the report's fingerprints "
            "hold for this run only",
            markup=False,
        )
    settings = dataclasses.replace(
        settings,
        score_threshold=settings.score_threshold if threshold is None else threshold,
        include=settings.include + tuple(include or ()),
        exclude=settings.exclude + tuple(exclude or ()),
    )
    from redactor.check.scan import check
    from redactor.files import interrupt

    try:
        with interrupt.handled():  # the workers stop with the scan
            result = check(list(paths), settings, known, show_values, jobs, key)
    except interrupt.Interrupted as e:
        fail("stopped", e.exit_code)
    if update_baseline:
        fingerprints = (f.fingerprint for f in result.findings)
        allow.Baseline.from_fingerprints(fingerprints, key.key_id).save(baseline)
        stderr.print(
            f"redact: {len(result.findings)} finding(s) written to the baseline", markup=False
        )
        raise typer.Exit(EXIT_OK)
    sys.stdout.write(reports.FORMATS[report](list(result.findings), result.files_scanned))
    for path, reason in result.skipped:
        stderr.print(f"redact: skipped: {path}: {reason}", markup=False)
    for path, reason in result.errors:
        stderr.print(f"redact: error: {path}: {reason}", markup=False)
    failing = result.failing(fail_on_limits(fail_on) if fail_on else settings.fail_on)
    raise typer.Exit(EXIT_USAGE if result.errors else EXIT_FOUND if failing else EXIT_OK)


@app.command("restore", epilog=RESTORE_EPILOG)
@guarded
def restore_paths(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="A redacted file, or a folder of them.")
    ],
    vault_path: Annotated[
        Path, typer.Option("--vault", metavar="FILE", help="The vault the redaction wrote.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="OUT", help="Write here (a folder: required); else stdout."
        ),
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option(
            "--vault-key-file",
            "--key-file",
            metavar="FILE",
            help=f"The vault's key (or ${VAULT_KEY_ENV}, then ${KEY_ENV}). {KEY_RULES}",
        ),
    ] = None,
) -> None:
    """Put the originals back into a redacted file (or folder), byte for byte, from its vault."""
    output = _stdout_if_dash(output)
    from redactor.files import restore, vault
    from redactor.replace import policy

    if not path.exists():
        raise InputError("no such file or folder", path)
    try:
        key = policy.read_vault_key(key_file, policy.read_key(None, KEY_ENV))
        if key is None:
            raise vault.VaultError(f"the vault needs its key: --vault-key-file or {VAULT_KEY_ENV}")
        if not vault_path.is_file():
            raise vault.VaultError(f"{vault_path}: no such vault")
        opened = vault.Vault.open(vault_path, key)
    except (policy.PolicyError, vault.VaultError) as e:
        fail(f"error: {e}", EXIT_USAGE)
    if path.is_dir():
        if output is None:
            raise InputError("a folder needs an output folder: -o OUTDIR", path)
        try:
            failures = restore.folder(path, output, opened)
        except ValueError as e:  # batch.BatchError: the folders overlap
            fail(f"error: {e}", EXIT_USAGE)
        for rel, reason in failures:
            stderr.print(f"redact: error: {rel}: {reason}", markup=False)
        raise typer.Exit(EXIT_FOUND if failures else EXIT_OK)
    data = textio.read_bytes(path)
    try:
        restored = opened.restore(data)
    except vault.VaultError as e:
        raise InputError(str(e), path) from None
    if output is None:
        textio.write_stdout_bytes(restored)
    else:
        textio.check_output(output, [path])
        textio.write_bytes_atomic(output, restored)


SPARK_EPILOG = (
    "Exit status: 0 every row redacted (or null or empty, kept) · 1 some rows failed (their "
    "redact_status says undecodable or error:<Type> and their text is nulled; every row is "
    "written) · 2 usage or input error (no Spark installed, no input, an existing output, an "
    "unknown column) · 3 internal error (set REDACT_DEBUG=1 for a traceback)."
)


def _names(values: list[str] | None) -> list[str]:
    """Column names, comma-separated or repeated."""
    return [n.strip() for v in values or () for n in v.split(",") if n.strip()]


@app.command("spark", epilog=SPARK_EPILOG)
@guarded
def redact_spark(
    source: Annotated[
        str, typer.Argument(metavar="INPUT", help="Table to read: a file or folder, or a URL.")
    ],
    target: Annotated[
        str, typer.Argument(metavar="OUTPUT", help="New folder to write the redacted table to.")
    ],
    column: Annotated[
        str, typer.Option("--column", "-c", metavar="NAME", help="The text column to redact.")
    ],
    group_by: Annotated[
        list[str] | None,
        typer.Option(
            "--group-by",
            metavar="COLS",
            help="Columns of a conversation's id: its rows (messages) are redacted together. "
            "Default: each row is a conversation.",
        ),
    ] = None,
    order_by: Annotated[
        list[str] | None,
        typer.Option("--order-by", metavar="COLS", help="The order of a conversation's rows."),
    ] = None,
    sender: Annotated[
        str | None,
        typer.Option(
            "--sender", metavar="NAME", help="Column of who wrote each message (redacted too)."
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="parquet, json (lines) or csv, for input and output (default: by extension; "
            "parquet).",
        ),
    ] = None,
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            metavar="URL",
            help="Spark master (default: local[*], or spark-submit's).",
        ),
    ] = None,
    conf: Annotated[
        list[str] | None,
        typer.Option("--conf", metavar="KEY=VALUE", help="A Spark setting (repeat)."),
    ] = None,
    operators: Annotated[
        list[str] | None,
        typer.Option(
            "--operator",
            "-O",
            metavar="[ENTITY=]OP",
            help="placeholder (default), mask, hash, remove or fake, as for files (repeat).",
        ),
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option(
            "--key-file",
            metavar="FILE",
            help=f"Secret key for hash and fake (or ${KEY_ENV}): the same values agree in every "
            f"partition and run. {KEY_RULES}",
        ),
    ] = None,
) -> None:
    """Redact a table's text column on Apache Spark (pip install 'redact\\[spark]'): findings
    per entity type to stdout, rows per status to stderr."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        fail("error: Spark is not installed: pip install 'redact[spark]'", EXIT_USAGE)
    from redactor.spark import tables

    settings = {}
    for item in conf or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="'--conf'")
        settings[name.strip()] = value.strip()
    try:
        name = tables.table_format(source, fmt)
        tables.check_paths(source, target)
    except tables.SparkJobError as e:
        fail(f"error: {e}", EXIT_USAGE)
    local = "://" not in source
    chosen = _policy(Path(source) if local else Path.cwd(), operators, key_file)
    from pyspark.errors import AnalysisException

    from redactor.spark.session import session

    with session(master, settings) as spark:
        try:
            run = tables.redact_table(
                spark, source, target, column, _names(group_by), _names(order_by), name,
                chosen, sender,
            )  # fmt: skip
        except tables.SparkJobError as e:
            fail(f"error: {e}", EXIT_USAGE)
        except AnalysisException as e:  # its message may quote the table: the class only
            reason = f"Spark cannot read it as {name} ({type(e).__name__})"
            fail(f"error: {source}: {reason}", EXIT_USAGE)
    for entity, n in run.counts.items():
        print(f"{entity}\t{n}")
    rows = sum(run.statuses.values())
    parts = ", ".join(f"{status} {n}" for status, n in run.statuses.items())
    stderr.print(f"redact: {rows} rows ({parts or 'none'}) → {target}", markup=False)
    failed = any(s not in ("ok", "null", "empty") for s in run.statuses)
    raise typer.Exit(EXIT_FOUND if failed else EXIT_OK)


@app.command("evaluate", epilog=EVALUATE_EPILOG)
@guarded
def evaluate_gold(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD.jsonl", help="Annotated texts, one JSON per line.")
    ],
    label_key: Annotated[
        str,
        typer.Option(help="The key of each gold span that holds its label, e.g. coarse."),
    ] = "label",
) -> None:
    """Score the detector against a gold JSONL file: per-entity precision and recall to stdout."""
    textio.check_readable(gold)
    from redactor import evaluate  # loads the engine

    try:
        docs = evaluate.load_jsonl(gold, label_key=label_key)
    except ValueError as e:
        raise InputError(_first_line(e), gold) from None
    print(evaluate.format_report(evaluate.evaluate(docs)))


def _first_line(error: ValueError) -> str:
    if isinstance(error, UnicodeDecodeError):  # its message quotes the offending bytes
        return f"not valid {error.encoding} (byte offset {error.start})"
    return (str(error).splitlines() or [type(error).__name__])[0]


def main() -> None:
    app(prog_name="redact")


if __name__ == "__main__":  # spark-submit runs this file as the driver (README)
    main()
