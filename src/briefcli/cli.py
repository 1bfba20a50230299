"""The command line. Typer only: parse options, call the library, render, map errors to exit
codes. Heavy modules are imported inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from briefcli.errors import BriefError, ExitCode

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from briefcli.model import Briefing

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


class AnalyzeFormat(StrEnum):
    json = "json"
    rich = "rich"


class SummaryFormat(StrEnum):
    rich = "rich"
    md = "md"
    html = "html"
    txt = "txt"
    json = "json"


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
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(name)s: %(message)s")


def _briefing(source: str | None) -> Briefing:
    from briefcli.analysis import analyse
    from briefcli.text.load import load

    return analyse(load(source, timeout=_settings.timeout))


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


def _print_rich(renderable: RenderableType) -> None:
    _console().print(renderable)


def _print_json(data: Any) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def _print_text(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _print_bytes(data: bytes) -> None:
    """Bytes as they are (an ICS file's CRLF line ends survive on every platform)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()


@dataclass(frozen=True, slots=True)
class _Out:
    """Where and how a command's output goes: ``-o FILE``, ``--force``, ``--template FILE``."""

    path: str | None = None
    force: bool = False
    template: str | None = None


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


MaxWordsOpt = Annotated[
    int,
    typer.Option(
        "--max-words",
        min=20,
        help="Word budget of the summary's bottom line and key points; whole points are kept, "
        "and the header, bottom line, participants and section labels always shown.",
    ),
]


def _rich_text(renderable: RenderableType) -> str:
    """A Rich renderable as plain text, 80 columns (or $COLUMNS): what ``-o`` writes for
    ``--format rich``."""
    import io

    buffer = io.StringIO()
    _plain_console(buffer).print(renderable)
    return buffer.getvalue()


def _deliver(data: str | bytes, out: _Out) -> None:
    """Print ``data``, or write it to ``-o FILE`` and say where (``-o -`` is standard output)."""
    if out.path is None or out.path == "-":
        if isinstance(data, bytes):
            _print_bytes(data)
        else:
            _print_text(data)
        return
    from pathlib import Path

    from briefcli.render.output import write_atomic

    write_atomic(Path(out.path), data, force=out.force)
    typer.echo(f"briefcli: wrote {out.path}", err=True)


def _emit(view: Any, fmt: str, name: str, out: _Out | None = None) -> None:
    """The formats every view shares: json, csv (``views.csv_table``), rich
    (``render.terminal.<name>_renderable``) and the built-in template ``<name>.<fmt>.j2``, which
    sees the view as ``<name>``; a user's ``--template`` replaces the built-in one whatever the
    format."""
    out = out or _Out()
    data: str | bytes
    if out.template is not None:
        from pathlib import Path

        from briefcli.render.templates import render_user

        html = fmt == "html" or (out.path is not None and out.path.lower().endswith((".html", ".htm")))
        data = render_user(Path(out.template), {name: view}, html=html)
    elif fmt == "json":
        import json

        data = json.dumps(view, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        from briefcli.present.views import csv_table
        from briefcli.render.data import to_csv

        data = to_csv(*csv_table(name, view))
    elif fmt == "rich":
        import importlib

        terminal = importlib.import_module("briefcli.render.terminal")
        renderable = getattr(terminal, f"{name}_renderable")(view)
        if out.path is None or out.path == "-":
            _print_rich(renderable)
            return
        data = _rich_text(renderable)
    else:
        from briefcli.render.templates import render_builtin

        data = render_builtin(f"{name}.{fmt}.j2", {name: view})
    _deliver(data, out)


@app.command()
@_reports_errors
def analyze(
    source: SourceArg = None,
    fmt: Annotated[AnalyzeFormat, typer.Option("--format", "-f", help="Output format.")] = AnalyzeFormat.rich,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """Print the full analysis: paragraphs and sentences with offsets, sections, people,
    statements and events. The JSON form is the analysis contract (see `briefcli schema`).

    Example: briefcli analyze article.html --format json
    """
    from briefcli.present.views import analysis_view

    _emit(analysis_view(_briefing(source)), fmt, "analysis", _Out(output, force, template))


@app.command()
@_reports_errors
def summary(
    source: SourceArg = None,
    fmt: Annotated[SummaryFormat, typer.Option("--format", "-f", help="Output format.")] = SummaryFormat.rich,
    max_words: MaxWordsOpt = 150,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """The briefing note: title, event dates, place, publication and source; a bottom line
    built from the analysis (who met whom, at what, where, when); the participants; and for
    each section (meeting, panel, bilateral talks) up to three key points, the most
    informative statements and facts in the article's own words. Every line cites its
    paragraph (¶).

    Example: briefcli summary https://example.org/press-release.html --format md
    """
    from briefcli.present.views import summary_view

    _emit(summary_view(_briefing(source), max_words=max_words), fmt, "summary", _Out(output, force, template))


class ExportFormat(StrEnum):
    md = "md"
    html = "html"
    txt = "txt"
    json = "json"
    docx = "docx"


_EXPORT_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}
_EXPORT_SUFFIXES |= {".json": "json", ".docx": "docx"}


@app.command()
@_reports_errors
def export(
    source: SourceArg = None,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: from the -o file's extension (.md, .html, .txt, .json, "
            ".docx); md without -o or without an extension.",
            show_default=False,
        ),
    ] = None,
    max_words: MaxWordsOpt = 150,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """The full briefing as one document: the summary, the sections, all statements by
    speaker, the timeline and the people, every line citing its paragraph (¶). Text formats
    print to standard output without -o; docx is a file, so it needs -o FILE (or -o - to pipe
    the bytes).

    Example: briefcli export article.html -o briefing.docx
    """
    from briefcli.errors import UsageError
    from briefcli.present.views import export_view

    if fmt is None:
        from pathlib import PurePath

        suffix = PurePath(output).suffix.lower() if output and output != "-" else ""
        if suffix and suffix not in _EXPORT_SUFFIXES:
            known = ", ".join(dict.fromkeys(_EXPORT_SUFFIXES))
            raise UsageError(f"cannot tell the format from {suffix!r} (known: {known}); give --format")
        fmt = ExportFormat(_EXPORT_SUFFIXES.get(suffix, "md"))
    if fmt is ExportFormat.docx and output is None and template is None:
        raise UsageError("--format docx writes a Word file: give -o FILE (or -o - to pipe it)")
    view = export_view(_briefing(source), max_words=max_words)
    out = _Out(output, force, template)
    if fmt is ExportFormat.docx and template is None:
        from briefcli.render.docx import to_docx

        _deliver(to_docx(view), out)
    else:
        _emit(view, fmt, "export", out)


class PeopleFormat(StrEnum):
    rich = "rich"
    md = "md"
    json = "json"
    csv = "csv"


@app.command()
@_reports_errors
def people(
    source: SourceArg = None,
    fmt: Annotated[PeopleFormat, typer.Option("--format", "-f", help="Output format.")] = PeopleFormat.rich,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """Who's who: every named person with title and organization, how often the text refers
    to them, the sections they appear in and their statements; then the unnamed participants
    ("the Acting Head of the Federal Customs Service").

    Example: briefcli people article.txt --format csv > people.csv
    """
    from briefcli.present.views import people_view

    view = people_view(_briefing(source))
    out = _Out(output, force, template)
    _emit(view, fmt, "people", out)


class SectionsFormat(StrEnum):
    rich = "rich"
    md = "md"
    json = "json"


@app.command()
@_reports_errors
def sections(
    source: SourceArg = None,
    fmt: Annotated[
        SectionsFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SectionsFormat.rich,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """The article in sections: the meeting, the panel, the bilateral talks and the background,
    each with its paragraphs (¶), participants, dates and opening line.

    Example: briefcli sections article.txt --format md
    """
    from briefcli.present.views import sections_view

    _emit(sections_view(_briefing(source)), fmt, "sections", _Out(output, force, template))


class TimelineFormat(StrEnum):
    rich = "rich"
    md = "md"
    json = "json"
    csv = "csv"
    ics = "ics"
    html = "html"


@app.command()
@_reports_errors
def timeline(
    source: SourceArg = None,
    fmt: Annotated[
        TimelineFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TimelineFormat.rich,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """The events sorted by date, each with what happened, where, who and its paragraph (¶),
    and the publication of the article as its own row. `--format ics` writes a calendar
    (RFC 5545, all-day events) for any calendar application.

    Example: briefcli timeline article.html --format ics > events.ics
    """
    from briefcli.present.views import timeline_view

    view = timeline_view(_briefing(source))
    out = _Out(output, force, template)
    if fmt is TimelineFormat.ics and template is None:
        from briefcli.render.data import to_ics

        _deliver(to_ics(view).encode("utf-8"), out)
    else:
        _emit(view, fmt, "timeline", out)


class QuotesFormat(StrEnum):
    rich = "rich"
    md = "md"
    json = "json"
    csv = "csv"
    html = "html"
    txt = "txt"


class SectionKind(StrEnum):
    meeting = "meeting"
    panel = "panel"
    bilateral = "bilateral"
    other = "other"


@app.command()
@_reports_errors
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
    fmt: Annotated[QuotesFormat, typer.Option("--format", "-f", help="Output format.")] = QuotesFormat.rich,
    output: OutputOpt = None,
    force: ForceOpt = False,
    template: TemplateOpt = None,
) -> None:
    """Who said what: every statement, quoted or reported, grouped by speaker with their title,
    each with its cue verb, content, section and paragraph (¶). A filter that matches nothing
    exits with code 1 and names the speakers the article has; an article without statements
    prints an empty list.

    Example: briefcli quotes article.txt --speaker Mikuriya --section bilateral --format md
    """
    from briefcli.errors import UsageError
    from briefcli.present.views import quotes_view

    if direct and reported:
        raise UsageError("--direct and --reported exclude each other; give one of them, or neither for both")
    view = quotes_view(
        _briefing(source),
        speaker=speaker,
        section=section.value if section else None,
        direct=True if direct else False if reported else None,
    )
    out = _Out(output, force, template)
    _emit(view, fmt, "quotes", out)


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
        (i.name, i.command, i.format, i.purpose or "—") for i in infos
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


def main() -> None:
    """Console-script entry point."""
    app(prog_name="briefcli")
