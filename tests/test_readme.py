"""The README stays true: its test command is what CI runs, and it documents every command
and exit code."""

from __future__ import annotations

import re
from pathlib import Path

from briefcli.cli import app
from briefcli.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _console_blocks() -> list[str]:
    return [block.strip() for block in re.findall(r"```console\n(.*?)```", README, flags=re.S)]


def test_ci_runs_the_readme_test_command() -> None:
    commands = [b for b in _console_blocks() if "pytest" in b and not b.startswith("$")]
    assert len(commands) == 1
    assert commands[0] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_install_command_runs_summary() -> None:
    assert any(b.startswith("python3 -m venv") and b.endswith("briefcli summary") for b in _console_blocks())


def test_every_command_is_documented() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names
    for name in names:
        assert f"briefcli {name}" in README, name


def test_every_exit_code_is_documented() -> None:
    for code in ExitCode:
        assert re.search(rf"^\| {int(code)} \|", README, flags=re.M), code
