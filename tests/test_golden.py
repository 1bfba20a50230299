"""Golden files: every command in every text format on the reference article (the bundled
sample), compared byte for byte with ``tests/golden/``.

A change in what briefcli prints fails here until the golden files are regenerated on purpose:

    BRIEFCLI_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

then read ``git diff tests/golden`` before committing it. Rich output is the plain rendering
(80 columns, no colour) that a pipe or ``-o`` gets.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from rich.cells import cell_len

from clicases import BINARY_FORMATS, command_formats, invoke

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("BRIEFCLI_UPDATE_GOLDEN") == "1"

# One line per command: the formats compared with a golden file. A new command or format is one
# more line (or word) here, and one run with BRIEFCLI_UPDATE_GOLDEN=1.
GOLDEN: dict[str, tuple[str, ...]] = {
    "analyze": ("rich", "json", "jsonl"),
    "summary": ("rich", "md", "html", "txt", "json"),
    "people": ("rich", "md", "json", "csv"),
    "sections": ("rich", "md", "json"),
    "timeline": ("rich", "md", "json", "csv", "ics", "html"),
    "quotes": ("rich", "md", "json", "csv", "html", "txt"),
    "export": ("md", "html", "txt", "json"),  # docx is binary: tests/test_export.py reads it back
}

CASES = [(command, fmt) for command, formats in GOLDEN.items() for fmt in formats]


def golden_path(command: str, fmt: str) -> Path:
    """``summary.md``, ``timeline.ics``; Rich output is ``summary.rich.txt``."""
    return GOLDEN_DIR / (f"{command}.rich.txt" if fmt == "rich" else f"{command}.{fmt}")


def _diff(expected: bytes, actual: bytes, name: str) -> str:
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        f"golden/{name}",
        "briefcli output",
    )
    return "".join(list(lines)[:80])


@pytest.mark.parametrize(("command", "fmt"), CASES, ids=[f"{c}-{f}" for c, f in CASES])
def test_output_matches_the_golden_file(command: str, fmt: str) -> None:
    result = invoke([command, "--format", fmt])
    assert result.exit_code == 0, result.output
    actual = result.stdout_bytes
    path = golden_path(command, fmt)
    if UPDATE:
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_bytes(actual)
        return
    assert path.exists(), f"{path.name} is missing; create it with BRIEFCLI_UPDATE_GOLDEN=1"
    expected = path.read_bytes()
    assert actual == expected, (
        f"`briefcli {command} --format {fmt}` differs from golden/{path.name}; if the change is "
        "intended, rerun with BRIEFCLI_UPDATE_GOLDEN=1 and review `git diff tests/golden`\n"
        + _diff(expected, actual, path.name)
    )


def test_every_command_and_text_format_has_a_golden_file() -> None:
    offered = {c: tuple(f for f in fs if f not in BINARY_FORMATS) for c, fs in command_formats().items()}
    missing = {c: sorted(set(fs) - set(GOLDEN.get(c, ()))) for c, fs in offered.items()}
    assert not {c: fs for c, fs in missing.items() if fs}, "add these to GOLDEN in tests/test_golden.py"
    for command, formats in GOLDEN.items():
        assert set(formats) <= set(offered.get(command, ())), f"the CLI no longer has {command} {formats}"


def test_no_stray_golden_files() -> None:
    expected = {golden_path(c, f).name for c, f in CASES}
    stray = sorted(p.name for p in GOLDEN_DIR.iterdir() if p.name not in expected)
    assert not stray, f"golden files no test compares (delete them): {stray}"


def test_the_rich_golden_files_are_plain_80_column_text() -> None:
    for command in GOLDEN:
        path = golden_path(command, "rich")
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        assert "\x1b" not in text
        assert max(cell_len(line) for line in text.splitlines()) <= 80
