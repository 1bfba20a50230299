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
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, ParamSpec, TextIO, TypeAlias, TypeVar, cast

import typer

from briefcli.errors import BriefError, ExitCode, OutputError, Terminated, UsageError
from briefcli.model import PARAGRAPH_KINDS
from briefcli.render.formats import FILE_FORMATS, OPTIONS, formats

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from briefcli.model import Briefing
    from briefcli.render.formats import Rendered

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="briefcli",
    help="Turn a press release or news article about an official meeting into a briefing note: "
    "who was there, who said what, which part was the forum, the panel or the bilateral talks, and when. "
    "Offline, deterministic, every line traceable to its paragraph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(slots=True)
class _Settings:
    debug: bool = False
    no_color: bool = False
    timeout: float = 10.0


_settings = _Settings()

SOURCE_HELP = (
    "The article: a .txt, .md or .html file, an http(s):// URL, or - for standard input. "
    "Without it, the bundled reference article (WCO Secretary General at the International Customs "
    "Forum in Moscow, 25 October 2021)."
)
SourceArg = Annotated[str | None, typer.Argument(help=SOURCE_HELP, show_default=False, metavar="[SOURCE]")]


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


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (NO_COLOR in the environment does the same).")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0.1, help="Seconds allowed for fetching a URL, redirects included."),
    ] = 10.0,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    _settings.debug = debug
    _settings.no_color = no_color
    _settings.timeout = timeout
    if not _utf8_streams():
        from briefcli.render.fallback import tolerate_legacy_encodings

        tolerate_legacy_encodings()
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(name)s: %(message)s")


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


def _briefing(source: str | None) -> Briefing:
    """The analysis of SOURCE; without one, of what is piped in, else of the bundled sample (an
    empty pipe counts as nothing piped)."""
    import io

    from briefcli.analysis import analyse
    from briefcli.text.load import load

    stdin = None
    if source is None:
        piped = _piped_input()
        if piped:
            source, stdin = "-", io.BytesIO(piped)
    return analyse(load(source, stdin=stdin, timeout=_settings.timeout))


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
    """How and where a view goes: ``--format``, ``-o FILE``, ``--force``, ``--template FILE``."""

    fmt: str
    path: str | None = None
    force: bool = False
    template: str | None = None
    options: tuple[tuple[str, str], ...] = ()  # the renderer's own (render.formats.OPTIONS): --paper

    @property
    def to_stdout(self) -> bool:
        return self.path is None or self.path == "-"


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

# A view command returns its view, a plain dict (``briefcli.present.views``).
View: TypeAlias = Mapping[str, Any]


def _output_parameters(view: str, default: str | None, format_help: str) -> list[inspect.Parameter]:
    """--format (the render table's formats for ``view``), -o, --force and --template."""
    fmt = typer.Option("--format", "-f", help=format_help, show_default=default is not None)
    choices = _choices(f"{view.title()}Format", formats(view))
    keyword = inspect.Parameter.KEYWORD_ONLY
    return [
        inspect.Parameter("fmt", keyword, default=default, annotation=Annotated[choices | None, fmt]),
        inspect.Parameter("output", keyword, default=None, annotation=OutputOpt),
        inspect.Parameter("force", keyword, default=False, annotation=ForceOpt),
        inspect.Parameter("template", keyword, default=None, annotation=TemplateOpt),
    ]


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
            **kwargs: Any,
        ) -> None:
            # The options are checked before the article is read: a usage error costs nothing.
            given = {p.name: str(v) for p in options if (v := kwargs.pop(p.name, None)) is not None}
            fmt = _format(view, fmt, output, template)
            _check_options(view, fmt, template, given)
            out = _Out(fmt, output, force, template, tuple(given.items()))
            _emit(command(*args, **kwargs), view, out)

        own = inspect.signature(command, eval_str=True)
        parameters = [*own.parameters.values(), *_output_parameters(view, default, format_help), *options]
        # Typer reads the parameters from the signature and their types from the annotations.
        setattr(wrapper, "__signature__", own.replace(parameters=parameters, return_annotation=None))  # noqa: B010
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
        return wrapper

    return decorate


# The format an -o FILE's extension names, for the commands without a default format.
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}
_SUFFIXES |= {".json": "json", ".docx": "docx"}


def _format(view: str, fmt: str | None, output: str | None, template: str | None) -> str:
    """The format asked for, else the one -o's extension names (else the view's first); a file
    format (docx) needs -o."""
    if fmt is None:
        from pathlib import PurePath

        suffix = PurePath(output).suffix.lower() if output and output != "-" else ""
        offered = {s: f for s, f in _SUFFIXES.items() if f in formats(view)}
        if suffix and suffix not in offered:
            known = ", ".join(offered)
            raise UsageError(f"cannot tell the format from {suffix!r} (known: {known}); give --format")
        fmt = offered.get(suffix, formats(view)[0])
    fmt = str(fmt)  # Typer gives a member of the enum of choices
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


@app.command()
@_reports_errors
@_renders("analysis")
def analyze(source: SourceArg = None) -> View:
    """Print the full analysis: paragraphs and sentences with offsets, sections, people,
    statements and events. The JSON form is the analysis contract (see `briefcli schema`).

    Example: briefcli analyze article.html --format json
    """
    from briefcli.present.views import analysis_view

    return analysis_view(_briefing(source))


@app.command()
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


@app.command()
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


@app.command()
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


@app.command()
@_reports_errors
@_renders("sections")
def sections(source: SourceArg = None) -> View:
    """The article in sections: the meeting, the panel, the bilateral talks and the background,
    each with its paragraphs (¶), participants, dates and opening line.

    Example: briefcli sections article.txt --format md
    """
    from briefcli.present.views import sections_view

    return sections_view(_briefing(source))


@app.command()
@_reports_errors
@_renders("timeline")
def timeline(source: SourceArg = None) -> View:
    """The events sorted by date, each with what happened, where, who and its paragraph (¶),
    and the publication of the article as its own row. `--format ics` writes a calendar
    (RFC 5545, all-day events) for any calendar application.

    Example: briefcli timeline article.html --format ics > events.ics
    """
    from briefcli.present.views import timeline_view

    return timeline_view(_briefing(source))


@app.command()
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


@app.command()
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


@app.command()
@_reports_errors
def schema() -> None:
    """Print the JSON Schema of `briefcli analyze --format json`.

    Example: briefcli schema > analysis.schema.json
    """
    from importlib.resources import files

    _print_text(files("briefcli.schema").joinpath("analysis.schema.json").read_text(encoding="utf-8"))


class EvalFormat(StrEnum):
    rich = "rich"
    json = "json"


@app.command("eval")
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


def main() -> None:
    """Console-script entry point."""
    import signal

    # `kill PID` (SIGTERM) and a closed terminal (SIGHUP) unwind like Ctrl-C: -o's temporary file
    # is removed, nothing half-written stays.
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, _on_signal)
    app(prog_name="briefcli")
