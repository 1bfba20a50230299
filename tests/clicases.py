"""The view commands and their formats, read off the Typer app (so a new command or format is
covered by the output tests the day it lands), and a CLI runner whose output does not depend
on the terminal the tests run in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import typer.main
from typer.testing import CliRunner, Result

from briefcli.cli import app

# Formats that are not text: checked on their own, never compared as text.
BINARY_FORMATS = frozenset({"docx"})

# The environment variables that change how Rich renders, unset: piped output is then plain,
# 80 columns, whatever terminal runs the tests.
PLAIN_ENV: Mapping[str, str | None] = {
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
    "NO_COLOR": None,
    "COLUMNS": None,
    "LINES": None,
}

runner = CliRunner()


@lru_cache(maxsize=2)
def command_formats(store: bool = False) -> dict[str, tuple[str, ...]]:
    """{command: its --format choices} for every command that renders a view of an article
    (takes -o FILE); with ``store``, of those that render a store's view (take --db FILE), which
    need a store to run: tests/test_store_digest.py covers their formats."""
    group = typer.main.get_command(app)
    out: dict[str, tuple[str, ...]] = {}
    for name, command in getattr(group, "commands", {}).items():
        params = {p.name: p for p in command.params}
        if "output" in params and "fmt" in params and ("db" in params) == store:
            out[name] = tuple(getattr(params["fmt"].type, "choices", ()))
    return out


def cases(*formats: str, text_only: bool = True) -> list[tuple[str, str]]:
    """(command, format) pairs, all of them or only the given formats; binary ones left out."""
    return [
        (command, fmt)
        for command, choices in command_formats().items()
        for fmt in choices
        if (not formats or fmt in formats) and not (text_only and fmt in BINARY_FORMATS)
    ]


def view_name(command: str) -> str:
    """The view a command renders, as cli._emit names it: "analyze" renders "analysis"."""
    return "analysis" if command == "analyze" else command


def invoke(args: Sequence[str], env: Mapping[str, str | None] | None = None) -> Result:
    return runner.invoke(app, list(args), env={**PLAIN_ENV, **(env or {})})


def view_args(command: str, fmt: str, folder: Path) -> list[str]:
    """The arguments that render ``command``'s view of the bundled article in ``fmt``; a store's
    view (digest, search) gets a store of it, indexed into ``folder``."""
    args = [command, "--format", fmt]
    if command in command_formats(store=True):
        from importlib.resources import files

        db = str(folder / "store.db")
        if not Path(db).exists():
            indexed = invoke(["index", str(files("briefcli.data").joinpath("sample.txt")), "--db", db])
            assert indexed.exit_code == 0, indexed.output
        args += ["--db", db, *(["customs"] if command == "search" else [])]
    return args
