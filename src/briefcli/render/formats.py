"""The render table: for each view and format, the function that renders it.

A view is the plain dict a ``briefcli.present.views`` function gives, named as the commands
render it ("analysis" for ``analyze``, "summary", "export", ...). A renderer turns it into
text, bytes (what must arrive byte for byte: a Word document, a calendar with CRLF line ends)
or a Rich renderable, which the CLI prints in colour on a terminal and as plain text elsewhere.
A view's formats are its entries here, in this order: the CLI offers them as ``--format``.
Adding a format is one line here (and, for a template format, its template in ``templates/``).

Renderers import what they use when they run, so this table costs nothing to import and
``briefcli --help`` can list the formats.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from rich.console import RenderableType

Rendered: TypeAlias = "str | bytes | RenderableType"
Renderer: TypeAlias = Callable[..., Rendered]  # the view, then any of OPTIONS as keywords

# Formats that are files, not text: they need -o FILE (or -o - to pipe them).
FILE_FORMATS = {"docx": "a Word file"}


def _json(view: Any) -> str:
    """Indented by two spaces, as ``json.dumps(view, ensure_ascii=False, indent=2)`` writes it,
    but ten times faster: the standard library indents in pure Python (0.9 s for a 1 MB text's
    analysis)."""
    import orjson

    return orjson.dumps(view, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def _jsonl(view: Any) -> str:
    """One compact line: several sources give one object per line, for jq and pipelines."""
    import orjson

    return orjson.dumps(view, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def _terminal(name: str) -> Renderer:
    """``render.terminal.<name>_renderable``: Rich panels and tables."""

    def render(view: Any) -> RenderableType:
        from briefcli.render import terminal

        renderable: Callable[[Any], RenderableType] = getattr(terminal, f"{name}_renderable")
        return renderable(view)

    return render


def _template(name: str, fmt: str) -> Renderer:
    """The built-in template ``<name>.<fmt>.j2``, which sees the view as ``<name>``."""

    def render(view: Any) -> str:
        from briefcli.render.templates import render_builtin

        return render_builtin(f"{name}.{fmt}.j2", {name: view})

    return render


def _people_csv(view: Any) -> str:
    from briefcli.present.views import PEOPLE_CSV_COLUMNS, people_rows
    from briefcli.render.data import to_csv

    return to_csv(people_rows(view), PEOPLE_CSV_COLUMNS)


def _quotes_csv(view: Any) -> str:
    from briefcli.present.views import QUOTES_CSV_COLUMNS, quotes_rows
    from briefcli.render.data import to_csv

    return to_csv(quotes_rows(view), QUOTES_CSV_COLUMNS)


def _timeline_csv(view: Any) -> str:
    from briefcli.present.views import TIMELINE_CSV_COLUMNS
    from briefcli.render.data import to_csv

    return to_csv(view["rows"], TIMELINE_CSV_COLUMNS)


def _store(name: str) -> Renderer:
    """``render.digest.<name>``: the store's views in the terminal and as CSV rows."""

    def render(view: Any) -> Rendered:
        from briefcli.render import digest

        if name.endswith("_rows"):
            from briefcli.render.data import to_csv

            columns = digest.DIGEST_CSV_COLUMNS if name == "digest_rows" else digest.SEARCH_CSV_COLUMNS
            return to_csv(getattr(digest, name)(view), columns)
        renderable: Callable[[Any], Rendered] = getattr(digest, name)
        return renderable(view)

    return render


def _ics(view: Any) -> bytes:
    from briefcli.render.data import to_ics

    return to_ics(view).encode("utf-8")


def _docx(view: Any, paper: str | None = None) -> bytes:
    from briefcli.render.docx import to_docx

    return to_docx(view, "letter" if paper == "letter" else "a4")


RENDERERS: dict[tuple[str, str], Renderer] = {
    ("analysis", "json"): _json,
    ("analysis", "jsonl"): _jsonl,
    ("analysis", "rich"): _terminal("analysis"),
    ("summary", "rich"): _terminal("summary"),
    ("summary", "md"): _template("summary", "md"),
    ("summary", "html"): _template("summary", "html"),
    ("summary", "txt"): _template("summary", "txt"),
    ("summary", "json"): _json,
    ("export", "md"): _template("export", "md"),
    ("export", "html"): _template("export", "html"),
    ("export", "txt"): _template("export", "txt"),
    ("export", "json"): _json,
    ("export", "docx"): _docx,
    ("people", "rich"): _terminal("people"),
    ("people", "md"): _template("people", "md"),
    ("people", "json"): _json,
    ("people", "csv"): _people_csv,
    ("sections", "rich"): _terminal("sections"),
    ("sections", "md"): _template("sections", "md"),
    ("sections", "json"): _json,
    ("timeline", "rich"): _terminal("timeline"),
    ("timeline", "md"): _template("timeline", "md"),
    ("timeline", "json"): _json,
    ("timeline", "csv"): _timeline_csv,
    ("timeline", "ics"): _ics,
    ("timeline", "html"): _template("timeline", "html"),
    ("quotes", "rich"): _terminal("quotes"),
    ("quotes", "md"): _template("quotes", "md"),
    ("quotes", "json"): _json,
    ("quotes", "csv"): _quotes_csv,
    ("quotes", "html"): _template("quotes", "html"),
    ("quotes", "txt"): _template("quotes", "txt"),
    ("digest", "rich"): _store("digest_renderable"),
    ("digest", "md"): _template("digest", "md"),
    ("digest", "html"): _template("digest", "html"),
    ("digest", "json"): _json,
    ("digest", "csv"): _store("digest_rows"),
    ("search", "rich"): _store("search_renderable"),
    ("search", "md"): _template("search", "md"),
    ("search", "json"): _json,
    ("search", "csv"): _store("search_rows"),
}


# The options a renderer takes besides the view, by view and format: the page of a Word file.
OPTIONS: dict[tuple[str, str], tuple[str, ...]] = {("export", "docx"): ("paper",)}


def formats(view: str) -> tuple[str, ...]:
    """The formats the table has for ``view``, in its order: "rich", "md", ..."""
    return tuple(fmt for name, fmt in RENDERERS if name == view)


def render(view: str, fmt: str, data: Any, **options: Any) -> Rendered:
    """The view ``data`` (named ``view``) in ``fmt``, with those of ``options`` its renderer
    takes (``OPTIONS``)."""
    takes = OPTIONS.get((view, fmt), ())
    return RENDERERS[(view, fmt)](data, **{k: v for k, v in options.items() if k in takes})
