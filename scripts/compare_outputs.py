"""Run briefcli's JSON commands on every article at two commits and diff what they print.

Usage::

    python scripts/compare_outputs.py [--base REV] [--head REV] [SET_DIR ...]

``--base`` defaults to ``main``'s merge base with HEAD; ``--head`` defaults to the working tree.
SET_DIRs default to ``../shared/corpus``, ``../shared/corpus2``, ``../shared/corpus3`` (those that
exist beside the checkout) and ``tests/data/devset``; the bundled reference article always runs.
Each side runs in its own process with its own ``src`` on ``sys.path`` and the CLI called
in-process (``typer.testing.CliRunner``), so internals may change freely between the two.

Keys that only the head's output has (new fields such as ids) are not differences; anything
else is, and is listed article by article with the JSON path that changed. Exit 0 when the two
agree, 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("analyze", "summary", "quotes", "timeline", "people", "sections")

# The driver each side runs: for every article, every command's JSON, as one JSON object.
_DRIVER = r"""
import json, sys
from typer.testing import CliRunner
from briefcli.cli import app
runner = CliRunner()
commands = sys.argv[1].split(",")
out = {}
for path in sys.argv[2:]:
    source = [] if path == "-sample-" else [path]
    for command in commands:
        r = runner.invoke(app, [command, *source, "--format", "json"])
        out[f"{path}::{command}"] = json.loads(r.stdout) if r.exit_code == 0 else {"exit": r.exit_code}
json.dump(out, sys.stdout)
"""


def _articles(sets: list[Path]) -> list[str]:
    paths = ["-sample-"]
    for d in sets:
        paths += sorted(str(p.resolve()) for p in d.glob("*.txt"))
    return paths


def _run(src: Path, articles: list[str]) -> dict[str, Any]:
    env_path = str(src)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {env_path!r})\n{_DRIVER}",
            ",".join(COMMANDS),
            *articles,
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=src.parent,
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def _side(rev: str | None, articles: list[str], tmp: Path) -> dict[str, Any]:
    if rev is None:
        return _run(ROOT / "src", articles)
    tree = tmp / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev], check=True)
    try:
        return _run(tree / "src", articles)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def diff(before: Any, after: Any, path: str = "") -> list[str]:
    """The JSON paths where ``after`` differs from ``before``; keys only ``after`` has are new
    fields, not differences."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[str] = []
        for key, value in before.items():
            if key not in after:
                out.append(f"{path}.{key}: dropped")
            else:
                out += diff(value, after[key], f"{path}.{key}")
        return out
    if isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            return [f"{path}: {len(before)} items -> {len(after)}"]
        out = []
        for i, (b, a) in enumerate(zip(before, after, strict=True)):
            out += diff(b, a, f"{path}[{i}]")
        return out
    return [] if before == after else [f"{path}: {json.dumps(before)[:120]} -> {json.dumps(after)[:120]}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--base", default=None, help="the commit to compare against (default: merge-base with main)"
    )
    parser.add_argument("--head", default=None, help="the commit to compare (default: the working tree)")
    parser.add_argument("sets", nargs="*", type=Path)
    args = parser.parse_args()
    sets: list[Path] = args.sets or [
        d for d in (ROOT.parent / "shared" / n for n in ("corpus", "corpus2", "corpus3")) if d.is_dir()
    ] + [ROOT / "tests" / "data" / "devset"]
    base = (
        args.base
        or subprocess.run(
            ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    articles = _articles(sets)
    with tempfile.TemporaryDirectory() as tmp:
        before = _side(base, articles, Path(tmp) / "base")
        after = _side(args.head, articles, Path(tmp) / "head")
    changed = 0
    for key in before:
        lines = diff(before[key], after.get(key))
        if lines:
            changed += 1
            print(f"{key}")
            for line in lines:
                print(f"    {line}")
    runs = len(before)
    print(
        f"\n{len(articles)} articles x {len(COMMANDS)} commands = {runs} outputs against {base[:10]}: "
        f"{runs - changed} identical (new keys aside), {changed} changed"
    )
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
