"""User templates within limits: resource bombs are refused (exit code 5, one line naming the
file, no traceback), quickly, and normal templates render as before.

The bombs run in subprocesses, each under a watchdog and an address-space cap of its own, so a
regression fails the tests instead of exhausting the machine that runs them: a runner per mode
renders them all through the CLI, once with the child process (the default on Linux) and once
with the in-template limits alone (``sandbox.ISOLATE`` off: what other platforms get).
How fast each bomb is refused is measured by benchmarks/run.py, not here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.sandbox import SandboxedEnvironment

from briefcli.errors import ExitCode, OutputError
from briefcli.render import sandbox
from briefcli.render.templates import _EXTENSIONS, _FILTERS, render_user, template_infos
from clicases import PLAIN_ENV, invoke, view_args

LINUX = sys.platform.startswith("linux")
RUNNER_TIMEOUT = 120.0  # seconds for a whole runner: some 50 bombs, the slowest refused at 1 s
RUNNER_MEMORY = 3 * 2**30  # bytes of address space for a runner and its children

OVER = "over the limit of 10,000,000"
SLOW = "took longer than 1 s"
BIG_NUMBER = "too large a number"
DEEP = "recursion too deep"

# name: (template, words the error says: one of the alternatives, each a tuple of words).
BOMBS: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    # Padding and widths in formats.
    "percent-filter": ("{{ '%01000000000d'|format(1) }}", (("format filter", OVER),)),
    "percent-filter-star": ("{{ '%*d'|format(999999999, 1) }}", (("format filter", OVER),)),
    "percent-operator": ("{{ '%0999999999d' % 1 }}", (("%-formatting", OVER),)),
    "percent-star-width": ("{{ '%*d' % (999999999, 1) }}", (("%-formatting", OVER),)),
    "percent-precision": ("{{ '%.999999999f' % 1.5 }}", (("%-formatting", OVER),)),
    "format-width": ("{{ '{:>1000000000}'.format('x') }}", (("format()", OVER),)),
    "format-zero-fill": ("{{ '{:0>999999999}'.format(1) }}", (("format()", OVER),)),
    "format-nested-width": ("{{ '{:>{}}'.format('x', 999999999) }}", (("format()", OVER),)),
    "format-many-fields": ("{{ ('{0:>9000000}' * 50).format('x') }}", (("format()", OVER),)),
    "format-map": ("{{ '{x:>999999999}'.format_map({'x': 1}) }}", (("format()", OVER),)),
    "format-markup": ("{{ ('{:>999999999}'|safe).format('x') }}", (("format()", OVER),)),
    "center": ("{{ 'x'|center(1000000000) }}", (("center filter", OVER),)),
    "center-block": ("{% filter center(1000000000) %}x{% endfilter %}", (("center filter", OVER),)),
    "indent": ("{{ ('\\n' * 1000000)|indent(2000) }}", (("indent filter", OVER),)),
    "indent-string": ("{{ ('\\n' * 1000000)|indent('x' * 2000) }}", (("indent filter", OVER),)),
    "wordwrap": ("{{ ('a ' * 1000000)|wordwrap(1, wrapstring='x' * 10000) }}", (("wordwrap filter", OVER),)),
    "ljust": ("{{ 'x'.ljust(1000000000) }}", (("ljust()", OVER),)),
    "zfill": ("{{ '1'.zfill(1000000000) }}", (("zfill()", OVER),)),
    "expandtabs": ("{{ ('\\t' * 1000).expandtabs(10000000) }}", (("expandtabs()", OVER),)),
    # Repetition and growth.
    "repeat-string": ("{{ 'x' * 100000000 }}", (("repetition", OVER),)),
    "repeat-string-reversed": ("{{ 100000000 * 'ab' }}", (("repetition", OVER),)),
    "repeat-tuple": ("{{ ('ab',) * 100000000 }}", (("repetition", OVER),)),
    "repeat-list-of-big-string": ("{{ ['x' * 1000000] * 1000 }}", (("repetition", OVER),)),
    "replace-filter": ("{{ ('x' * 1000000)|replace('', 'y' * 20) }}", (("replace filter", OVER),)),
    "replace-method": ("{{ ('x' * 1000000).replace('x', 'y' * 1000) }}", (("replace()", OVER),)),
    "translate": ("{{ ('a' * 1000000).translate({97: 'x' * 1000}) }}", (("translate()", OVER),)),
    "join-filter": ("{{ range(100000)|join('x' * 1000) }}", (("join filter", OVER),)),
    "join-filter-big-items": (
        "{% set s = 'x' * 5000000 %}{{ [s, s, s]|join }}",
        (("join filter", OVER),),
    ),
    "join-method": ("{{ ('x' * 1000).join(range(100000)|map('string')) }}", (("join()", OVER),)),
    "tilde-doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        (("a string of", OVER),),
    ),
    "plus-doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        (("+ would make", OVER),),
    ),
    "set-block-doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set t %}{{ ns.s }}{{ ns.s }}{% endset %}{% set ns.s = t %}{% endfor %}",
        (("this block", OVER),),
    ),
    "macro-doubling": (
        "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% else %}{{ s|length }}{% endif %}{% endmacro %}"
        "{{ d('x', 40) }}",
        (("a string of", OVER),),
    ),
    "list-extend-doubling": (
        "{% set l = [1] %}{% for i in range(40) %}{% do l.extend(l) %}{% endfor %}",
        (("a list of", OVER),),
    ),
    "list-plus-doubling": (
        "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}{% set ns.l = ns.l + ns.l %}{% endfor %}",
        (("+ would make", "items", OVER),),
    ),
    "append-big-strings": (
        "{% set l = [] %}{% for i in range(100000) %}{% do l.append('x' * 9000000 ~ i) %}{% endfor %}",
        (("made over 100,000,000 characters and items in all",),),
    ),
    "quadratic-growth": (
        "{% set ns = namespace(s='') %}{% for a in range(100000) %}{% for b in range(100000) %}"
        "{% set ns.s = ns.s ~ 'x' %}{% endfor %}{% endfor %}",
        (("made over 100,000,000 characters and items in all",),),
    ),
    "output-flood": (
        "{% for a in range(100000) %}{% for b in range(1000) %}xxxxxxxxxx{% endfor %}{% endfor %}",
        (("the output is over 10,000,000 characters",),),
    ),
    # Other filters and globals.
    "lipsum": ("{{ lipsum(1000000, max=1000) }}", (("lipsum()", OVER),)),
    "batch-fill": ("{{ [1]|batch(1000000000, 'x')|list|length }}", (("batch filter", "items", OVER),)),
    "slice": ("{{ [1]|slice(1000000000)|list|length }}", (("slice filter", "items", OVER),)),
    "tojson-indent": ("{{ [[[[[1]]]]]|tojson(indent=1000000000) }}", (("tojson filter", OVER),)),
    "urlize-target": (
        "{{ ('http://a.b ' * 100000)|urlize(target='x' * 1000) }}",
        (("urlize filter", OVER),),
    ),
    # Numbers.
    "power": ("{{ (10 ** 1000) ** 1000 }}", (("**", BIG_NUMBER),)),
    "power-squaring": (
        "{% set ns = namespace(n=2 ** 40000) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}"
        "{% endfor %}",
        (("*", BIG_NUMBER),),
    ),
    # Time: loops that write nothing, recursion.
    "nested-ranges-2": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
        ((SLOW,),),
    ),
    "nested-ranges-3": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        ((SLOW,),),
    ),
    "nested-loops-over-a-string": (
        "{% set s = 'x' * 1000000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
        ((SLOW,),),
    ),
    "loop-with-if-test": (
        "{% for a in range(100000) %}{% for b in range(100000) if b < 0 %}{% endfor %}{% endfor %}",
        ((SLOW,),),
    ),
    "macro-recursion": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", ((DEEP,),)),
    "macro-recursion-exponential": (
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}",
        ((SLOW,),),
    ),
    "loop-recursion": ("{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", ((DEEP,),)),
    "loop-recursion-exponential": (
        "{% for x in [1, 2] recursive %}{% if loop.depth < 60 %}{{ loop([1, 2]) }}{% endif %}{% endfor %}",
        ((SLOW,),),
    ),
}

# Bombs only the child process stops (an allocation in C no hook sees: the text of a list that
# holds one big string 200 times), run in the isolated mode only.
BACKSTOP_BOMBS: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    "text-of-a-list": (
        "{% set l = [] %}{% set s = 'x' * 9000000 %}{% for i in range(200) %}{% do l.append(s) %}{% endfor %}"
        "{{ l }}",
        (("memory",), (SLOW,), ("stopped",)),
    ),
}

MODES = ["isolated", "in-template"] if LINUX else ["in-template"]
# The time limit a bomb is rendered with: the real one for those refused for their time, a
# generous one for the others, so that on a busy machine these are refused for what they build,
# as they are on a quiet one, and not for the time they take.
GENEROUS_SECONDS = 30.0

# Renders each bomb named on standard input through the CLI (in this process: CliRunner), and
# prints a JSON line when it starts and one with the result.
RUNNER = """
import json, sys, time
from typer.testing import CliRunner
from briefcli.cli import app
from briefcli.render import sandbox
sandbox.ISOLATE = sys.argv[1] == "isolated"
env = json.loads(sys.argv[2])
limit = sandbox.MAX_SECONDS
for line in sys.stdin:
    name, path, seconds = json.loads(line)
    sandbox.MAX_SECONDS = seconds or limit
    print(json.dumps({"started": name}), flush=True)
    began = time.perf_counter()
    result = CliRunner().invoke(app, ["timeline", "--template", path], env=env)
    print(json.dumps({"name": name, "code": result.exit_code, "stdout": result.stdout[:300],
                      "stderr": result.stderr[:1000], "seconds": time.perf_counter() - began}), flush=True)
"""


def _cap_memory() -> None:
    import resource  # POSIX

    resource.setrlimit(resource.RLIMIT_AS, (RUNNER_MEMORY, RUNNER_MEMORY))


def _start(mode: str, folder: Path) -> subprocess.Popen[str]:
    """A runner rendering every bomb of ``mode`` (in a session of its own, to be killed whole)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER, mode, json.dumps(dict(PLAIN_ENV))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_cap_memory,
        start_new_session=True,
    )
    bombs = BOMBS | (BACKSTOP_BOMBS if mode == "isolated" else {})
    folder.mkdir()
    for name, (source, alternatives) in bombs.items():
        path = folder / f"{name}.md.j2"
        path.write_text(source + "\n", encoding="utf-8")
        timed = any(SLOW in words for words in alternatives)
        assert proc.stdin is not None
        proc.stdin.write(json.dumps([name, str(path), None if timed else GENEROUS_SECONDS]) + "\n")
    return proc


def _collect(proc: subprocess.Popen[str], deadline: float) -> dict[str, dict[str, Any]]:
    """{bomb: its result}; a bomb the runner did not finish (the watchdog killed it) has
    {"hung": True}."""
    try:
        out, _ = proc.communicate(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
    results: dict[str, dict[str, Any]] = {}
    for line in out.splitlines():
        record = json.loads(line)
        if "started" in record:
            results[record["started"]] = {"hung": True}
        else:
            results[record["name"]] = record
    return results


@pytest.fixture(scope="module")
def bomb_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, Any]]]:
    """{mode: {bomb: result}}, the modes' runners running side by side."""
    folder = tmp_path_factory.mktemp("bombs")
    runners = {mode: _start(mode, folder / mode) for mode in MODES}
    deadline = time.monotonic() + RUNNER_TIMEOUT
    return {mode: _collect(proc, deadline) for mode, proc in runners.items()}


def _assert_refused(
    result: dict[str, Any] | None, name: str, alternatives: tuple[tuple[str, ...], ...]
) -> None:
    assert result is not None, f"{name}: the runner never reached it (an earlier bomb took it down)"
    assert not result.get("hung"), f"{name}: not refused before the watchdog ({RUNNER_TIMEOUT:.0f} s)"
    assert result["code"] == ExitCode.OUTPUT, result
    assert result["stdout"] == ""
    stderr = result["stderr"]
    assert stderr.count("\n") == 1, stderr  # one line
    assert stderr.startswith("briefcli: error: template ") and f"{name}.md.j2" in stderr, stderr
    assert stderr.rstrip().endswith("; fix the template"), stderr
    assert "Traceback" not in stderr
    assert any(all(word in stderr for word in words) for words in alternatives), stderr
    assert result["seconds"] < 10, result  # a watchdog, not the target: benchmarks/run.py has that


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_resource_bomb_is_refused_in_one_line(
    name: str, mode: str, bomb_results: dict[str, dict[str, dict[str, Any]]]
) -> None:
    _assert_refused(bomb_results[mode].get(name), name, BOMBS[name][1])


@pytest.mark.skipif(not LINUX, reason="the child process is Linux's")
@pytest.mark.parametrize("name", sorted(BACKSTOP_BOMBS))
def test_the_child_process_stops_what_no_check_sees(
    name: str, bomb_results: dict[str, dict[str, dict[str, Any]]]
) -> None:
    _assert_refused(bomb_results["isolated"].get(name), name, BACKSTOP_BOMBS[name][1])


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("{{ 'x'|center(1000000000) }}\n", ["center filter", OVER]),
        ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n", [SLOW]),
    ],
)
def test_the_cli_refuses_a_bomb_with_exit_code_5(source: str, words: list[str], tmp_path: Path) -> None:
    """End to end: the real command, its exit status and standard error."""
    template = tmp_path / "bomb.md.j2"
    template.write_text(source, encoding="utf-8")
    began = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "briefcli", "timeline", "--template", str(template)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_cap_memory,
    )
    assert proc.returncode == ExitCode.OUTPUT
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith(f"briefcli: error: template {template}, line 1: ")
    for word in words:
        assert word in proc.stderr
    assert time.monotonic() - began < 30  # watchdog


# --- The child process (Linux) -----------------------------------------------------------------


def _hog() -> str:
    return str(len(bytearray(2 * sandbox.MAX_MEMORY_MB * 2**20)))


def _spin() -> str:
    while True:
        pass


def _crash() -> str:
    os.kill(os.getpid(), signal.SIGSEGV)
    return ""


@pytest.mark.skipif(not LINUX, reason="the child process is Linux's")
@pytest.mark.parametrize(
    ("render", "words"),
    [
        (_hog, ["stopped", f"{sandbox.MAX_MEMORY_MB} MB"]),
        (_spin, [SLOW]),
        (_crash, ["stopped"]),
    ],
)
def test_the_child_is_stopped_at_its_memory_and_time_and_its_end_reported(
    render: Any, words: list[str]
) -> None:
    began = time.monotonic()
    with pytest.raises(OutputError) as caught:
        sandbox._render_isolated(Path("mine.md.j2"), render)
    message = str(caught.value)
    assert message.startswith("template mine.md.j2: ") and message.endswith("; fix the template")
    for word in words:
        assert word in message
    assert time.monotonic() - began < 10  # watchdog


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(n) for n in path.read_text(encoding="ascii").split()] if path.exists() else []


@pytest.mark.skipif(not LINUX, reason="the child process is Linux's")
def test_ctrl_c_during_a_render_is_exit_130_and_ends_the_child(tmp_path: Path) -> None:
    template = tmp_path / "slow.md.j2"
    template.write_text(BOMBS["nested-ranges-3"][0], encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefcli", "timeline", "--template", str(template)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, as a terminal's Ctrl-C reaches
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 30
        while not (children := _children(proc.pid)) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if not children and not Path(f"/proc/{proc.pid}/task/{proc.pid}/children").exists():
            pytest.skip("the kernel does not list a process's children")
        assert children, "the render never started"
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == ExitCode.INTERRUPTED
    assert stderr == "briefcli: error: interrupted\n"
    assert not Path(f"/proc/{children[0]}").exists()


# A Ctrl-C that reaches the child in its first steps, before it is confined: here, while it runs
# the handlers every forked child runs (a random generator's reseeding, threading's state); the
# sleep lets the signal land there.
_CTRL_C_AT_FORK = (
    "import os, signal, sys, time\n"
    "os.register_at_fork(after_in_child=lambda: (os.killpg(0, signal.SIGINT), time.sleep(2)))\n"
    "from briefcli.cli import main\n"
    "sys.argv[0] = 'briefcli'\n"
    "main()\n"
)


@pytest.mark.skipif(not LINUX, reason="the child process is Linux's")
def test_ctrl_c_as_the_render_starts_is_one_line_and_exit_130(tmp_path: Path) -> None:
    template = tmp_path / "plain.md.j2"
    template.write_text("{{ timeline.title }}\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _CTRL_C_AT_FORK, "timeline", "--template", str(template)],
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,  # the signal reaches this process group only
    )
    assert proc.stderr == "briefcli: error: interrupted\n"
    assert proc.returncode == ExitCode.INTERRUPTED


@pytest.mark.skipif(not LINUX, reason="the child process is Linux's")
def test_user_templates_render_in_a_child_and_builtins_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    assert invoke(["summary", "--format", "md"]).exit_code == 0
    assert forks == []
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ summary.title }}\n", encoding="utf-8")
    assert invoke(["summary", "--template", str(template)]).exit_code == 0
    assert forks == [1]


def test_a_summary_does_not_import_the_sandbox() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from briefcli.cli import app\n"
        "assert CliRunner().invoke(app, ['summary', '--format', 'md']).exit_code == 0\n"
        "bad = {'briefcli.render.sandbox', 'jinja2.sandbox'} & set(sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- Normal templates render as before ---------------------------------------------------------


@pytest.mark.parametrize("info", [i for i in template_infos() if i.command], ids=lambda i: i.name)
def test_a_builtin_copied_as_a_user_template_renders_the_same_without_the_child(
    info: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The in-template limits alone (other platforms); test_templates.py has the default."""
    monkeypatch.setattr(sandbox, "ISOLATE", False)
    copy = tmp_path / info.name
    copy.write_text(invoke(["templates", info.name]).stdout, encoding="utf-8")
    args = view_args(info.command, info.format, tmp_path)
    builtin = invoke(args)
    mine = invoke([*args, "--template", str(copy)])
    assert mine.exit_code == 0, mine.output
    assert mine.stdout == builtin.stdout


# Every construct the limits touch, at sizes a template uses: rendered as Jinja's own sandbox
# renders it.
KITCHEN_SINK = """\
{% macro row(r, sep=' | ') %}{{ r.a }}{{ sep }}{{ r.b|default('-') }}{% endmacro %}
{% set items = [{'a': 1, 'b': 'x'}, {'a': 2}, {'a': 3, 'b': 'z'}] %}
{% for r in items if r.a > 1 %}{{ loop.index }}/{{ loop.length }}{{ '.' if loop.last }} {{ row(r) }}
{% else %}none{% endfor %}
{% for x in [] %}x{% else %}empty{% endfor %}
{% for k, v in {'b': 2, 'a': 1}|dictsort %}{{ k }}={{ v }};{% endfor %}
{% for n in [{'c': [{'c': []}, {'c': []}]}] recursive %}[{{ loop.depth }}{{ loop(n.c) }}]{% endfor %}
{% set block %}{{ 'abc'|upper }}-{{ items|length }}{% endset %}{{ block ~ '!' }} {{ block|center(20) }}|
{% filter indent(2, first=True) %}a
b{% endfilter %}
{% macro wrap() %}<{{ caller('in') }}>{% endmacro %}{% call(x) wrap() %}{{ x }}{% endcall %}
{{ '%-5s|%5.1f|%03d|%*d' % ('ab', 3.14159, 7, 4, 9) }} {{ '%(k)s' % {'k': 'v'} }} {{ '%d%%'|format(5) }}
{{ '{:>6}|{:<4}|{:^7}|{:.2f}|{:,}'.format('r', 'l', 'c', 2.5, 1234567) }}
{{ '{a}-{b:>3}'.format_map({'a': 1, 'b': 2}) }}
{{ ('<i>{}</i>'|safe).format('<b>') }} {{ ('<i>%s</i>'|safe) % '<b>' }}
{{ 'a-b-c'.split('-')|join(', ') }} {{ ', '.join(['x', 'y']) }} {{ items|join(',', attribute='a') }}
{{ 'hello world'|replace('o', '0') }} {{ 'hello'.replace('l', 'L', 1) }}
{{ 'x'.ljust(3, '.') }}{{ '7'.zfill(3) }}
{{ 'a\tb'.expandtabs(4) }} {{ 'abc'.translate({97: 'AA'}) }} {{ 'x'|indent('> ', first=True) }}
{{ 'The quick brown fox jumps over the lazy dog'|wordwrap(10) }}
{{ {'k': [1, 2, {'z': None}]}|tojson(indent=2) }} {{ [1, 'a']|tojson }}
{{ 'see http://example.org now'|urlize(target='_blank') }}
{{ [1, 2, 3, 4, 5]|batch(2, 0)|list }} {{ [1, 2, 3, 4, 5]|slice(2)|list }}
{{ lipsum(1, false, 3, 4)|length > 0 }}
{{ 2 ** 10 }} {{ 3 * 4 }} {{ 'ab' * 3 }} {{ [0] * 3 }} {{ [1] + [2] }}
{{ 'a' + 'b' }} {{ 7 % 3 }} {{ 1.5 * 2 }}
{% set ns = namespace(s='') %}{% for i in range(5) %}{% set ns.s = ns.s ~ i %}{% endfor %}{{ ns.s }}
{% set l = [] %}{% for i in range(3) %}{% do l.append(i) %}{% endfor %}{% do l.extend(l) %}{{ l }}
{{ range(5)|map('string')|join }} {{ range(10)|select('odd')|list }} {{ items|map(attribute='a')|sum }}
{{ 'x'|truncate(5) }} {{ 'a long sentence here'|truncate(9, leeway=0) }} {{ 'Hi & <b>'|e }}
{{ cycler('a', 'b').next() }}
{% set j = joiner('+') %}{% for i in range(3) %}{{ j() }}{{ i }}{% endfor %} {{ '*x*'|md }}
"""


@pytest.mark.parametrize("isolate", [True, False] if LINUX else [False])
@pytest.mark.parametrize("html", [False, True])
def test_templates_within_the_limits_render_as_in_jinjas_sandbox(
    isolate: bool, html: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "ISOLATE", isolate)
    plain = SandboxedEnvironment(
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=_EXTENSIONS,
    )
    plain.filters.update(_FILTERS)
    template = tmp_path / "sink.j2"
    template.write_text(KITCHEN_SINK, encoding="utf-8")
    assert render_user(template, {}, html=html) == plain.from_string(KITCHEN_SINK).render()


# --- The template file -------------------------------------------------------------------------


@pytest.mark.parametrize("make", ["big", "zero"])
def test_a_template_file_over_a_million_characters_is_refused(make: str, tmp_path: Path) -> None:
    if make == "zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    template = Path("/dev/zero") if make == "zero" else tmp_path / "big.md.j2"
    if make == "big":
        template.write_text("x" * (sandbox.MAX_TEMPLATE_CHARS + 1), encoding="utf-8")
    result = invoke(["timeline", "--template", str(template)])
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr.count("\n") == 1
    assert "over 1,000,000 characters" in result.stderr
