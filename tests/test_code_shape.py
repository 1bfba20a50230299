"""The shape of the code, read from its syntax tree: what ruff and lint-imports do not check.

- Functions small enough to hold in your head: none in src/ over 60 lines. (Complexity is
  ruff's job: C901, max-complexity 15 in pyproject.toml; length is not a ruff rule.)
- Every regular expression goes through ``briefcli.regexes.pattern``, which keeps compiled
  programs between runs: no module calls ``re.compile``, nor ``re.search``, ``re.sub`` and the
  other functions that compile their pattern argument (through ``re``'s cache, at every run).
  A pattern is compiled once, named, and its methods called.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "briefcli"
MAX_LINES = 60
# The functions of ``re`` that compile a pattern given to them.
RE_COMPILING = frozenset(
    {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall", "template"}
)


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


def _re_compiling_calls(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, name) of each call in ``tree`` to a function of ``re`` that compiles its pattern,
    however ``re`` or the function was imported (``import re as x``, ``from re import sub``)."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.asname or alias.name for alias in node.names if alias.name == "re"}
        elif isinstance(node, ast.ImportFrom) and node.module == "re":
            functions |= {alias.asname or alias.name for alias in node.names if alias.name in RE_COMPILING}
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in modules
            and func.attr in RE_COMPILING
        ) or (isinstance(func, ast.Name) and func.id in functions):
            calls.append((node.lineno, ast.unparse(func)))
    return sorted(calls)


def test_every_pattern_goes_through_regexes() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "regexes.py":
            continue
        where = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{where}:{line} {name}()" for line, name in _re_compiling_calls(tree)]
    assert not found, f"compile these with briefcli.regexes.pattern and call its methods: {found}"


def test_the_check_sees_every_way_of_calling_re() -> None:
    source = """
import re
import re as regex
from re import sub, findall as every
def f(text):
    import re
    re.search(r"a", text)
    regex.compile("b")
    sub("c", "", text)
    every("d", text)
    re.escape(text)
    pattern = re.IGNORECASE
    compiled.search(text)
"""
    assert _re_compiling_calls(ast.parse(source)) == [
        (7, "re.search"),
        (8, "regex.compile"),
        (9, "sub"),
        (10, "every"),
    ]
