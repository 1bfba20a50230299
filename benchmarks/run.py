"""briefcli's benchmarks: cold start, throughput, scaling, pathological inputs, peak memory.

Plain Python, not timed unit tests: run it on a quiet machine, read the table, keep the JSON.

    .venv/bin/python benchmarks/run.py                 # all, results in .benchmarks/results.json
    .venv/bin/python benchmarks/run.py --runs 21 --output /tmp/bench.json

It checks these targets and prints PASS or FAIL for each (exit status 1 if any fails):

- cold start: `briefcli summary` on the bundled article <= 2.0x the import floor
  (`python -c "import typer, rich.console, jinja2"`, measured in the same run; medians of N runs);
  both run with compiled bytecode, as an installed briefcli does (`pip install .` compiles it):
  the child processes get PYTHONDONTWRITEBYTECODE removed from their environment and
  PYTHONPYCACHEPREFIX set to a fresh temporary directory, which the untimed warm-up run of each
  command fills. So a checkout's stale or missing __pycache__ (CI and some shells set
  PYTHONDONTWRITEBYTECODE=1) does not count compilation as start-up time, for either command;
- throughput of the analysis alone (build_article + analyse on already-read text, one core)
  >= 200 articles/s over the gold corpus;
- scaling: the time per character at 10x and 100x the reference article's length stays within
  1.5x of the time per character one size down (linear growth);
- a 1 MB single-paragraph text and a 1 MB text with no punctuation each analysed in < 5 s
  (each in its own process, killed after 60 s);
- peak memory (max RSS) of `briefcli analyze --format json` on the bundled article < 80 MB;
- URL deadline: fetching, with a 2 s timeout, from a local server (127.0.0.1) that sends its headers
  a byte at a time ends with the timeout error in < 2.5 s (timed in a child process, start-up apart).
- user-template resource bombs (`--template FILE`: huge widths, paddings, repetitions, joins,
  doubling loops, nested loops that write nothing, exponential recursion): each refused, exit
  code 5, within 2.0 s of wall time for the whole `briefcli timeline --template BOMB` run (median
  of 3 runs, each in its own process with 4 GB of address space at most, killed after 60 s).
- hostile inputs (tests/pathologies.py: runs of punctuation, periods, quotes, dashes and spaces,
  combining marks, emoji, right-to-left text, unbalanced quotes, 100,000 paragraphs, random
  Unicode), 1 MB of each through every command in every format (`briefcli CMD FILE --format F`,
  each its own process, killed after 60 s, with compiled bytecode as for the cold start): < 5 s each;
- a 10 MiB article-like text (the bundled article repeated with other names, dates and cities)
  through `briefcli summary`: < 15 s and peak RSS < 250 MB.

    .venv/bin/python benchmarks/run.py --only hostile,big       # just these (they take minutes)
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any, TypedDict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the hostile inputs' generator, shared with the tests

from pathologies import KINDS, article_like, pathology  # noqa: E402

DEFAULT_OUTPUT = ROOT / ".benchmarks" / "results.json"
IMPORT_FLOOR = "import typer, rich.console, jinja2"
ONE_MB = 1_000_000
PATHOLOGICAL_TIMEOUT = 60.0

# Targets.
MAX_COLD_RATIO = 2.0
MIN_ARTICLES_PER_SECOND = 200.0
MAX_GROWTH = 1.5  # time per character, one size up over one size down
MAX_PATHOLOGICAL_SECONDS = 5.0
MAX_RSS_MB = 80.0
URL_TIMEOUT = 2.0
MAX_URL_OVERRUN = 0.5  # seconds past the deadline (urllib3's import comes before it starts)
MAX_BOMB_SECONDS = 2.0
BOMB_RUNS = 3
BOMB_TIMEOUT = 60.0
BOMB_MEMORY = 4 * 2**30
MAX_HOSTILE_SECONDS = 5.0  # 1 MB of a hostile input, any command and format
HOSTILE_TIMEOUT = 60.0
BIG_BYTES = 10 * 1024 * 1024  # the input limit (briefcli.text.load.MAX_INPUT_BYTES)
MAX_BIG_SECONDS = 15.0
MAX_BIG_RSS_MB = 250.0
SECTIONS = (
    "cold",
    "throughput",
    "scaling",
    "pathological",
    "memory",
    "url",
    "templates",
    "overhead",
    "hostile",
    "big",
)


class Check(TypedDict):
    name: str
    target: str
    value: str
    passed: bool


def corpus_dir() -> Path:
    configured = os.environ.get("BRIEFCLI_CORPUS")
    return Path(configured) if configured else ROOT.parent / "shared" / "corpus"


def reference_text() -> str:
    return files("briefcli.data").joinpath("sample.txt").read_text(encoding="utf-8")


def briefcli_executable() -> str:
    """The briefcli console script of the Python running this file (the venv's)."""
    found = shutil.which("briefcli", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit(f"benchmarks: no briefcli beside {sys.executable}; run with the venv's python")
    return found


# --- Cold start -----------------------------------------------------------------------------------


BYTECODE_NOTE = (
    "compiled bytecode, as installed: PYTHONDONTWRITEBYTECODE unset, "
    "PYTHONPYCACHEPREFIX a fresh temp dir filled by one untimed run of each command"
)


def _run_quiet(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def compiled_env(prefix: str) -> dict[str, str]:
    """This environment with bytecode written to and read from ``prefix`` (see the module
    docstring): how an installed briefcli starts, whatever the checkout's __pycache__ holds."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def cold_start(runs: int) -> dict[str, Any]:
    """Median wall time of each command over ``runs`` runs, interleaved so drift hits all alike,
    after one warm-up run each (the OS file cache is warm; the bytecode, compiled into a fresh
    cache prefix by that run, too: the same for the import floor and briefcli)."""
    briefcli = briefcli_executable()
    commands = {
        "import_floor": [sys.executable, "-c", IMPORT_FLOOR],
        "help": [briefcli, "--help"],
        "summary": [briefcli, "summary"],
    }
    with tempfile.TemporaryDirectory(prefix="briefcli-pycache-") as prefix:
        env = compiled_env(prefix)
        for command in commands.values():
            _run_quiet(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_run_quiet(command, env))
    medians = {name: statistics.median(t) for name, t in times.items()}
    floor = medians["import_floor"]
    return {
        "runs": runs,
        "bytecode": BYTECODE_NOTE,
        "median_seconds": medians,
        "ratio_to_import_floor": {name: medians[name] / floor for name in ("help", "summary")},
    }


# --- Throughput and scaling (in this process) -------------------------------------------------------


@contextmanager
def one_core() -> Iterator[None]:
    """Pin this process to one CPU for the duration (where the OS allows it)."""
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def analyse_text(text: str) -> None:
    from briefcli.analysis import analyse
    from briefcli.model import Source
    from briefcli.text.layout import build_article

    analyse(build_article(Source("file", "benchmark.txt"), text))


def throughput(min_seconds: float) -> dict[str, Any]:
    """Articles per second over passes of the corpus. Each pass is timed apart and the
    median pass is the figure: on a shared machine one long loop takes in every pause another
    process causes, while the median pass does not (the best pass is reported beside it)."""
    corpus = corpus_dir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] if corpus.is_dir() else []
    source = str(corpus)
    if not texts:
        texts, source = [reference_text()], "the bundled reference article (no corpus found)"
    passes: list[float] = []
    with one_core():
        for text in texts:  # warm-up: imports, regex compilation
            analyse_text(text)
        start = time.perf_counter()
        while len(passes) < 5 or time.perf_counter() - start < min_seconds:
            began = time.process_time()
            for text in texts:
                analyse_text(text)
            passes.append(time.process_time() - began)
    return {
        "source": source,
        "articles": len(texts),
        "analysed": len(texts) * len(passes),
        "passes": len(passes),
        "seconds": sum(passes),
        "articles_per_second": len(texts) / statistics.median(passes),
        "best_articles_per_second": len(texts) / min(passes),
        "mean_articles_per_second": len(texts) * len(passes) / sum(passes),
    }


def scaled(text: str, times: int) -> str:
    """The article with its body repeated ``times`` times (title and date line once)."""
    head, _, body = text.partition("\n\n")
    date, _, paragraphs = body.partition("\n\n")
    return "\n\n".join([head, date] + [paragraphs.strip()] * times) + "\n"


def best_time(action: Callable[[], None], repeat: int) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def scaling() -> dict[str, Any]:
    text = reference_text()
    sizes = {1: 50, 10: 10, 100: 3}  # size -> runs
    seconds: dict[int, float] = {}
    lengths: dict[int, int] = {}
    with one_core():
        analyse_text(text)
        for size, runs in sizes.items():
            synthetic = scaled(text, size)
            lengths[size] = len(synthetic)
            seconds[size] = best_time(functools.partial(analyse_text, synthetic), runs)
    per_char = {size: seconds[size] / lengths[size] for size in sizes}
    return {
        "characters": lengths,
        "seconds": seconds,
        "growth_1x_to_10x": per_char[10] / per_char[1],
        "growth_10x_to_100x": per_char[100] / per_char[10],
        "time_ratio_100x_to_1x": seconds[100] / seconds[1],
    }


# --- Pathological inputs (each in its own process) --------------------------------------------------


def pathological_text(kind: str) -> str:
    """1 MB of text built from the reference article: one paragraph, or no punctuation at all."""
    words = reference_text().split()
    if kind == "single-paragraph":
        unit = " ".join(words)
    elif kind == "no-punctuation":
        unit = " ".join("".join(c for c in w if c.isalnum()) or "x" for w in words)
    else:
        raise ValueError(kind)
    body = (unit + " ") * (ONE_MB // (len(unit) + 1) + 1)
    return "A title\n\n" + body[:ONE_MB].strip() + "\n"


def time_pathological(kind: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--time-one", kind]
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, timeout=PATHOLOGICAL_TIMEOUT, check=True
        )
    except subprocess.TimeoutExpired:
        return {"kind": kind, "seconds": None, "error": f"killed after {PATHOLOGICAL_TIMEOUT:.0f} s"}
    except subprocess.CalledProcessError as exc:
        return {"kind": kind, "seconds": None, "error": exc.stderr.strip().splitlines()[-1:]}
    return {"kind": kind, "seconds": float(proc.stdout.strip()), "error": None}


def _time_one(kind: str) -> None:
    text = pathological_text(kind)
    start = time.perf_counter()
    analyse_text(text)
    print(f"{time.perf_counter() - start:.6f}")


# --- Peak memory ----------------------------------------------------------------------------------


def max_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory of one child process, from its own rusage (os.wait4)."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}")
    return usage.ru_maxrss / 1024  # KiB on Linux


def memory() -> dict[str, Any]:
    briefcli = briefcli_executable()
    return {
        "analyze_json_mb": max(max_rss_mb([briefcli, "analyze", "--format", "json"]) for _ in range(3)),
        "import_floor_mb": max_rss_mb([sys.executable, "-c", IMPORT_FLOOR]),
    }


# --- Hostile inputs and the biggest article (each run its own process) -----------------------------


# --- URL deadline ---------------------------------------------------------------------------------


def _drip_headers(port_ready: list[int], stop: threading.Event) -> None:
    """Accept one connection on 127.0.0.1 and send a status line and headers a byte every 0.1 s,
    until ``stop`` or 60 s."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        port_ready.append(server.getsockname()[1])
        server.settimeout(30)
        conn, _ = server.accept()
        with conn:
            conn.recv(4096)
            head = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"." * 600
            for byte in head:
                if stop.wait(0.1):
                    break
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    break


_FETCH_TIMED = """
import sys, time
from briefcli.errors import NetworkError
from briefcli.text.load import read_source
start = time.perf_counter()
try:
    read_source(sys.argv[1], timeout=float(sys.argv[2]), allow_private=True)
except NetworkError as exc:
    print(exc, file=sys.stderr)
print(f"{time.perf_counter() - start:.6f}")
"""


def url_deadline() -> dict[str, Any]:
    """The time from the start of the fetch to its error, in a child process (start-up apart)."""
    port: list[int] = []
    stop = threading.Event()
    server = threading.Thread(target=_drip_headers, args=(port, stop), daemon=True)
    server.start()
    while not port:
        time.sleep(0.01)
    url = f"http://127.0.0.1:{port[0]}/article.txt"
    command = [sys.executable, "-c", _FETCH_TIMED, url, f"{URL_TIMEOUT:g}"]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    stop.set()
    server.join(5)
    return {"timeout": URL_TIMEOUT, "seconds": float(proc.stdout), "error": proc.stderr.strip()}


# --- User templates: resource bombs and the sandbox's cost ---------------------------------------

# The bombs of issue 14 (and a few more): each must be refused within MAX_BOMB_SECONDS.
TEMPLATE_BOMBS = {
    "percent format filter": "{{ '%01000000000d'|format(1) }}",
    "str.format width": "{{ '{:>1000000000}'.format('x') }}",
    "str.format zero fill": "{{ '{:0>999999999}'.format(1) }}",
    "format_map": "{{ '{x:>999999999}'.format_map({'x': 1}) }}",
    "% with * width": "{{ '%*d' % (999999999, 1) }}",
    "center": "{{ 'x'|center(1000000000) }}",
    "indent": "{{ ('\\n' * 1000000)|indent(2000) }}",
    "replace growth": "{{ ('x' * 1000000)|replace('', 'y' * 20) }}",
    "join of a huge list": "{{ range(100000)|join('x' * 1000) }}",
    "'x' * n": "{{ 'x' * 100000000 }}",
    "~ doubling in a loop": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
    ),
    "{% set %} block doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set t %}{{ ns.s }}{{ ns.s }}{% endset %}{% set ns.s = t %}{% endfor %}"
    ),
    "three nested ranges": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    ),
    "macro recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "exponential macros": (
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}"
    ),
    "output flood": (
        "{% for a in range(100000) %}{% for b in range(1000) %}xxxxxxxxxx{% endfor %}{% endfor %}"
    ),
    "text of a list of one big string (child only)": (
        "{% set l = [] %}{% set s = 'x' * 9000000 %}{% for i in range(200) %}{% do l.append(s) %}"
        "{% endfor %}{{ l }}"
    ),
}


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (BOMB_MEMORY, BOMB_MEMORY))


def _run_bomb(template: Path) -> tuple[float | None, int | None, str]:
    """Wall time, exit code and standard error of `briefcli timeline --template template`."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [briefcli_executable(), "timeline", "--template", str(template)],
            capture_output=True,
            text=True,
            timeout=BOMB_TIMEOUT,
            preexec_fn=_cap_memory if hasattr(os, "fork") else None,
        )
    except subprocess.TimeoutExpired:
        return None, None, f"killed after {BOMB_TIMEOUT:.0f} s"
    return time.perf_counter() - start, proc.returncode, proc.stderr.strip()


def template_bombs() -> dict[str, Any]:
    """Each bomb's median wall time over BOMB_RUNS runs, beside a trivial user template's (the
    start-up and analysis every run pays)."""
    with tempfile.TemporaryDirectory(prefix="briefcli-bombs-") as folder:
        trivial = Path(folder) / "trivial.md.j2"
        trivial.write_text("{{ timeline.title }}\n", encoding="utf-8")
        baseline = statistics.median(_run_bomb(trivial)[0] or 0.0 for _ in range(BOMB_RUNS))
        bombs = []
        for name, source in TEMPLATE_BOMBS.items():
            path = Path(folder) / "bomb.md.j2"
            path.write_text(source + "\n", encoding="utf-8")
            runs = [_run_bomb(path) for _ in range(BOMB_RUNS)]
            times = [t for t, _, _ in runs if t is not None]
            bombs.append(
                {
                    "name": name,
                    "seconds": statistics.median(times) if len(times) == len(runs) else None,
                    "exit_codes": sorted({code for _, code, _ in runs if code is not None}),
                    "error": runs[-1][2].splitlines()[-1][-120:] if runs[-1][2] else "",
                }
            )
    return {"baseline_seconds": baseline, "bombs": bombs}


def _views(commands: set[str]) -> dict[str, Any]:
    """The view of each command on the bundled article, as templates see it (its JSON)."""
    briefcli = briefcli_executable()
    views = {}
    for command in sorted(commands):
        out = subprocess.run(
            [briefcli, command, "--format", "json"], capture_output=True, text=True, check=True
        )
        views[command] = json.loads(out.stdout)
    return views


def template_overhead(runs: int) -> dict[str, Any]:
    """Render times (best of ``runs``) of every built-in template, as built-in and as a user
    template, and the CLI's median wall times with and without --template."""
    from briefcli.render import sandbox, templates

    infos = templates.template_infos()
    views = _views({info.command for info in infos})
    seconds: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="briefcli-user-templates-") as folder:
        for info in infos:
            context = {info.command: views[info.command]}
            copy = Path(folder) / info.name
            copy.write_text(templates.template_source(info.name), encoding="utf-8")

            def builtin(name: str = info.name, context: dict[str, Any] = context) -> None:
                templates._environment.cache_clear()  # compiled afresh, as in each run
                templates.render_builtin(name, context)

            def user(isolate: bool, copy: Path = copy, context: dict[str, Any] = context) -> None:
                sandbox.ISOLATE = isolate
                templates.render_user(copy, context)

            seconds[info.name] = {
                "builtin": best_time(builtin, runs),
                "user_in_child": best_time(functools.partial(user, True), runs)
                if os.name == "posix"
                else 0.0,
                "user_in_template": best_time(functools.partial(user, False), runs),
            }
        sandbox.ISOLATE = sys.platform.startswith("linux")
        copy = Path(folder) / "summary.md.j2"
        # The same with the in-template checks alone (sandbox.ISOLATE off): what the child costs.
        in_template = (
            "import sys; import briefcli.render.sandbox as s; s.ISOLATE = False; "
            "from briefcli.cli import main; "
            f"sys.argv = ['briefcli', 'summary', '--template', {str(copy)!r}]; main()"
        )
        cli = _cli_medians(
            {
                "builtin": [briefcli_executable(), "summary", "--format", "md"],
                "user": [briefcli_executable(), "summary", "--template", str(copy)],
                "user_in_template": [sys.executable, "-c", in_template],
            },
            runs,
        )
    totals = {kind: sum(s[kind] for s in seconds.values()) for kind in next(iter(seconds.values()))}
    return {"per_template_seconds": seconds, "total_seconds": totals, "cli_median_seconds": cli}


def _cli_medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="briefcli-pycache-") as prefix:
        env = compiled_env(prefix)
        for command in commands.values():
            _run_quiet(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_run_quiet(command, env))
    return {name: statistics.median(t) for name, t in times.items()}


def run_measured(command: Sequence[str], timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Wall time, peak RSS (its own rusage) and exit code of one child process (in ``env``);
    killed after ``timeout`` s. The last line of its stderr is the error of a run that exits
    other than 0 (a briefing), 1 (no results) or 6 (not English: refused, as documented)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                return {
                    "seconds": None,
                    "rss_mb": None,
                    "exit": None,
                    "error": f"killed after {timeout:.0f} s",
                }
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "seconds": seconds,
        "rss_mb": usage.ru_maxrss / 1024,
        "exit": proc.returncode,
        "error": (lines[-1] if lines else f"exit {proc.returncode}")
        if proc.returncode not in (0, 1, 6)
        else None,
    }


def command_formats() -> list[tuple[str, str]]:
    """(command, format) for every command that reads an article, in every format it has; not
    the store's views (digest, search), which read a store (--db), not an article."""
    from clicases import command_formats as article_commands

    return [(command, fmt) for command, formats in article_commands().items() for fmt in formats]


@contextmanager
def _installed_env(commands: Sequence[Sequence[str]]) -> Iterator[dict[str, str]]:
    """An environment with compiled bytecode, as installed (``compiled_env``), filled by one
    untimed run of each of ``commands``: what a hostile run measures is its input's work, not
    compiling the modules a stale or missing __pycache__ lacks (PYTHONDONTWRITEBYTECODE=1)."""
    with tempfile.TemporaryDirectory(prefix="briefcli-pycache-") as prefix:
        env = compiled_env(prefix)
        for command in commands:
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        yield env


def hostile(
    kinds: Sequence[str], timeout: float = HOSTILE_TIMEOUT, formats: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """1 MB of each hostile input through every command and format (or only ``formats``), each
    killed after ``timeout`` s; with compiled bytecode (``_installed_env``: each command and
    format run once on the bundled article first)."""
    briefcli = briefcli_executable()
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="briefcli-hostile-") as tmp:
        docx = ["-o", str(Path(tmp) / "out.docx"), "--force"]
        warm = [[briefcli, c, "--format", f, *(docx if f == "docx" else [])] for c, f in command_formats()]
        with _installed_env(warm) as env:
            out = _hostile_runs(briefcli, kinds, Path(tmp), (timeout, formats), env)
    return out


def _hostile_runs(
    briefcli: str,
    kinds: Sequence[str],
    tmp: Path,
    limits: tuple[float, Sequence[str] | None],
    env: dict[str, str],
) -> list[dict[str, Any]]:
    timeout, formats = limits
    out: list[dict[str, Any]] = []
    for kind in kinds:
        path = tmp / f"{kind}.txt"
        path.write_text(pathology(kind, ONE_MB), encoding="utf-8")
        for command, fmt in command_formats():
            if formats is not None and fmt not in formats:
                continue
            # a file of its own: -o never replaces a special file like /dev/null (exit 5)
            extra = ["-o", str(tmp / "out.docx"), "--force"] if fmt == "docx" else []
            run = run_measured([briefcli, command, str(path), "--format", fmt, *extra], timeout, env)
            out.append({"kind": kind, "command": command, "format": fmt, **run})
            print(f"  {kind:<18} {command:<9} {fmt:<5} {_seconds(run)}", file=sys.stderr, flush=True)
    return out


def big() -> dict[str, Any]:
    """The 10 MiB article-like text through `briefcli summary` (plain text: output to a pipe),
    with compiled bytecode (``_installed_env``)."""
    briefcli = briefcli_executable()
    warm = [[briefcli, "summary"]]
    with tempfile.TemporaryDirectory(prefix="briefcli-big-") as tmp, _installed_env(warm) as env:
        path = Path(tmp) / "big.txt"
        path.write_bytes(article_like(BIG_BYTES).encode("utf-8"))
        run = run_measured([briefcli, "summary", str(path)], HOSTILE_TIMEOUT * 5, env)
    return {"bytes": BIG_BYTES, **run}


def _seconds(run: dict[str, Any]) -> str:
    return f"{run['seconds']:.2f} s" if run["seconds"] is not None else str(run["error"])


def _slowest(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return max(rows, key=lambda c: float("inf") if c["seconds"] is None else c["seconds"])


def _hostile_checks(cases: list[dict[str, Any]]) -> list[Check]:
    """One check per hostile input: every command and format under the limit, none crashed."""
    out: list[Check] = []
    for kind in dict.fromkeys(c["kind"] for c in cases):
        rows = [c for c in cases if c["kind"] == kind]
        slowest = _slowest(rows)
        failed = [c for c in rows if c["error"] is not None]
        value = (
            _seconds(slowest)
            if not failed
            else f"{failed[0]['command']} {failed[0]['format']}: {failed[0]['error']}"
        )
        out.append(
            {
                "name": f"1 MB {kind}, every command and format",
                "target": f"< {MAX_HOSTILE_SECONDS:.0f} s each, no crash",
                "value": value,
                "passed": not failed and all(c["seconds"] < MAX_HOSTILE_SECONDS for c in rows),
            }
        )
    return out


def _big_checks(run: dict[str, Any]) -> list[Check]:
    seconds, rss = run["seconds"], run["rss_mb"]
    return [
        {
            "name": "10 MiB article: summary",
            "target": f"< {MAX_BIG_SECONDS:.0f} s",
            "value": _seconds(run),
            "passed": seconds is not None and seconds < MAX_BIG_SECONDS and run["exit"] == 0,
        },
        {
            "name": "10 MiB article: summary peak memory",
            "target": f"< {MAX_BIG_RSS_MB:.0f} MB",
            "value": f"{rss:.0f} MB" if rss is not None else str(run["error"]),
            "passed": rss is not None and rss < MAX_BIG_RSS_MB,
        },
    ]


# --- Report ---------------------------------------------------------------------------------------


def checks(results: dict[str, Any]) -> list[Check]:
    out: list[Check] = []
    if "cold_start" in results:
        cold = results["cold_start"]["ratio_to_import_floor"]["summary"]
        out.append(
            {
                "name": "summary cold start",
                "target": f"<= {MAX_COLD_RATIO:.1f}x import floor",
                "value": f"{cold:.2f}x",
                "passed": cold <= MAX_COLD_RATIO,
            }
        )
    if "throughput" in results:
        rate = results["throughput"]["articles_per_second"]
        out.append(
            {
                "name": "throughput (analysis, one core)",
                "target": f">= {MIN_ARTICLES_PER_SECOND:.0f} articles/s",
                "value": f"{rate:.0f} articles/s",
                "passed": rate >= MIN_ARTICLES_PER_SECOND,
            }
        )
    if "scaling" in results:
        growth = max(results["scaling"]["growth_1x_to_10x"], results["scaling"]["growth_10x_to_100x"])
        out.append(
            {
                "name": "scaling to 100x",
                "target": f"time/char growth <= {MAX_GROWTH:.1f}x per 10x",
                "value": f"{growth:.2f}x",
                "passed": growth <= MAX_GROWTH,
            }
        )
    for case in results.get("pathological", ()):
        seconds = case["seconds"]
        out.append(
            {
                "name": f"1 MB {case['kind'].replace('-', ' ')}",
                "target": f"< {MAX_PATHOLOGICAL_SECONDS:.0f} s",
                "value": f"{seconds:.2f} s" if seconds is not None else str(case["error"]),
                "passed": seconds is not None and seconds < MAX_PATHOLOGICAL_SECONDS,
            }
        )
    if "memory" in results:
        rss = results["memory"]["analyze_json_mb"]
        out.append(
            {
                "name": "peak memory, analyze --format json",
                "target": f"< {MAX_RSS_MB:.0f} MB",
                "value": f"{rss:.1f} MB",
                "passed": rss < MAX_RSS_MB,
            }
        )
    out += _hostile_checks(results.get("hostile", []))
    if "big" in results:
        out += _big_checks(results["big"])
    if "url_deadline" in results:
        url = results["url_deadline"]
        out.append(
            {
                "name": "URL deadline, headers dripped",
                "target": f"< {url['timeout'] + MAX_URL_OVERRUN:g} s, timed out",
                "value": f"{url['seconds']:.2f} s" + (", timed out" if "timed out" in url["error"] else ""),
                "passed": url["seconds"] < url["timeout"] + MAX_URL_OVERRUN and "timed out" in url["error"],
            }
        )
    if "template_bombs" in results:
        bombs = results["template_bombs"]["bombs"]
        slowest = max((b["seconds"] or float("inf") for b in bombs), default=0.0)
        refused = all(b["seconds"] is not None and b["exit_codes"] == [5] for b in bombs)
        out.append(
            {
                "name": f"user-template bombs refused ({len(bombs)})",
                "target": f"exit 5, <= {MAX_BOMB_SECONDS:.1f} s each",
                "value": f"slowest {slowest:.2f} s" if refused else "not all refused",
                "passed": refused and slowest <= MAX_BOMB_SECONDS,
            }
        )
    return out


def _print_cold_start(cold: dict[str, Any]) -> None:
    med = cold["median_seconds"]
    print(f"cold start (median of {cold['runs']} runs; {cold['bytecode']})")
    ratios = cold["ratio_to_import_floor"]
    for label, key in (
        ("import floor", "import_floor"),
        ("briefcli --help", "help"),
        ("briefcli summary", "summary"),
    ):
        ratio = f"  {ratios[key]:.2f}x" if key in ratios else ""
        print(f"  {label:<17} {med[key] * 1000:7.1f} ms{ratio}")


def _print_hostile(cases: list[dict[str, Any]]) -> None:
    """One row per hostile input: the slowest command and format, the peak RSS and the exits."""
    print(f"hostile inputs, 1 MB each, {len(command_formats())} command x format runs per input:")
    print(f"  {'input':<18} {'slowest':>9}  {'(command format)':<20} {'max RSS':>8}  exits")
    for kind in dict.fromkeys(c["kind"] for c in cases):
        rows = [c for c in cases if c["kind"] == kind]
        slowest = _slowest(rows)
        rss = max((c["rss_mb"] for c in rows if c["rss_mb"] is not None), default=0.0)
        exits = ",".join(sorted({str(c["exit"]) for c in rows}))
        where = f"({slowest['command']} {slowest['format']})"
        print(f"  {kind:<18} {_seconds(slowest):>9}  {where:<20} {rss:6.0f} MB  {exits}")


def _print_bombs(tb: dict[str, Any]) -> None:
    print(
        f"user-template bombs (median of {BOMB_RUNS} runs of `briefcli timeline --template BOMB`, "
        f"and over a trivial template's {tb['baseline_seconds']:.2f} s)"
    )
    for bomb in tb["bombs"]:
        took = "no answer"
        if bomb["seconds"] is not None:
            took = f"{bomb['seconds']:.2f} s ({bomb['seconds'] - tb['baseline_seconds']:+.2f})"
        print(f"  {bomb['name']:<46} {took:>16}  exit {bomb['exit_codes']}  {bomb['error'][-60:]}")


def _print_overhead(ov: dict[str, Any]) -> None:
    print("built-in templates as user templates (best of runs, compile + render, ms):")
    print(f"  {'template':<20} {'built-in':>9} {'user, child':>12} {'user, in-template':>18}")
    for name, s in [*ov["per_template_seconds"].items(), ("all together", ov["total_seconds"])]:
        print(
            f"  {name:<20} {s['builtin'] * 1000:9.2f} {s['user_in_child'] * 1000:12.2f} "
            f"{s['user_in_template'] * 1000:18.2f}"
        )
    cli = ov["cli_median_seconds"]
    print(
        f"  briefcli summary --format md {cli['builtin'] * 1000:.0f} ms; with --template (a copy of "
        f"summary.md) {cli['user'] * 1000:.0f} ms, {cli['user_in_template'] * 1000:.0f} ms without "
        "the child process (medians)"
    )


def print_report(results: dict[str, Any]) -> None:
    print(f"briefcli benchmarks, {results['machine']['cpus']} CPUs, Python {results['machine']['python']}")
    print()
    if "cold_start" in results:
        _print_cold_start(results["cold_start"])
    if "throughput" in results:
        tp = results["throughput"]
        print(
            f"throughput: {tp['articles_per_second']:.0f} articles/s, median of {tp['passes']} passes "
            f"(best {tp['best_articles_per_second']:.0f}, mean {tp['mean_articles_per_second']:.0f}; "
            f"{tp['analysed']} analyses of {tp['source']}, CPU time)"
        )
    if "scaling" in results:
        sc = results["scaling"]
        print("scaling (best of runs):")
        for size, seconds in sc["seconds"].items():
            print(f"  {size:>4}x  {sc['characters'][size]:>9,} chars  {seconds * 1000:9.2f} ms")
        print(
            f"  time/char growth: 1x->10x {sc['growth_1x_to_10x']:.2f}, "
            f"10x->100x {sc['growth_10x_to_100x']:.2f}; "
            f"time 100x/1x = {sc['time_ratio_100x_to_1x']:.1f} (linear: 100)"
        )
    if "memory" in results:
        mem = results["memory"]
        print(
            f"peak memory: analyze --format json {mem['analyze_json_mb']:.1f} MB "
            f"(import floor {mem['import_floor_mb']:.1f} MB)"
        )
    if "template_bombs" in results:
        _print_bombs(results["template_bombs"])
    if "template_overhead" in results:
        _print_overhead(results["template_overhead"])
    if "hostile" in results:
        _print_hostile(results["hostile"])
    if "big" in results:
        b = results["big"]
        rss = f"{b['rss_mb']:.0f} MB" if b["rss_mb"] is not None else "-"
        print(f"10 MiB article-like text, briefcli summary: {_seconds(b)}, peak RSS {rss}")
    print()
    width = max((len(c["name"]) for c in results["checks"]), default=0)
    for check in results["checks"]:
        verdict = "PASS" if check["passed"] else "FAIL"
        print(f"{verdict}  {check['name']:<{width}}  {check['value']:>16}  (target {check['target']})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="briefcli benchmarks (see the module docstring).")
    parser.add_argument("--runs", type=int, default=15, help="runs per cold-start command (median)")
    parser.add_argument("--min-seconds", type=float, default=2.0, help="minimum time of the throughput loop")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSON result file")
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma-separated sections to run, of {','.join(SECTIONS)}"
    )
    parser.add_argument(
        "--kinds", default=",".join(KINDS), help="comma-separated hostile inputs (tests/pathologies.py)"
    )
    parser.add_argument(
        "--timeout", type=float, default=HOSTILE_TIMEOUT, help="seconds before a hostile run is killed"
    )
    parser.add_argument("--formats", help="comma-separated formats: the hostile runs in these only")
    parser.add_argument("--time-one", choices=["single-paragraph", "no-punctuation"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_one:
        _time_one(args.time_one)
        return 0
    only = set(args.only.split(","))
    if only - set(SECTIONS) or set(args.kinds.split(",")) - set(KINDS):
        parser.error(f"--only takes {','.join(SECTIONS)}; --kinds takes {','.join(KINDS)}")

    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
        },
    }
    sections: dict[str, tuple[str, Callable[[], Any]]] = {
        "cold": ("cold_start", lambda: cold_start(args.runs)),
        "throughput": ("throughput", lambda: throughput(args.min_seconds)),
        "scaling": ("scaling", scaling),
        "pathological": (
            "pathological",
            lambda: [time_pathological(kind) for kind in ("single-paragraph", "no-punctuation")],
        ),
        "memory": ("memory", memory),
        "url": ("url_deadline", url_deadline),
        "templates": ("template_bombs", template_bombs),
        "overhead": ("template_overhead", lambda: template_overhead(args.runs)),
        "hostile": (
            "hostile",
            lambda: hostile(args.kinds.split(","), args.timeout, args.formats and args.formats.split(",")),
        ),
        "big": ("big", big),
    }
    for name in SECTIONS:
        if name in only:
            key, run = sections[name]
            results[key] = run()
    results["checks"] = checks(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nresults written to {args.output}")
    return 0 if all(c["passed"] for c in results["checks"]) else 1


if __name__ == "__main__":
    sys.exit(main())
