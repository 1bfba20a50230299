"""Terminal output: Rich on a terminal, plain text in a pipe, colours off on request, article
text printed as written (never read as Rich markup), and 80 columns without a cut word."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console

import briefcli.render.terminal
from clicases import cases, invoke, view_name

# An article of our own, longer than the reference one, with Rich's markup syntax in the title
# and the text: "[sic]" and "[/x]" must print as written.
TITLE = "Trade Minister [sic] opens the Northern Ports Summit [/x] in Valmora [bold]today"
ARTICLE = f"""{TITLE}

Valmora, 14 March 2024

On 12 March 2024, at the invitation of the Ministry of Trade of Norland, Ms. Ilse Varga, Secretary \
General of the Baltic Ports Association (BPA), attended the Northern Ports Summit in Valmora, Norland. \
The summit brought together ports, shipping lines, rail operators and the customs services of eleven states.

At the opening of the summit, following the welcome speech by Mr. Tomas Brandt, Minister of Trade of \
Norland, a panel discussion was held with the participation of the BPA Secretary General, the Head of \
the Norland Customs Board, the Director of the Valmora Port Authority and several representatives of \
the private sector. The panel looked at green shipping, digital paperwork and the new rail link.

Ms. Varga said [/x] that ports must share data in real time if they want to cut waiting times for \
trucks and ships alike. She added that small ports should not be left behind [sic] and called for a \
common fund to help them buy the same tools as the larger hubs.

“We will not build the ports of tomorrow with the paper of yesterday,” said Mr. Brandt, who announced \
that the new single window for port calls would open in June 2024 for all lines that call at Valmora.

On the margins of the summit, on 13 March 2024, the BPA Secretary General held bilateral talks with \
the Minister of Trade of Norland. Both sides agreed to set up a joint working group on data exchange \
and to meet again in Valmora in the autumn of 2024.

The Baltic Ports Association is a body of forty ports around the sea that works to make trade faster, \
safer and cleaner for the people who depend on it every day.
"""

RICH = cases("rich")
SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("terminal") / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _colour_codes(output: str) -> list[str]:
    """The SGR parameters that set a colour (30-38, 40-48, 90-97, 100-107)."""
    params = [p for match in SGR.finditer(output) for p in match.group(1).split(";") if p]
    return [p for p in params if 30 <= int(p) <= 48 or 90 <= int(p) <= 107]


# --- Plain in a pipe ----------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "fmt"), RICH)
def test_piped_output_is_plain_text_within_80_columns(command: str, fmt: str, article: Path) -> None:
    result = invoke([command, str(article), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80


def test_piped_output_is_80_columns_unless_columns_says_otherwise(article: Path) -> None:
    default = invoke(["timeline", str(article)]).stdout
    assert max(cell_len(line) for line in default.splitlines()) == 80
    wide = invoke(["timeline", str(article)], env={"COLUMNS": "120"}).stdout
    assert max(cell_len(line) for line in wide.splitlines()) == 120
    assert invoke(["timeline", str(article)], env={"COLUMNS": "nonsense"}).stdout == default


# --- Colours on a terminal, and off on request --------------------------------------------------

TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLORTERM": None}


def test_a_terminal_gets_colours(article: Path) -> None:
    result = invoke(["sections", str(article)], env=TERMINAL)
    assert result.exit_code == 0
    assert _colour_codes(result.stdout)


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--no-color"], {}), ([], {"NO_COLOR": "1"})],
    ids=["--no-color", "NO_COLOR"],
)
def test_no_color_turns_colours_off_on_a_terminal(
    args: list[str], env: dict[str, str], article: Path
) -> None:
    result = invoke([*args, "sections", str(article)], env={**TERMINAL, **env})
    assert result.exit_code == 0
    assert SGR.search(result.stdout), "still a terminal: bold and dim stay"
    assert _colour_codes(result.stdout) == []


# --- Article text is Text, not markup -----------------------------------------------------------


@pytest.mark.parametrize(("command", "fmt"), RICH)
def test_square_brackets_print_as_written(command: str, fmt: str, article: Path) -> None:
    result = invoke([command, str(article), "--format", fmt])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    for marker in ("[sic]", "[/x]", "[bold]"):
        assert marker in flat, marker


def _view(command: str, article: Path) -> Any:
    """The view a command renders: exactly what its JSON output prints."""
    result = invoke([command, str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _marked(value: Any) -> Any:
    """Every string of a view wrapped in Rich markup that is invalid if parsed ("[/x]" closes a
    tag never opened)."""
    if isinstance(value, str):
        return f"[bold]{value}[/x]"
    if isinstance(value, list):
        return [_marked(v) for v in value]
    if isinstance(value, dict):
        return {k: _marked(v) for k, v in value.items()}
    return value


def _render(renderable: Any, width: int) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, no_color=True, force_terminal=False, highlight=False).print(renderable)
    return buffer.getvalue()


@pytest.mark.parametrize(("command", "fmt"), RICH)
def test_every_field_reaches_rich_as_text(command: str, fmt: str, article: Path) -> None:
    render = getattr(briefcli.render.terminal, f"{view_name(command)}_renderable")
    output = _render(render(_marked(_view(command, article))), 200)
    assert "[/x]" in output
    assert "[bold]" in output


# --- 80 columns, no word cut --------------------------------------------------------------------

BOX = "│┃║─━═╭╮╰╯┏┓┗┛┡┩└┘├┤┬┴┼╇╈╋┳┻┠┨┯┷╞╡╪"


def _words(text: str) -> set[str]:
    return set(text.translate({ord(c): " " for c in BOX}).split())


@pytest.mark.parametrize(("command", "fmt"), RICH)
def test_no_word_is_cut_at_80_columns(command: str, fmt: str, article: Path) -> None:
    """Laid out at 80 columns, every word is one the wide layout (where nothing needs to wrap)
    also has: a word cut in two, or cut short with "…", would not be."""
    render = getattr(briefcli.render.terminal, f"{view_name(command)}_renderable")
    view = _view(command, article)
    narrow = _render(render(view), 80)
    wide = _render(render(view), 400)
    assert max(cell_len(line) for line in narrow.splitlines()) <= 80
    cut = _words(narrow) - _words(wide)
    assert not cut, f"words cut at 80 columns: {sorted(cut)}"


def test_the_people_table_keeps_its_headers_whole_at_80_columns(article: Path) -> None:
    render = briefcli.render.terminal.people_renderable
    narrow = _render(render(_view("people", article)), 80)
    for header in ("Name", "Title", "Organization", "Mentions", "Statements"):
        assert header in narrow


# --- Control characters never reach the terminal ------------------------------------------------

CONTROL_ARTICLE = """Ports summit opens \x1b]0;owned\x07in Valmora

Valmora, 14 March 2024

On 12 March 2024, Ms. Ilse Varga, Secretary General of the Baltic Ports Association, attended the \
\x1b[2JNorthern Ports Summit\x1b[0m in Valmora, Norland.\x08\x08\x08 The summit opened with a \
speech by Mr. Tomas Brandt, Minister of Trade.\x9b31m
"""


@pytest.mark.parametrize(("command", "fmt"), cases())
def test_no_control_character_from_the_article_is_printed(command: str, fmt: str, tmp_path: Path) -> None:
    """A page may carry escape sequences; no output prints them (the loader drops them)."""
    path = tmp_path / "article.txt"
    path.write_text(CONTROL_ARTICLE, encoding="utf-8")
    result = invoke([command, str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    printed = result.stdout_bytes.decode("utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", printed)
    assert "Valmora" in printed or fmt == "csv"


@pytest.mark.parametrize(
    ("command", "noun"),
    [("analyze", "paragraphs"), ("timeline", "events"), ("quotes", "statements")],
)
def test_a_long_table_shows_its_first_rows_and_counts_the_rest(
    command: str, noun: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal table of a very long text shows ``TERMINAL_ROWS`` rows, then how many more
    (the files list them all); a press release's tables are whole."""
    monkeypatch.setattr(briefcli.render.terminal, "TERMINAL_ROWS", 3)
    text = "Talks\n\n" + "\n\n".join(
        f"On {day} May 2021, Minister Ana Ruiz met Ambassador Tom Berg in Lima. “We agree,” Ms. Ruiz said."
        for day in range(1, 9)
    )
    article = tmp_path / "long.txt"
    article.write_text(text + "\n", encoding="utf-8")
    out = invoke([command, str(article), "--format", "rich"]).stdout
    assert re.search(rf"… and \d+ more {noun} \(--format json or md lists them all\)", out), out
    monkeypatch.setattr(briefcli.render.terminal, "TERMINAL_ROWS", 500)
    assert "more " + noun not in invoke([command, str(article), "--format", "rich"]).stdout
