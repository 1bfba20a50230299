"""Functions small enough to hold in your head: none in src/ over 60 lines.

Complexity is ruff's job (C901, max-complexity 15 in pyproject.toml); length is not a ruff
rule, so it is counted here, from the syntax tree.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "briefcli"
MAX_LINES = 60


@functools.cache
def _functions() -> list[tuple[str, int]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                name = f"{path.relative_to(SRC).as_posix()}:{node.name}"
                found.append((name, node.end_lineno - node.lineno + 1))
    return found


def test_no_function_is_longer_than_the_limit() -> None:
    long = sorted(f"{name} ({lines} lines)" for name, lines in _functions() if lines > MAX_LINES)
    assert not long, f"split these functions (at most {MAX_LINES} lines): {long}"
