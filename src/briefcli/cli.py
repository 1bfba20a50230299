"""The command line. Typer only: parse options, call the library, render, map errors to exit
codes. Heavy modules are imported inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    NamedTuple,
    ParamSpec,
    TextIO,
    TypeAlias,
    TypeVar,
    cast,
)

import typer

from briefcli.errors import EXIT_MEANINGS, BriefError, ExitCode, OutputError, Terminated, UsageError
from briefcli.model import PARAGRAPH_KINDS
from briefcli.render.formats import FILE_FORMATS, OPTIONS, formats

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from briefcli.model import Briefing
    from briefcli.render.formats import Rendered

P = ParamSpec("P")
R = TypeVar("R")

EXIT_CODES_HELP = "Exit codes: " + "; ".join(f"{int(code)} {EXIT_MEANINGS[code]}" for code in ExitCode) + "."

app = typer.Typer(
    name="briefcli",
    help="Turn a press release or news article about an official meeting into a briefing note: "
    "who was there, who said what, which part was the forum, the panel or the bilateral talks, and when. "
    "Offline, deterministic, every line traceable to its paragraph.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(slots=True)
class _Settings:
    debug: bool = False
    no_color: bool = False
    timeout: float = 10.0
    allow_private: bool = False


_settings = _Settings()

SOURCE_HELP = (
    "The article: a .txt, .md or .html file, an http(s):// URL, or - for standard input. "
    "Without it, the bundled reference article (WCO Secretary General at the International Customs "
    "Forum in Moscow, 25 October 2021)."
)
SourceArg = Annotated[str | None, typer.Argument(help=SOURCE_HELP, show_default=False, metavar="[SOURCE]")]
SOURCES_HELP = (
    "The articles: .txt, .md or .html files, folders (their .txt, .md, .html and .htm files, "
    "recursively), glob patterns (quoted: 'news/**/*.html'), http(s):// URLs, or - for standard "
    "input. Several sources give one output with each briefing under its source's name (JSON: "
    "an array; CSV: a source column). Without one, standard input if piped, else the bundled "
    "reference article (WCO Secretary General at the International Customs Forum in Moscow, "
    "25 October 2021)."
)
# What a view command declares as ``source: SourceArg`` takes several (see ``_renders``).
SourcesArg = Annotated[
    list[str] | None, typer.Argument(help=SOURCES_HELP, show_default=False, metavar="[SOURCE]...")
]

TIMEOUT_HELP = (
    "Seconds allowed for fetching a URL, all of it: name lookup, connections, redirects, headers and body."
)
ALLOW_PRIVATE_HELP = (
    "Let a URL (or a redirect) reach loopback, private, link-local, cloud-metadata and other "
    "non-public addresses, which are refused by default."
)


def _fail(message: str, code: ExitCode) -> typer.Exit:
    typer.echo(f"briefcli: error: {message}", err=True)
    return typer.Exit(int(code))


def _reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one stderr line and their exit code; tracebacks only with --debug."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except BriefError as exc:
            if _settings.debug:
                raise
            raise _fail(exc.message, exc.exit_code) from None
        except KeyboardInterrupt:
            raise _fail("interrupted", ExitCode.INTERRUPTED) from None
        except Terminated as exc:
            import signal

            name = signal.Signals(exc.signum).name
            raise _fail(f"stopped by {name}", ExitCode(128 + exc.signum)) from None
        except BrokenPipeError:
            # The reader (`| head`) went away: stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.OK)) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if _settings.debug:
                raise
            raise _fail(
                f"internal error ({type(exc).__name__}: {exc}); rerun with --debug for the traceback "
                "and report it",
                ExitCode.INTERNAL,
            ) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"briefcli {version('briefcli')}")
        except PackageNotFoundError:
            typer.echo("briefcli (not installed)")
        raise typer.Exit()


# The options that concern the whole run. They go before the command (`briefcli --timeout 5
# summary URL`) or after it (`briefcli summary URL --timeout 5`), where users put them.
GLOBAL_PANEL = "Global options (also before the command)"
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Show tracebacks and debug logs.", rich_help_panel=GLOBAL_PANEL)
]
NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color",
        help="No colours (NO_COLOR in the environment does the same).",
        rich_help_panel=GLOBAL_PANEL,
    ),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        min=0.1,
        help=TIMEOUT_HELP + " Default: 10.",
        show_default=False,
        rich_help_panel=GLOBAL_PANEL,
    ),
]

AllowPrivateOpt = Annotated[
    bool, typer.Option("--allow-private-urls", help=ALLOW_PRIVATE_HELP, rich_help_panel=GLOBAL_PANEL)
]


def _configure(
    *,
    debug: bool = False,
    no_color: bool = False,
    timeout: float | None = None,
    allow_private_urls: bool = False,
) -> None:
    """Apply the global options given (a flag only turns its setting on: given before and after
    the command, either place counts)."""
    if debug:
        _settings.debug = True
        _configure_logging(debug=True)
    if no_color:
        _settings.no_color = True
    if timeout is not None:
        _settings.timeout = timeout
    if allow_private_urls:
        _settings.allow_private = True


_GLOBAL_NAMES = ("debug", "no_color", "timeout", "allow_private_urls")


def _global_options(command: Callable[..., R]) -> Callable[..., R]:
    """Give a command the global options as its own (declared once, above), applied before it
    runs."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        _configure(**{name: kwargs.pop(name) for name in _GLOBAL_NAMES if name in kwargs})
        return command(*args, **kwargs)

    keyword = inspect.Parameter.KEYWORD_ONLY
    own = inspect.signature(command, eval_str=True)
    extra = [
        inspect.Parameter("debug", keyword, default=False, annotation=DebugOpt),
        inspect.Parameter("no_color", keyword, default=False, annotation=NoColorOpt),
        inspect.Parameter("timeout", keyword, default=None, annotation=TimeoutOpt),
        inspect.Parameter("allow_private_urls", keyword, default=False, annotation=AllowPrivateOpt),
    ]
    parameters = [*own.parameters.values(), *extra]
    setattr(wrapper, "__signature__", own.replace(parameters=parameters))  # noqa: B010
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper


@app.callback(epilog=EXIT_CODES_HELP)
def _main(
    ctx: typer.Context,
    debug: DebugOpt = False,
    no_color: NoColorOpt = False,
    timeout: TimeoutOpt = None,
    allow_private_urls: AllowPrivateOpt = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    if not _utf8_streams():
        from briefcli.render.fallback import tolerate_legacy_encodings

        tolerate_legacy_encodings()
    # Each run starts from the defaults (a test runner calls the app many times in one process).
    global _settings
    _settings = _Settings()
    _configure_logging(debug=False)
    # Gone with the run: a later run in the same process (tests, embedding) has another stderr.
    ctx.call_on_close(_remove_log_handlers)
    _configure(debug=debug, no_color=no_color, timeout=timeout, allow_private_urls=allow_private_urls)


def _utf8_streams() -> bool:
    """Standard output and error both UTF-8, as nearly always: the fallback module is not even
    imported then."""
    return all(
        str(getattr(stream, "encoding", None) or "").lower().replace("_", "-") in ("utf-8", "utf8")
        for stream in (sys.stdout, sys.stderr)
    )


def _piped_input() -> bytes | None:
    """What a pipe or a redirected file on standard input holds (`cat a.txt | briefcli summary`),
    for a command given no SOURCE; None when standard input is a terminal, /dev/null or a socket,
    as ripgrep decides whether to read it (a socket may never close)."""
    import io
    import stat

    from briefcli.text.load import MAX_INPUT_BYTES

    try:
        fd = sys.stdin.fileno() if sys.stdin is not None else -1
        if fd < 0 or os.isatty(fd):
            return None
        mode = os.fstat(fd).st_mode
    except (OSError, ValueError, io.UnsupportedOperation):  # no descriptor: a test runner's stream
        return None
    if not (stat.S_ISFIFO(mode) or stat.S_ISREG(mode)):
        return None
    try:
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError):
        return None


class _LogHandler(logging.StreamHandler[TextIO]):
    """briefcli's handler on the root logger, one per run."""


class _OneLine(logging.Formatter):
    """``briefcli: warning: ...``, as errors are ``briefcli: error: ...``: one line each."""

    def format(self, record: logging.LogRecord) -> str:
        message = " ".join(record.getMessage().split())
        return f"briefcli: {record.levelname.lower()}: {message}"


def _from_briefcli(record: logging.LogRecord) -> bool:
    return record.name == "briefcli" or record.name.startswith("briefcli.")


def _configure_logging(debug: bool) -> None:
    """With --debug, every logger's records from DEBUG up, named. Without it, briefcli's own
    warnings only, one line each: the libraries' (trafilatura's "discarding data: None",
    htmldate's, courlan's, urllib3's, charset_normalizer's) would come before the one-line error
    and say nothing a user can act on. A handler on the root logger also keeps Python's last-resort
    handler from printing them. The stream is the sys.stderr of this run (a test runner swaps it)."""
    _remove_log_handlers()
    root = logging.getLogger()
    handler = _LogHandler(sys.stderr)
    if debug:
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(_OneLine())
        handler.addFilter(_from_briefcli)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)


def _remove_log_handlers() -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogHandler)]:
        root.removeHandler(old)


def _briefing(source: str | None) -> Briefing:
    """The analysis of SOURCE; without one, of what is piped in, else of the bundled sample (an
    empty pipe counts as nothing piped)."""
    import gc
    import io

    from briefcli.analysis import analyse
    from briefcli.text.load import load

    stdin = None
    if source is None:
        piped = _piped_input()
        if piped:
            source, stdin = "-", io.BytesIO(piped)
    article = load(source, stdin=stdin, timeout=_settings.timeout, allow_private=_settings.allow_private)
    # One article a run: what its analysis makes lives to the run's end, so no collection walks
    # it, during the analysis (``analyse`` runs none) or after it.
    try:
        return analyse(article)
    finally:
        gc.freeze()


# Rich output that does not go to a terminal (a pipe, a file, -o) is laid out at this width
# unless COLUMNS is set: never the width of whatever terminal stdin happens to be, so that
# `> file` and `-o file` give the same bytes.
PLAIN_WIDTH = 80


def _console() -> Console:
    """Rich on a terminal (its width; colours unless --no-color or NO_COLOR); otherwise plain
    text: the same layout without a single escape code, at PLAIN_WIDTH (or $COLUMNS) columns."""
    from rich.console import Console

    console = Console(no_color=_settings.no_color or None, highlight=False, soft_wrap=False, emoji=False)
    if console.is_terminal:
        return console
    return _plain_console()


def _plain_width() -> int:
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 20 else PLAIN_WIDTH


def _plain_console(file: Any = None) -> Console:
    from rich.console import Console

    return Console(
        file=file,
        width=_plain_width(),
        no_color=True,
        highlight=False,
        soft_wrap=False,
        force_terminal=False,
        force_jupyter=False,
        emoji=False,
    )


@contextlib.contextmanager
def _writing_stdout() -> Iterator[TextIO]:
    """Standard output, with a full disk (/dev/full), a closed descriptor or any other write
    error turned into an OutputError (exit 5); a reader that went away (`| head`) is handled by
    ``_reports_errors``."""
    stream = sys.stdout
    if stream is None:  # `briefcli summary >&-`: Python starts without a stdout
        raise OutputError("standard output is closed; give -o FILE or redirect it to a file")
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: a write to a closed file
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(
            f"cannot write to standard output: {reason}; free some space, or give -o FILE"
        ) from exc


def _print_rich(renderable: RenderableType) -> None:
    with _writing_stdout():
        _console().print(renderable)


def _print_json(data: Any) -> None:
    import json

    with _writing_stdout() as stream:
        # Where the encoding cannot hold every character, \u escapes keep the JSON exact.
        stream.write(json.dumps(data, ensure_ascii=not _utf8_streams(), indent=2) + "\n")


def _print_text(text: str) -> None:
    with _writing_stdout() as stream:
        stream.write(text)


def _print_bytes(data: bytes) -> None:
    """Bytes as they are (an ICS file's CRLF line ends survive on every platform)."""
    with _writing_stdout() as stream:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(data.decode("utf-8"))
        else:
            buffer.write(data)
            buffer.flush()


def _choices(name: str, values: Sequence[str]) -> type[StrEnum]:
    """A str enum of ``values``: Typer offers an enum's values as an option's choices."""
    # mypy reads the functional API as a member lookup.
    return cast("type[StrEnum]", StrEnum(name, [(v, v) for v in values]))


if TYPE_CHECKING:
    SectionKind = str
else:
    # The kinds data/kinds.json declares, as Typer's choices of --section.
    SectionKind = _choices("SectionKind", PARAGRAPH_KINDS)

if TYPE_CHECKING:
    Paper = str
else:
    Paper = _choices("Paper", ("a4", "letter"))  # render.docx.PAPERS, without importing it


# --- The output options every view command shares ----------------------------------------------


class _Out(NamedTuple):
    """How and where a view goes: ``--format``, ``-o FILE``, ``--force``, ``--template FILE``,
    ``--csv-bom/--no-csv-bom`` (None: as the destination wants)."""

    fmt: str
    path: str | None = None
    force: bool = False
    template: str | None = None
    csv_bom: bool | None = None
    options: tuple[tuple[str, str], ...] = ()  # the renderer's own (render.formats.OPTIONS): --paper

    @property
    def to_stdout(self) -> bool:
        return self.path is None or self.path == "-"

    @property
    def bom(self) -> bool:
        """A CSV gets a byte-order mark in a file (Excel reads a file without one as the
        system's legacy code page: "–" becomes "â€“"), never on standard output unless asked:
        a pipe's reader wants plain UTF-8."""
        return self.fmt == "csv" and (self.csv_bom if self.csv_bom is not None else not self.to_stdout)


OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE instead of standard output (atomically; an existing FILE needs --force; "
        "- is standard output).",
        show_default=False,
        metavar="FILE",
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let -o overwrite an existing FILE.")]
TemplateOpt = Annotated[
    str | None,
    typer.Option(
        "--template",
        help="Render with your own Jinja template FILE (sandboxed) instead of the built-in one; "
        "`briefcli templates NAME` prints a built-in to start from.",
        show_default=False,
        metavar="FILE",
    ),
]

CsvBomOpt = Annotated[
    bool | None,
    typer.Option(
        "--csv-bom/--no-csv-bom",
        help="Start a CSV with a UTF-8 byte-order mark, so that Excel reads its dashes and quotes "
        "right. Default: with -o FILE yes, on standard output no.",
        show_default=False,
    ),
]

# A view command returns its view, a plain dict (``briefcli.present.views``).
View: TypeAlias = Mapping[str, Any]


def _output_parameters(view: str, default: str | None, format_help: str) -> list[inspect.Parameter]:
    """--format (the render table's formats for ``view``), -o, --force and --template; and
    --csv-bom/--no-csv-bom where CSV is one of the formats."""
    if default is not None:
        format_help += f" Default: from the -o file's extension, else {default}."
    fmt = typer.Option("--format", "-f", help=format_help, show_default=False)
    choices = _choices(f"{view.title()}Format", formats(view))
    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [
        # None until parsed: -o's extension decides before the default does.
        inspect.Parameter("fmt", keyword, default=None, annotation=Annotated[choices | None, fmt]),
        inspect.Parameter("output", keyword, default=None, annotation=OutputOpt),
        inspect.Parameter("force", keyword, default=False, annotation=ForceOpt),
        inspect.Parameter("template", keyword, default=None, annotation=TemplateOpt),
    ]
    if "csv" in formats(view):
        parameters.append(inspect.Parameter("csv_bom", keyword, default=None, annotation=CsvBomOpt))
    return parameters


def _renders(
    view: str,
    *,
    default: str | None = "rich",
    format_help: str = "Output format.",
    options: Sequence[inspect.Parameter] = (),
) -> Callable[[Callable[..., View]], Callable[..., None]]:
    """Make a function that returns the view ``view`` a command: its parameters, then the output
    options every view command shares (declared once, in ``_output_parameters``); the view it
    returns is rendered with them. Without ``default``, the format comes from -o's extension.
    ``options`` go to the renderer of the formats that take them (``render.formats.OPTIONS``),
    not to the command."""

    def decorate(command: Callable[..., View]) -> Callable[..., None]:
        @functools.wraps(command)
        def wrapper(
            *args: Any,
            fmt: str | None = None,
            output: str | None = None,
            force: bool = False,
            template: str | None = None,
            csv_bom: bool | None = None,
            **kwargs: Any,
        ) -> None:
            # The options are checked before the article is read: a usage error costs nothing.
            given = {p.name: str(v) for p in options if (v := kwargs.pop(p.name, None)) is not None}
            fmt = _format(view, fmt, output, template, default)
            _check_options(view, fmt, template, given)
            out = _Out(fmt, output, force, template, csv_bom, tuple(given.items()))
            if not takes_source:  # a command that reads a store
                _emit(command(*args, **kwargs), view, out)
                return
            sources: list[str] = list(kwargs.pop("source", None) or [])
            from briefcli.text.sources import is_batch

            if not is_batch(sources):
                _emit(command(*args, source=sources[0] if sources else None, **kwargs), view, out)
                return
            if out.fmt in FILE_FORMATS:
                raise UsageError(f"--format {out.fmt} writes one document; give one SOURCE")
            _emit_batch(functools.partial(command, *args, **kwargs), sources, view, out)

        own = inspect.signature(command, eval_str=True)
        takes_source = "source" in own.parameters
        parameters = [
            p.replace(annotation=SourcesArg) if p.name == "source" else p for p in own.parameters.values()
        ]
        parameters += [*_output_parameters(view, default, format_help), *options]
        # Typer reads the parameters from the signature and their types from the annotations.
        setattr(wrapper, "__signature__", own.replace(parameters=parameters, return_annotation=None))  # noqa: B010
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
        return wrapper

    return decorate


# The format an -o FILE's extension names. ".txt" is plain text: the txt template where the view
# has one, else the Rich layout without escape codes.
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}
_SUFFIXES |= {".json": "json", ".jsonl": "jsonl", ".docx": "docx", ".csv": "csv", ".ics": "ics"}


def _suffix(output: str | None) -> str:
    from pathlib import PurePath

    return PurePath(output).suffix.lower() if output and output != "-" else ""


def _suffix_format(view: str, suffix: str) -> str | None:
    """The format an -o extension names for ``view``: None for no or an unknown extension, a
    UsageError for a known one the view cannot write ("people -o p.ics")."""
    if suffix not in _SUFFIXES:
        return None
    fmt = _offered(view, suffix)
    if fmt is None:
        writable = ", ".join(s for s in _SUFFIXES if _offered(view, s))
        command = "analyze" if view == "analysis" else view
        raise UsageError(
            f"{command} cannot write a {suffix} file (it writes {writable}); choose another -o name"
        )
    return fmt


def _offered(view: str, suffix: str) -> str | None:
    """The format of ``view`` a known extension means, if the view has it."""
    offered = formats(view)
    fmt = _SUFFIXES[suffix]
    if fmt == "txt" and fmt not in offered:
        fmt = "rich"
    return fmt if fmt in offered else None


def _format(view: str, fmt: str | None, output: str | None, template: str | None, default: str | None) -> str:
    """The format asked for; else the one -o's extension names; else the view's default. A
    --format that contradicts the extension is a usage error (`--format md -o brief.html`), and
    so is an extension export cannot tell (it has no default format); docx needs -o."""
    suffix = _suffix(output)
    named = _suffix_format(view, suffix)
    if fmt is None:
        if named is None and suffix and default is None:
            known = ", ".join(s for s in _SUFFIXES if _offered(view, s))
            raise UsageError(f"cannot tell the format from {suffix!r} (known: {known}); give --format")
        fmt = named or default or formats(view)[0]
    fmt = str(fmt)  # Typer gives a member of the enum of choices
    if named is not None and fmt != named and template is None and {named, fmt} != {"rich", "txt"}:
        raise UsageError(
            f"--format {fmt} contradicts -o {output}, whose extension means {named}; "
            "drop --format or change the file name"
        )
    if fmt in FILE_FORMATS and output is None and template is None:
        raise UsageError(f"--format {fmt} writes {FILE_FORMATS[fmt]}: give -o FILE (or -o - to pipe it)")
    return fmt


def _check_options(view: str, fmt: str, template: str | None, given: Mapping[str, str]) -> None:
    """A renderer's option (--paper) given with a format whose renderer does not take it."""
    for name in given:
        if template is not None or name not in OPTIONS.get((view, fmt), ()):
            takes = [f"--format {f}" for (v, f), names in OPTIONS.items() if v == view and name in names]
            raise UsageError(f"--{name} is for {' or '.join(takes)} only; drop it or give that format")


def _rich_text(renderable: RenderableType) -> str:
    """A Rich renderable as plain text, 80 columns (or $COLUMNS): what ``-o`` writes for
    ``--format rich``."""
    import io

    buffer = io.StringIO()
    _plain_console(buffer).print(renderable)
    return buffer.getvalue()


def _deliver(data: str | bytes, out: _Out) -> None:
    """Print ``data``, or write it to ``-o FILE`` and say where (``-o -`` is standard output)."""
    if out.to_stdout:
        if isinstance(data, bytes):
            _print_bytes(data)
        else:
            _print_text(data)
        return
    from pathlib import Path

    from briefcli.render.output import write_atomic

    assert out.path is not None
    write_atomic(Path(out.path), data, force=out.force)
    typer.echo(f"briefcli: wrote {out.path}", err=True)


def _emit(view: View, name: str, out: _Out) -> None:
    """Render the view ``name`` as the render table says for ``out.fmt`` (Rich on a terminal
    in colour, else as plain text), or with the user's ``--template`` whatever the format."""
    data: str | bytes
    if out.template is not None:
        from pathlib import Path

        from briefcli.render.templates import render_user

        html = out.fmt == "html" or (out.path is not None and out.path.lower().endswith((".html", ".htm")))
        data = render_user(Path(out.template), {name: view}, html=html)
    else:
        from briefcli.render.formats import render

        rendered = render(name, out.fmt, view, **dict(out.options))
        if out.to_stdout and not _utf8_streams():
            rendered = _spelt(rendered, view, name, out.fmt)
        if isinstance(rendered, str | bytes):
            data = rendered
        elif out.to_stdout:
            _print_rich(rendered)
            return
        else:
            data = _rich_text(rendered)
    if out.bom and isinstance(data, str):
        # Bytes: a standard output that is not UTF-8 still gets the UTF-8 file asked for.
        data = "\ufeff".encode() + data.encode("utf-8")
    _deliver(data, out)


def _emit_batch(command: Callable[..., View], specs: Sequence[str], name: str, out: _Out) -> None:
    """Render the view ``name`` of every article ``specs`` stand for in one output (see
    ``briefcli.render.batch``). A source that fails gets one error line and the others go on;
    the exit code is then PARTIAL (or, when all failed, the first failure's). A filter that
    matches nothing in one source leaves it out; in all of them, NO_RESULTS."""
    from briefcli.errors import NoResultsError
    from briefcli.render.batch import Item
    from briefcli.text.sources import expand_sources

    items: list[Item] = []
    failures: list[ExitCode] = []
    unmatched: list[str] = []
    for spec in expand_sources(specs):
        if isinstance(spec, BriefError):
            failures.append(_report(spec, None))
            continue
        try:
            result = command(source=spec)
        except NoResultsError:
            unmatched.append(spec)
            continue
        except BriefError as exc:
            failures.append(_report(exc, spec))
            continue
        except Exception as exc:
            if _settings.debug:
                raise
            failures.append(_report(exc, spec))
            continue
        source = result.get("source")
        items.append(Item(source["name"] if isinstance(source, Mapping) else spec, result))
    if items or not failures:
        if not items and unmatched:
            raise NoResultsError(f"the filter matches nothing in any of the {len(unmatched)} sources")
        _emit_items(items, name, out)
    if failures:
        raise typer.Exit(int(ExitCode.PARTIAL if items or unmatched else failures[0]))


def _report(exc: Exception, spec: str | None) -> ExitCode:
    """One error line for a source of a batch, naming it; the exit code its failure means."""
    if isinstance(exc, BriefError):
        message, code = exc.message, exc.exit_code
    else:
        message = f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
        code = ExitCode.INTERNAL
    if spec is not None and spec not in message:
        from briefcli.text.load import redact_url

        message = f"{redact_url(spec)}: {message}"
    typer.echo(f"briefcli: error: {message}", err=True)
    return code


def _emit_items(items: Sequence[Any], name: str, out: _Out) -> None:
    """``_emit`` for several sources' views (``briefcli.render.batch.Item``s)."""
    data: str | bytes
    if out.template is not None:
        from pathlib import Path

        from briefcli.render.batch import join_text
        from briefcli.render.templates import render_user

        html = out.fmt == "html" or (out.path is not None and out.path.lower().endswith((".html", ".htm")))
        data = join_text(
            [(i.name, render_user(Path(out.template), {name: i.view}, html=html)) for i in items]
        )
    else:
        from briefcli.render.batch import Item, render_batch

        if out.to_stdout and not _utf8_streams():
            from briefcli.render.fallback import legacy_encoding, spell_data

            encoding = legacy_encoding(sys.stdout)
            if encoding is not None and out.fmt not in ("json", "jsonl", "ics"):
                items = [Item(i.name, spell_data(i.view, encoding)) for i in items]
        rendered = render_batch(name, out.fmt, items)
        if isinstance(rendered, str | bytes):
            data = rendered
            if (
                out.to_stdout
                and isinstance(data, str)
                and out.fmt in ("json", "jsonl")
                and not _utf8_streams()
            ):
                from briefcli.render.fallback import escape_json

                data = escape_json(data)
        elif out.to_stdout:
            _print_rich(rendered)
            return
        else:
            data = _rich_text(rendered)
    if out.bom and isinstance(data, str):
        data = "\ufeff".encode() + data.encode("utf-8")
    _deliver(data, out)


def _spelt(rendered: Rendered, view: View, name: str, fmt: str) -> Rendered:
    """What ``_emit`` prints on a standard output whose encoding cannot hold every character:
    JSON with \\u escapes, text spelt in ASCII where it must be, a Rich view spelt before Rich
    lays it out (else the boxes come out ragged)."""
    from briefcli.render.fallback import escape_json, legacy_encoding, spell, spell_data
    from briefcli.render.formats import render

    encoding = legacy_encoding(sys.stdout)
    if encoding is None or isinstance(rendered, bytes):
        return rendered
    if isinstance(rendered, str):
        return escape_json(rendered) if fmt == "json" else spell(rendered, encoding)
    return render(name, fmt, spell_data(view, encoding))


MaxWordsOpt = Annotated[
    int | None,
    typer.Option(
        "--max-words",
        min=20,
        help="Word budget of the summary's bottom line and key points; whole points are kept, "
        "and the header, bottom line, participants and section labels always shown. "
        "Default: 300, or more when the bottom line and one point of each section need it.",
        show_default=False,
    ),
]


# --- The view commands -------------------------------------------------------------------------


@app.command(
    epilog=EXIT_CODES_HELP,
    short_help="The full analysis: paragraphs, sentences, sections, people, statements, events.",
)
@_global_options
@_reports_errors
@_renders("analysis")
def analyze(source: SourceArg = None) -> View:
    """Print the full analysis: paragraphs and sentences with offsets, sections, people,
    statements and events. The JSON form is the analysis contract (see `briefcli schema`).

    Example: briefcli analyze article.html --format json
    """
    from briefcli.present.views import analysis_view

    return analysis_view(_briefing(source))


@app.command(
    epilog=EXIT_CODES_HELP,
    short_help="The briefing note: bottom line, participants and key points, each citing its ¶.",
)
@_global_options
@_reports_errors
@_renders("summary")
def summary(source: SourceArg = None, max_words: MaxWordsOpt = None) -> View:
    """The briefing note: title, event dates, place, publication and source; a bottom line
    built from the analysis (who met whom, at what, where, when); the participants; and for
    each section (meeting, panel, bilateral talks) up to seven key points, the most
    informative statements and facts in the article's own words. Every line cites its
    paragraph (¶).

    Example: briefcli summary https://example.org/press-release.html --format md
    """
    from briefcli.present.views import summary_view

    return summary_view(_briefing(source), max_words=max_words)


@app.command(
    epilog=EXIT_CODES_HELP, short_help="The full briefing as one document (md, html, txt, json, docx)."
)
@_global_options
@_reports_errors
@_renders(
    "export",
    default=None,
    format_help="Output format. Default: from the -o file's extension (.md, .html, .txt, .json, "
    ".docx); md without -o or without an extension.",
    options=[
        inspect.Parameter(
            "paper",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[
                Paper | None,
                typer.Option(
                    "--paper",
                    help="The page size of the Word document (docx): a4 (the default) or letter "
                    "(US Letter, 8.5 x 11 in).",
                    show_default=False,
                ),
            ],
        )
    ],
)
def export(source: SourceArg = None, max_words: MaxWordsOpt = None) -> View:
    """The full briefing as one document: the summary, the sections, all statements by
    speaker, the timeline and the people, every line citing its paragraph (¶). Text formats
    print to standard output without -o; docx is a file, so it needs -o FILE (or -o - to pipe
    the bytes), on A4 pages (--paper letter for US Letter).

    Example: briefcli export article.html -o briefing.docx
    """
    from briefcli.present.views import export_view

    return export_view(_briefing(source), max_words=max_words)


@app.command(
    epilog=EXIT_CODES_HELP,
    short_help="Who's who: people with titles, organizations, mentions and statements.",
)
@_global_options
@_reports_errors
@_renders("people")
def people(source: SourceArg = None) -> View:
    """Who's who: every named person with title and organization, how often the text refers
    to them, the sections they appear in and their statements; then the unnamed participants
    ("the Acting Head of the Federal Customs Service").

    Example: briefcli people article.txt --format csv > people.csv
    """
    from briefcli.present.views import people_view

    return people_view(_briefing(source))


@app.command(
    epilog=EXIT_CODES_HELP, short_help="The meeting, panel and bilateral sections with their paragraphs."
)
@_global_options
@_reports_errors
@_renders("sections")
def sections(source: SourceArg = None) -> View:
    """The article in sections: the meeting, the panel, the bilateral talks and the background,
    each with its paragraphs (¶), participants, dates and opening line.

    Example: briefcli sections article.txt --format md
    """
    from briefcli.present.views import sections_view

    return sections_view(_briefing(source))


@app.command(epilog=EXIT_CODES_HELP, short_help="The dated events in order; --format ics writes a calendar.")
@_global_options
@_reports_errors
@_renders("timeline")
def timeline(
    source: SourceArg = None,
    publication: Annotated[
        bool,
        typer.Option(
            "--publication/--no-publication",
            help="Show the article's publication as a row of its own (--no-publication: the events only).",
        ),
    ] = True,
) -> View:
    """The events sorted by date, each with what happened, where, who and its paragraph (¶),
    and the publication of the article as its own row. `--format ics` writes a calendar
    (RFC 5545, all-day events) for any calendar application; importing it again updates its
    events instead of adding copies, whichever folder the article was read from.

    Example: briefcli timeline article.html --format ics --no-publication > events.ics
    """
    from briefcli.present.views import timeline_view

    return timeline_view(_briefing(source), publication=publication)


@app.command(epilog=EXIT_CODES_HELP, short_help="Who said what: every statement by speaker, filterable.")
@_global_options
@_reports_errors
@_renders("quotes")
def quotes(
    source: SourceArg = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            help="Only this speaker: any part of the name, a title or a group as written, "
            'ignoring case ("kunio", "Secretary General", "both sides").',
            show_default=False,
            metavar="NAME",
        ),
    ] = None,
    section: Annotated[
        SectionKind | None,
        typer.Option("--section", help="Only statements in sections of this kind.", show_default=False),
    ] = None,
    direct: Annotated[bool, typer.Option("--direct", help="Only direct quotations.")] = False,
    reported: Annotated[bool, typer.Option("--reported", help="Only reported speech.")] = False,
) -> View:
    """Who said what: every statement, quoted or reported, grouped by speaker with their title,
    each with its cue verb, content, section and paragraph (¶). A filter that matches nothing
    exits with code 1 and names the speakers the article has; an article without statements
    prints an empty list.

    Example: briefcli quotes article.txt --speaker Mikuriya --section bilateral --format md
    """
    from briefcli.present.views import quotes_view

    if direct and reported:
        raise UsageError("--direct and --reported exclude each other; give one of them, or neither for both")
    return quotes_view(
        _briefing(source),
        speaker=speaker,
        section=None if section is None else str(section),  # an enum member, from Typer
        direct=True if direct else False if reported else None,
    )


@app.command(
    epilog=EXIT_CODES_HELP, short_help="List the built-in Jinja templates, or print one to start from."
)
@_global_options
@_reports_errors
def templates(
    name: Annotated[
        str | None,
        typer.Argument(
            help='A built-in template, as listed ("summary.md" or "summary.md.j2"): print its source.',
            show_default=False,
        ),
    ] = None,
) -> None:
    """List the built-in Jinja templates (name, command, format, purpose), or print one to copy
    and change; use your copy with --template FILE. Templates see the same data as
    --format json, under the command's name, and have the `md` filter (Markdown escaping).

    Example: briefcli templates summary.md > my-summary.md.j2
    """
    from briefcli.render.templates import template_infos, template_source

    if name is not None:
        _print_text(template_source(name))
        return
    infos = template_infos()
    rows = [("NAME", "COMMAND", "FORMAT", "PURPOSE")] + [
        (i.name, i.command or "—", i.format, i.purpose or "—") for i in infos
    ]
    widths = [max(len(row[col]) for row in rows) for col in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3]
        for row in rows
    ]
    _print_text("\n".join(lines) + "\n")


# --- The store: index, digest, search -----------------------------------------------------------

DbOpt = Annotated[
    str,
    typer.Option(
        "--db",
        help="The store: one SQLite file (made by `briefcli index`; browse it with `datasette FILE`).",
        show_default=False,
        metavar="FILE",
    ),
]


def _progress_bar() -> Any:
    """A Rich progress bar on standard error when it is a terminal (count, rate, time left);
    None through a pipe or into a file: nothing extra then."""
    from rich.console import Console

    console = Console(stderr=True, no_color=_settings.no_color or None, highlight=False)
    if not console.is_terminal:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )


class _IndexProgress:
    """What `briefcli index` shows as it goes: a progress bar on a terminal, and one error line
    per failed source (above the bar, or alone through a pipe)."""

    def __init__(self) -> None:
        import time

        self.started = time.monotonic()
        self.bar = _progress_bar()
        self.task: Any = None

    def start(self, total: int) -> None:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("Indexing", total=total, rate="")

    def advance(self, outcome: Any) -> None:
        import time

        if outcome.status == "failed":
            message = outcome.message
            if outcome.spec and outcome.spec not in message:
                message = f"{outcome.spec}: {message}"
            if self.bar is not None:
                self.bar.console.print(f"briefcli: error: {message}", markup=False, highlight=False)
            else:
                typer.echo(f"briefcli: error: {message}", err=True)
        if self.bar is not None:
            self.bar.advance(self.task)
            done = self.bar.tasks[0].completed
            rate = done / max(time.monotonic() - self.started, 1e-6)
            self.bar.update(self.task, rate=f"{rate:.0f} articles/s")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


SCALE_PANEL = "Beyond one machine: Dask, partitioned output"
EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="local: worker processes; dask: a local Dask cluster (pip install 'briefcli[dask]').",
        rich_help_panel=SCALE_PANEL,
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Analyse on the existing Dask cluster whose scheduler is at this address "
        "(tcp://HOST:8786); its workers read the sources.",
        show_default=False,
        metavar="ADDRESS",
        rich_help_panel=SCALE_PANEL,
    ),
]
OutOpt = Annotated[
    str | None,
    typer.Option(
        "--out",
        help="Instead of --db: write the rows into this folder, in partitions of 500 articles; "
        "`briefcli index DIR --db FILE` loads it.",
        show_default=False,
        metavar="DIR",
        rich_help_panel=SCALE_PANEL,
    ),
]
OutFormatOpt = Annotated[
    OutFormat | None,
    typer.Option(
        "--out-format",
        help="The files of --out: jsonl (JSON Lines), or parquet (needs pyarrow). Default: jsonl.",
        show_default=False,
        rich_help_panel=SCALE_PANEL,
    ),
]


def _index_engine(engine: Engine, scheduler: str | None, jobs: int | None) -> Any:
    """The Dask engine `--engine dask` or `--scheduler` asks for (None: local processes)."""
    if scheduler is None and engine is Engine.local:
        return None
    from briefcli.store.dask_engine import DaskEngine, require_dask

    if scheduler is not None and jobs is not None:
        raise UsageError("--jobs sets the workers of a local cluster; a --scheduler cluster has its own")
    require_dask()
    return DaskEngine(
        scheduler=scheduler, workers=jobs, connect_timeout=_settings.timeout, quiet=not _settings.debug
    )


def _run_index(
    sources: list[str], db: str | None, out: str | None, out_format: OutFormat | None, **options: Any
) -> Any:
    """Index ``sources`` into the store ``db``, or write their rows into the folder ``out``;
    the closing line on standard error; the report."""
    import time
    from pathlib import Path

    if (db is None) == (out is None):
        raise UsageError("give --db FILE (a SQLite store) or --out DIR (partitioned files), one of them")
    if out_format is not None and out is None:
        raise UsageError("--out-format is the format of --out DIR; give --out DIR too")
    options.update(timeout=_settings.timeout, allow_private=_settings.allow_private)
    progress = _IndexProgress()
    try:
        if out is not None:
            from briefcli.store.archive import archive_sources

            fmt: Literal["jsonl", "parquet"] = "parquet" if out_format is OutFormat.parquet else "jsonl"
            report = archive_sources(
                Path(out),
                sources,
                file_format=fmt,
                on_start=progress.start,
                on_outcome=progress.advance,
                **options,
            )
            counts = f"{report.added} written, {report.unchanged} unchanged"
        else:
            from briefcli.store.index import index_sources

            report = index_sources(
                Path(str(db)), sources, on_start=progress.start, on_outcome=progress.advance, **options
            )
            counts = f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged"
    finally:
        progress.stop()
    seconds = time.monotonic() - progress.started
    typer.echo(
        f"briefcli: {out or db}: {counts}, {report.failed} failed of {report.total} articles in "
        f"{seconds:.1f} s" + ("" if out is not None else f"; {report.people} people"),
        err=True,
    )
    return report


@app.command(epilog=EXIT_CODES_HELP, short_help="Index many articles into a SQLite store, in parallel.")
@_global_options
@_reports_errors
def index(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="The articles: files, folders (recursively), glob patterns, http(s):// URLs, - for "
            "standard input.",
            show_default=False,
            metavar="SOURCE...",
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The store: one SQLite file (browse it with `datasette FILE`).",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Analyse and store in this many processes, chunk by chunk; with --engine dask, the local "
            "cluster's workers. Default: the number of cores.",
            show_default=False,
        ),
    ] = None,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    out: OutOpt = None,
    out_format: OutFormatOpt = None,
) -> None:
    """Analyse the articles and store them in one SQLite file: articles, paragraphs, people,
    statements, sections and events, with full-text search. An article is keyed by its content:
    indexing it again is a no-op, a changed file replaces its rows. Interrupted (Ctrl-C, kill),
    nothing committed is lost and the file stays sound; run the same command again to carry on.
    Then: `briefcli digest`, `briefcli search`, or `datasette FILE`. A folder --out wrote is
    loaded as it is.

    Example: briefcli index press-releases/ --db briefings.db
    """
    mapper = _index_engine(engine, scheduler, jobs)
    report = _run_index(sources, db, out, out_format, jobs=jobs, engine=mapper)
    if report.failed:
        stored = report.added + report.replaced + report.unchanged
        code = ExitCode.PARTIAL if stored else (report.first_failure or ExitCode.INPUT)
        raise typer.Exit(int(code))


@app.command(
    epilog=EXIT_CODES_HELP,
    short_help="A briefing across a store's articles: timeline, who met whom, statements by speaker.",
)
@_global_options
@_reports_errors
@_renders("digest")
def digest(
    db: DbOpt,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            help="Only this person (any part of the name, ignoring case): their statements, the "
            "events they were at and whom they met.",
            show_default=False,
            metavar="NAME",
        ),
    ] = None,
    org: Annotated[
        str | None,
        typer.Option(
            "--org", help="Only articles that name this organization (name or acronym).", show_default=False
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Only from this date on (YYYY-MM-DD, YYYY-MM or YYYY).", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", help="Only up to this date (YYYY-MM-DD, YYYY-MM or YYYY).", show_default=False
        ),
    ] = None,
    kind: Annotated[
        SectionKind | None,
        typer.Option(
            "--kind", help="Only events and statements in sections of this kind.", show_default=False
        ),
    ] = None,
) -> View:
    """A briefing across the articles of a store (`briefcli index`): the articles cited (A1,
    A2, ... by date), one merged timeline, who met whom (pairs of people, with the dates,
    places and citations of their meetings) and the statements grouped by speaker with the
    titles they held, every line citing its article and paragraph (¶). Events are filtered by
    their date, statements by their article's.

    Example: briefcli digest --db briefings.db --speaker Mikuriya --since 2021-01-01 --format md
    """
    from pathlib import Path

    from briefcli.store.digest import Filters, check_date, digest_view

    filters = Filters(
        speaker=speaker,
        org=org,
        since=check_date(since, "--since"),
        until=check_date(until, "--until"),
        kind=None if kind is None else str(kind),
    )
    return cast("View", digest_view(Path(db), filters))


@app.command(
    epilog=EXIT_CODES_HELP, short_help="Full-text search of a store: each hit with its article and ¶."
)
@_global_options
@_reports_errors
@_renders("search")
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words to find (FTS5: all the words, "a phrase", OR, NOT, prefix*).',
            show_default=False,
            metavar="QUERY",
        ),
    ],
    db: DbOpt,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many hits.")] = 20,
) -> View:
    """Search the statements and the article text of a store (`briefcli index`), best matches
    first; each hit with its article, date and paragraph (¶). Nothing found exits 1.

    Example: briefcli search "customs cooperation" --db briefings.db
    """
    from pathlib import Path

    from briefcli.store.search import search_view

    return cast("View", search_view(Path(db), query, limit=limit))


# The commands that print JSON, and the file of their schema in briefcli/schema/
# (scripts/generate_schema.py writes them).
_SCHEMAS = {
    "analyze": "analysis",
    "summary": "summary",
    "export": "export",
    "people": "people",
    "sections": "sections",
    "timeline": "timeline",
    "quotes": "quotes",
    "eval": "eval",
    "digest": "digest",
    "search": "search",
}

if TYPE_CHECKING:
    SchemaName = str
else:
    SchemaName = _choices("SchemaName", tuple(_SCHEMAS))


@app.command(epilog=EXIT_CODES_HELP, short_help="Print the JSON Schema of a command's --format json output.")
@_global_options
@_reports_errors
def schema(
    command: Annotated[
        SchemaName,
        typer.Argument(
            help="The command whose --format json output the schema describes.", metavar="[COMMAND]"
        ),
    ] = "analyze",
) -> None:
    """Print the JSON Schema of `briefcli COMMAND --format json` (without COMMAND: of `analyze`,
    the analysis contract). Every JSON output carries its "schema_version", and each schema's
    $id names the same version.

    Example: briefcli schema summary > summary.schema.json
    """
    from importlib.resources import files

    name = f"{_SCHEMAS[str(command)]}.schema.json"
    _print_text(files("briefcli.schema").joinpath(name).read_text(encoding="utf-8"))


class EvalFormat(StrEnum):
    rich = "rich"
    json = "json"


@app.command("eval", epilog=EXIT_CODES_HELP, short_help="Score the analysis against gold annotations.")
@_global_options
@_reports_errors
def eval_(
    corpus_dir: Annotated[
        str,
        typer.Argument(
            help="A folder of gold pairs: <id>.txt (the article) beside <id>.json (its annotation).",
            show_default=False,
            metavar="CORPUS_DIR",
        ),
    ],
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="List every miss per article: missed, spurious, wrong speaker, wrong kind, missed date.",
        ),
    ] = False,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.rich,
) -> None:
    """Score the analysis against gold annotations: statements (precision, recall, F1, speaker
    accuracy), section kinds, event and publication dates, people and location. The JSON form
    always lists the misses.

    Example: briefcli eval ../shared/corpus -v
    """
    from pathlib import Path

    from briefcli.evaluate import evaluate_corpus

    result = evaluate_corpus(Path(corpus_dir))
    if fmt is EvalFormat.json:
        _print_json(result)
    else:
        from briefcli.render.terminal import eval_renderable

        _print_rich(eval_renderable(result, verbose=verbose))


def _on_signal(signum: int, _frame: object) -> None:
    raise Terminated(signum)


_COLLECT_EVERY = 50_000  # new objects between two garbage collections (CPython's default: 700)


def main() -> None:
    """Console-script entry point."""
    import gc
    import signal

    # An analysis makes hundreds of thousands of small objects that live to its end (tokens,
    # words, mentions) and few reference cycles: a collection every 700 new objects walks them
    # again and again for nothing, a sixth of a 1 MB text's analysis. Every 50,000 is enough.
    gc.set_threshold(_COLLECT_EVERY, *gc.get_threshold()[1:])

    # `kill PID` (SIGTERM) and a closed terminal (SIGHUP) unwind like Ctrl-C: -o's temporary file
    # is removed, nothing half-written stays.
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, _on_signal)
    app(prog_name="briefcli")
