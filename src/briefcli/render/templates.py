"""Jinja templates: the built-ins in ``templates/`` (shipped inside the wheel as
``briefcli/templates``; read from the checkout's top-level ``templates/`` in an editable
install), rendered with the same plain dicts the JSON output prints.

Both environments, built-in and user, have the ``md`` filter (Markdown escaping of article
text) and the ``do`` statement; HTML templates autoescape. User templates run in Jinja's
sandbox with StrictUndefined, and every error names the template file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from briefcli.errors import OutputError, UsageError
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
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _MD_LINE_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], text, count=1)


_FILTERS = {"md": md_escape}
_EXTENSIONS = ["jinja2.ext.do"]


def is_html_template(name: str | None) -> bool:
    """An HTML (or XML) template by its name: "summary.html.j2", "mine.htm"."""
    return name is not None and name.lower().removesuffix(".j2").endswith((".html", ".htm", ".xml"))


# --- Built-in templates ------------------------------------------------------------------------


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
    return env


def builtin_templates() -> list[str]:
    return sorted(p.name for p in template_dir().glob("*.j2"))


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A built-in template: ``<command>.<format>.j2`` and its purpose, the opening ``{# ... #}``
    comment up to its first colon or full stop ("The briefing as Markdown: ..." gives "The
    briefing as Markdown")."""

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

# Bounds on arithmetic a template may ask for: "{{ (10**1000)**1000**3 }}" or "{{ 'x' * 10**10 }}"
# would otherwise hang or exhaust memory before any output is written.
_MAX_POWER_BITS = 100_000
_MAX_REPEAT = 10_000_000


class _UserEnvironment(SandboxedEnvironment):
    """Jinja's sandbox (no dunder or private attributes, no unsafe callables, bounded ranges)
    with bounded powers and repetitions too."""

    intercepted_binops = frozenset({"**", "*"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right * abs(left).bit_length() > _MAX_POWER_BITS
        ):
            raise SecurityError(f"{left} ** {right} is too large a number")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(count, int)
                    and len(seq) * count > _MAX_REPEAT
                ):
                    raise SecurityError(f"repetition over {_MAX_REPEAT} items")
        return super().call_binop(context, operator, left, right)


def render_user(path: Path, context: dict[str, Any], *, html: bool = False) -> str:
    """Render the user's template file ``path`` in Jinja's sandbox (no attribute tricks, no
    imports), StrictUndefined. Output autoescapes when ``html`` (the output is HTML) or the file
    is named like HTML (.html, .htm, .html.j2). Any error, of syntax or while rendering, is an
    ``OutputError`` naming the file and line, in one line."""
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise OutputError(
            f"template {path} does not exist; `briefcli templates` lists the built-ins"
        ) from exc
    except IsADirectoryError as exc:
        raise OutputError(f"template {path} is a folder; give a template file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read template {path}: {exc}; give a UTF-8 text file") from exc
    env = _UserEnvironment(
        autoescape=html or is_html_template(path.name),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=_EXTENSIONS,
    )
    env.filters.update(_FILTERS)
    try:
        return env.from_string(source).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise _template_error(path, exc.lineno, exc.message or str(exc)) from exc
    except RecursionError as exc:
        raise _template_error(path, _template_line(exc), "recursion too deep") from exc
    except Exception as exc:  # a template's own error: undefined, unsafe, 1/0, bad filter argument
        raise _template_error(path, _template_line(exc), str(exc) or type(exc).__name__) from exc


def _template_error(path: Path, line: int | None, message: str) -> OutputError:
    where = f", line {line}" if line else ""
    message = " ".join(message.split()).rstrip(".")
    return OutputError(f"template {path}{where}: {message}; fix the template")


def _template_line(exc: BaseException) -> int | None:
    """The template line a render error happened on, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line: int | None = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
