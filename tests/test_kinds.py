"""A section kind is declared once, as data (``data/kinds.json``): a kinds table with one kind
more reaches the CLI's options, the schema and every renderer, with no change to their code.

The table is read when ``briefcli.model`` is imported, so the check runs in a fresh interpreter
on a copy of the package whose table has the kind added."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

SUMMIT = {
    "kind": "summit",
    "role": "scene",
    "precedence": 2,
    "summary_rank": 0,
    "colour": "yellow",
    "about": "a meeting of heads of state or government",
    "example": "The leaders met at the summit in Kigali.",
}

# Run in the fresh interpreter: the copy of the package in argv[1] first on the path, then every
# consumer of the kinds asked about "summit". Prints what it found as JSON.
_CHECK = r"""
import importlib.util, io, json, pathlib, sys
from dataclasses import replace

sys.path.insert(0, sys.argv[1])

from rich.console import Console
from typer.testing import CliRunner
from briefcli.analysis import analyse
from briefcli.cli import app
from briefcli.model import PARAGRAPH_KINDS
from briefcli.present import views
from briefcli.render.formats import RENDERERS, render
from briefcli.text.load import load

spec = importlib.util.spec_from_file_location("generate_schema", sys.argv[2])
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)
schema = generator.generate()

runner = CliRunner()
quotes = runner.invoke(app, ["quotes", "--section", "summit", "--format", "json"])

# The reference article with its panel told as a summit.
b = analyse(load(None))
panel = b.sections[1]
summit = replace(panel, kind="summit")
b = replace(
    b,
    sections=(b.sections[0], summit, *b.sections[2:]),
    kinds=tuple("summit" if i in panel.paragraphs else k for i, k in enumerate(b.kinds)),
)
made = {
    "analysis": views.analysis_view(b),
    "summary": views.summary_view(b),
    "sections": views.sections_view(b),
    "quotes": views.quotes_view(b, section="summit"),
    "export": views.export_view(b),
}
rendered = {}
for (name, fmt), _ in RENDERERS.items():
    if name in made and fmt != "docx":
        out = render(name, fmt, made[name])
        if not isinstance(out, (str, bytes)):
            console = Console(file=io.StringIO(), width=100, color_system="standard", force_terminal=True)
            console.print(out)
            out = console.file.getvalue()
        rendered[f"{name}.{fmt}"] = out.decode() if isinstance(out, bytes) else out

print(json.dumps({
    "kinds": list(PARAGRAPH_KINDS),
    "schema": schema["$defs"]["SectionDict"]["properties"]["kind"]["enum"],
    "quotes_exit": quotes.exit_code,
    "quotes_error": quotes.stderr,
    "help": runner.invoke(app, ["quotes", "--help"], env={"COLUMNS": "200"}).stdout,
    "unknown_exit": runner.invoke(app, ["quotes", "--section", "plenary"]).exit_code,
    "rendered": rendered,
}))
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    checkout = tmp_path_factory.mktemp("checkout")
    src = checkout / "src"
    shutil.copytree(ROOT / "src" / "briefcli", src / "briefcli", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", checkout / "templates")
    data = src / "briefcli" / "data"
    kinds = json.loads((data / "kinds.json").read_text(encoding="utf-8"))
    (data / "kinds.json").write_text(json.dumps([*kinds, SUMMIT]), encoding="utf-8")
    generator = ROOT / "scripts" / "generate_schema.py"
    proc = subprocess.run(
        [sys.executable, "-c", _CHECK, str(src), str(generator)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_the_kind_is_read_from_the_table(found: dict[str, Any]) -> None:
    assert found["kinds"][-1] == "summit"


def test_the_schema_generator_offers_it(found: dict[str, Any]) -> None:
    assert found["schema"] == found["kinds"]


def test_the_cli_accepts_it(found: dict[str, Any]) -> None:
    # Accepted by --section: the reference article simply has no summit (exit 1, not 2).
    assert found["quotes_exit"] == 1, found["quotes_error"]
    assert "no statements in summit sections" in found["quotes_error"]
    assert "summit" in found["help"]
    assert found["unknown_exit"] == 2


def test_every_renderer_shows_it(found: dict[str, Any]) -> None:
    rendered: dict[str, str] = found["rendered"]
    assert {name.split(".")[0] for name in rendered} == {
        "analysis",
        "summary",
        "sections",
        "quotes",
        "export",
    }
    for name, text in rendered.items():
        assert "summit" in text.casefold(), name
    # The terminal colours a kind as the table says: yellow is ANSI 33.
    assert "\x1b[33msummit" in rendered["sections.rich"]
