"""Jinja templates: the built-ins in ``templates/`` (shipped inside the wheel as
``briefcli/templates``; read from the checkout's top-level ``templates/`` in an editable
install), rendered with the same plain dicts the JSON output prints.

Both environments, built-in and user, have the ``md`` filter (Markdown escaping of article
text), ``cell`` (a Markdown table cell), ``bullet`` (a wrapped plain-text list item), the
``time_tag`` filter (an ISO date for reading, in ``<time datetime>``) and the ``do`` statement;
HTML templates autoescape. The HTML templates extend one layout, ``base.html.j2`` (one
stylesheet), which user templates may extend too. User templates run in Jinja's sandbox
with StrictUndefined, and every error names the template file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from briefcli.errors import OutputError, UsageError
from briefcli.present.dates import when
from briefcli.regexes import pattern

# --- Markdown escaping ---------------------------------------------------------------------------

# A line break inside a table cell ends the row, and inside a list item it may start a new block:
# article text stays on its line. (Only from the start of a run of blanks: from each blank of a
# long run without a line break the pattern read to its end, quadratic.)
_MD_BREAKS = pattern(r"(?<![ \t])[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*")
# Characters that are Markdown syntax wherever they stand: "a | b" splits a table cell, "*all*"
# emphasises, "[1](x)" links, "<b>" is raw HTML, "~~x~~" strikes out, "`x`" is code; the
# backslash too, so that "\*" in the article stays two characters. "&amp;" would print "&":
# only an ampersand that starts an entity is escaped.
_MD_INLINE = pattern(r"[\\`*_\[\]<|~]|&(?=#?\w+;)")
# Syntax only at the start of a line: "# Minsk" a heading, "> Note" a quote, "- 5 %" or "+ x" a
# list item, "2021. A year" an ordered list ("1.5 million" is not), "===" an underline.
_MD_LINE_START = pattern(r"^[ \t]*([#>+=-]|\d{1,9}[.)](?=\s|$))")


def md_escape(value: object) -> str:
    """Article text made literal in Markdown (the ``md`` filter): every character that Markdown
    would read as syntax is backslash-escaped, and line breaks become spaces, so the text renders
    as written inside a paragraph, a list item, a heading or a table cell. None is ""."""
    if value is None:
        return ""
    text = _MD_BREAKS.sub(" ", str(value))
    text = _MD_INLINE.sub(r"\\\g<0>", text)  # a backslash before each
    start = _MD_LINE_START.match(text)
    if start is None:
        return text
    return f"{text[: start.end() - 1]}\\{text[start.end() - 1 :]}"


def md_cell(value: object) -> str:
    """A Markdown table cell (the ``cell`` filter): the value escaped as ``md`` does, and an
    em dash for None or "", so that an empty cell reads as empty, not as a missing column."""
    return "—" if value is None or value == "" else md_escape(value)


# --- Wrapping plain text ------------------------------------------------------------------------

# What makes Jinja's wordwrap (textwrap) change a line that fits, besides a trailing blank (which
# it drops): a tab or a line break, which it splits at.
_WRAP_CHANGES = pattern(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@jinja2.pass_environment
def wordwrap(
    env: jinja2.Environment,
    s: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Jinja's ``wordwrap``, without textwrap's work for the line that fits as it is (most
    lines of an export: a statement per line, 100,000 of them in a long text). The same
    output for every input (a test compares the two on random text)."""
    if isinstance(s, str) and 0 < len(s) <= width and not s[-1].isspace() and not _WRAP_CHANGES.search(s):
        return s
    return str(jinja2.filters.do_wordwrap(env, s, width, break_long_words, wrapstring, break_on_hyphens))


@jinja2.pass_environment
def bullet(env: jinja2.Environment, text: str, width: int = 78) -> str:
    """A plain-text list item (the ``bullet`` filter): "- " and ``text`` wrapped at ``width``
    without breaking a word or at a hyphen, the lines after the first indented under the text;
    a no-break space (which kept "(¶4)" on its line) printed as a space."""
    wrapped = wordwrap(env, f"- {text}", width - 2, break_long_words=False, break_on_hyphens=False)
    return str(jinja2.filters.do_indent(wrapped.replace("\u00a0", " "), 2))


# --- Dates in HTML ------------------------------------------------------------------------------

_ISO_DATE = pattern(r"\d{4}-\d{2}(?:-\d{2})?")


def time_tag(value: object, end: object = None) -> Markup:
    """An ISO date ("2021-10-23", "2021-09") or range (``end``, or "2013-01-30 – 2013-02-01" as
    the sections view writes it) for reading, each end in a ``<time datetime>`` element (the
    ``time_tag`` filter): ``<time datetime="2021-10-23">23 October 2021</time>``. What is not an
    ISO date is escaped as written; None or "" is ""."""
    if value is None or value == "":
        return Markup("")
    start = str(value)
    if end is None and " – " in start:
        start, end = start.split(" – ", 1)
    finish = None if end is None or end == start else str(end)
    if not _ISO_DATE.fullmatch(start) or (finish is not None and not _ISO_DATE.fullmatch(finish)):
        return escape(value)
    text = when(start, finish)
    if finish is None:
        return Markup('<time datetime="{}">{}</time>').format(start, text)
    # "5–6 October 2011", "30 January – 1 February 2013": each side in its own element.
    dash = " – " if " – " in text else "–"
    first, last = text.split(dash, 1)
    return Markup('<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>').format(
        start, first, dash, finish, last
    )


# (``bullet`` makes at most three characters of one: safe in the sandbox as it is)
_FILTERS: dict[str, Callable[..., Any]] = {
    "md": md_escape,
    "cell": md_cell,
    "bullet": bullet,
    "time_tag": time_tag,
}
_EXTENSIONS = ["jinja2.ext.do"]


def is_html_template(name: str | None) -> bool:
    """An HTML (or XML) template by its name: "summary.html.j2", "mine.htm"."""
    return name is not None and name.lower().removesuffix(".j2").endswith((".html", ".htm", ".xml"))


# --- Built-in templates ------------------------------------------------------------------------

# The layout every built-in HTML template extends: one stylesheet, header, <main>, footer.
BASE_TEMPLATE = "base.html.j2"


@lru_cache(maxsize=1)
def template_dir() -> Path:
    """Where the built-in templates are: inside the installed package, else the checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise OutputError(f"built-in templates not found next to {package}; reinstall briefcli")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        autoescape=is_html_template,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=_EXTENSIONS,
    )
    env.filters.update(_FILTERS)
    env.filters["wordwrap"] = wordwrap  # the built-ins' own: user templates keep the sandbox's
    return env


def builtin_templates() -> list[str]:
    return sorted(p.name for p in template_dir().glob("*.j2"))


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A built-in template: ``<command>.<format>.j2`` and its purpose, the opening ``{# ... #}``
    comment up to its first colon or full stop ("The briefing as Markdown: ..." gives "The
    briefing as Markdown"). The shared HTML layout has no command ("")."""

    name: str
    command: str
    format: str
    purpose: str


@lru_cache(maxsize=1)
def _purpose_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A template's opening comment and its first clause: compiled when first needed, not at
    import (only `briefcli templates` reads them)."""
    return pattern(r"\A\s*\{#-?(.*?)-?#\}", re.S), pattern(r"(.+?)[.:!?](?:\s|$)")


def _purpose(source: str) -> str:
    opening, first_clause = _purpose_patterns()
    comment = opening.match(source)
    if comment is None:
        return ""
    text = " ".join(comment.group(1).split())
    clause = first_clause.match(text)
    return clause.group(1) if clause else text


def template_infos() -> list[TemplateInfo]:
    """Every built-in template, by name."""
    infos = []
    for name in builtin_templates():
        command, _, fmt = name.removesuffix(".j2").partition(".")
        if name == BASE_TEMPLATE:
            command = ""
        source = (template_dir() / name).read_text(encoding="utf-8")
        infos.append(TemplateInfo(name, command, fmt, _purpose(source)))
    return infos


def template_source(name: str) -> str:
    """The source of the built-in template ``name`` ("summary.md" or "summary.md.j2"), to copy."""
    names = builtin_templates()
    wanted = name if name.endswith(".j2") else f"{name}.j2"
    if wanted not in names:
        raise UsageError(
            f"no built-in template {name}; choose one of: {', '.join(n.removesuffix('.j2') for n in names)}"
        )
    return (template_dir() / wanted).read_text(encoding="utf-8")


def render_builtin(name: str, context: dict[str, Any]) -> str:
    """Render the built-in template ``name`` (e.g. "summary.md.j2") with ``context``."""
    try:
        return _environment().get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise OutputError(f"built-in template {name} is missing; reinstall briefcli") from exc


# --- User templates ----------------------------------------------------------------------------


def render_user(path: Path, context: dict[str, Any], *, html: bool = False) -> str:
    """Render the user's template file ``path`` in the sandbox (``briefcli.render.sandbox``: no
    attribute tricks, no imports, bounded in size and time), StrictUndefined. Output autoescapes
    when ``html`` (the output is HTML) or the file is named like HTML (.html, .htm, .html.j2).
    Any error, of syntax, of a limit or while rendering, is an ``OutputError`` naming the file
    and line, in one line."""
    from briefcli.render.sandbox import render_file  # only --template needs the sandbox

    autoescape = html or is_html_template(path.name)
    # Only the built-in layout can be extended: no other file is read.
    loader = jinja2.FunctionLoader(_base_only)
    return render_file(
        path,
        context,
        autoescape=autoescape,
        filters=_FILTERS,
        extensions=_EXTENSIONS,
        loader=loader,
        layout=BASE_TEMPLATE,
    )


def _base_only(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    """The built-in layout, the one template a user template may extend. Named by its path, so
    that an error inside it is told at the line of the user's template that extends it."""
    if name != BASE_TEMPLATE:
        return None
    path = template_dir() / BASE_TEMPLATE
    return path.read_text(encoding="utf-8"), str(path), lambda: True
