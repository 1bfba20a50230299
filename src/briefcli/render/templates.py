"""Jinja templates: the built-ins in ``templates/`` (shipped inside the wheel as
``briefcli/templates``; read from the checkout's top-level ``templates/`` in an editable
install), rendered with the same plain dicts the JSON output prints."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from briefcli.errors import OutputError


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
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def builtin_templates() -> list[str]:
    return sorted(p.name for p in template_dir().glob("*.j2"))


def render_builtin(name: str, context: dict[str, Any]) -> str:
    """Render the built-in template ``name`` (e.g. "summary.md.j2") with ``context``."""
    try:
        return _environment().get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise OutputError(f"built-in template {name} is missing; reinstall briefcli") from exc


def render_user(path: Path, context: dict[str, Any]) -> str:
    """Render the user's template file ``path`` in Jinja's sandbox (no attribute tricks, no
    imports), StrictUndefined; HTML files (.html, .htm, .html.j2) autoescape. Errors name the
    file and line."""
    from jinja2.sandbox import SandboxedEnvironment

    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise OutputError(
            f"template {path} does not exist; `briefcli templates` lists the built-ins"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read template {path}: {exc}; give a UTF-8 text file") from exc
    html = any(path.name.endswith(ext) for ext in (".html", ".htm", ".html.j2", ".htm.j2"))
    env = SandboxedEnvironment(
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    try:
        return env.from_string(source).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"template {path}, line {exc.lineno}: {exc.message}; fix the template") from exc
    except jinja2.TemplateError as exc:
        line = _template_line(exc)
        where = f", line {line}" if line else ""
        raise OutputError(f"template {path}{where}: {exc}; fix the template") from exc


def _template_line(exc: BaseException) -> int | None:
    """The template line a render error happened on, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line: int | None = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
