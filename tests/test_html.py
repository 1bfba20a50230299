"""The HTML outputs (summary, export, quotes, timeline): one layout and one stylesheet
(``templates/base.html.j2``), valid HTML with a <main>, one date format (the human one, ISO in
<time datetime>), colours that pass WCAG AA, tables that stack at phone width, a print
stylesheet; article text always escaped."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import html5lib
import pytest

from briefcli.render.templates import BASE_TEMPLATE, template_dir, time_tag
from clicases import cases, invoke

HTML_COMMANDS = [command for command, _ in cases("html")]

HOSTILE = (
    "Envoy <script>alert(1)</script> meets the | minister\n\n3 May 2024\n\n"
    "On 2 May 2024, Ms. Clara Stone, Secretary General of the Harbour Council, met with Mr. Ivo Brandt, "
    'Minister of Transport, in Riga. She said: "Ports <img src=x onerror=alert(2)> need & deserve support."\n'
)


def _page(command: str, *args: str) -> str:
    result = invoke([command, *args, "--format", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _tree(page: str) -> Any:
    """The page parsed by html5lib as a browser would; any parse error fails (strict)."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def _text_nodes(element: Any) -> list[str]:
    """Every text node of ``element``'s subtree, outside <style>, <script> and <time>."""
    texts: list[str] = []
    if element.tag in ("style", "script", "time"):
        return [element.tail or ""]
    texts.append(element.text or "")
    for child in element:
        texts += _text_nodes(child)
    texts.append(element.tail or "")
    return texts


def _stylesheet() -> str:
    source = (template_dir() / BASE_TEMPLATE).read_text(encoding="utf-8")
    match = re.search(r"<style>\s*\{% block style %\}(.*?)\{% endblock %\}\s*</style>", source, re.S)
    assert match, "base.html.j2 holds the one stylesheet in {% block style %}"
    return match.group(1)


def test_the_html_commands_are_the_four_views() -> None:
    assert sorted(HTML_COMMANDS) == ["export", "quotes", "summary", "timeline"]


# --- One layout ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", HTML_COMMANDS)
def test_each_html_template_extends_the_one_base(command: str) -> None:
    source = (template_dir() / f"{command}.html.j2").read_text(encoding="utf-8")
    code = re.sub(r"\{#.*?#\}", "", source, flags=re.S).lstrip()
    assert code.startswith('{% extends "base.html.j2" %}')
    for own in ("<style", "<html", "<head", "<body", "<main"):
        assert own not in code, f"{command}.html.j2 has its own {own}>: it belongs in the base"


def test_every_html_output_has_the_same_stylesheet_and_h1() -> None:
    styles, h1s = set(), set()
    for command in HTML_COMMANDS:
        page = _page(command)
        styles.add(re.search(r"<style>(.*?)</style>", page, re.S).group(1))  # type: ignore[union-attr]
        tree = _tree(page)
        h1s.add(tree.find(".//h1").text)
        assert tree.find(".//p[@class='kicker']") is not None
    assert len(styles) == 1
    assert h1s == {"WCO Secretary General participates in International Customs Forum in Moscow"}


# --- Valid HTML, landmarks, escaping ---------------------------------------------------------------


@pytest.mark.parametrize("command", HTML_COMMANDS)
def test_every_html_output_parses_cleanly_with_header_main_and_footer(command: str) -> None:
    tree = _tree(_page(command))
    body = tree.find("body")
    assert [child.tag for child in body] == ["header", "main", "footer"]
    assert len(tree.findall(".//main")) == 1
    assert tree.find(".//html") is None  # the root is <html>, one of it
    assert tree.get("lang") == "en"
    assert tree.find("head/meta[@name='viewport']") is not None


@pytest.mark.parametrize("command", HTML_COMMANDS)
def test_every_html_output_escapes_the_article(command: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    page = _page(command, str(path))
    tree = _tree(page)
    assert tree.find(".//script") is None and tree.find(".//img") is None
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in page


# --- Dates ---------------------------------------------------------------------------------------------

ISO = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


@pytest.mark.parametrize("command", HTML_COMMANDS)
def test_dates_read_one_way_with_iso_only_in_time_datetime(command: str) -> None:
    tree = _tree(_page(command))
    source = json.loads(invoke([command, "--format", "json"]).stdout)["source"]["name"]  # a name, not a date
    visible = " ".join(_text_nodes(tree.find("body"))).replace(source, "")
    assert not ISO.findall(visible), "an ISO date shown as text"
    times = tree.findall(".//time")
    assert times, "the publication date at least"
    for element in times:
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", element.get("datetime"))
        assert not ISO.search(element.text)
    assert any(t.get("datetime") == "2021-10-25" and t.text == "25 October 2021" for t in times)


@pytest.mark.parametrize(
    ("value", "end", "html"),
    [
        ("2021-10-23", None, '<time datetime="2021-10-23">23 October 2021</time>'),
        ("2021-09", None, '<time datetime="2021-09">September 2021</time>'),
        (
            "2011-10-05",
            "2011-10-06",
            '<time datetime="2011-10-05">5</time>–<time datetime="2011-10-06">6 October 2011</time>',
        ),
        (
            "2013-01-30 – 2013-02-01",
            None,
            '<time datetime="2013-01-30">30 January</time> – '
            '<time datetime="2013-02-01">1 February 2013</time>',
        ),
        ("2021-10-23", "2021-10-23", '<time datetime="2021-10-23">23 October 2021</time>'),
        ("next <b>week</b>", None, "next &lt;b&gt;week&lt;/b&gt;"),
        (None, None, ""),
    ],
)
def test_time_tag(value: str | None, end: str | None, html: str) -> None:
    assert str(time_tag(value, end)) == html


# --- Colours ------------------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb" or "#rgb"."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_luminance_and_contrast_match_the_wcag_examples() -> None:
    assert _contrast("#000", "#fff") == pytest.approx(21.0)
    assert _contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the grey that failed
    assert _contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def _colour_pairs(css: str) -> tuple[set[str], set[str]]:
    """Every text colour and every background colour the stylesheet sets (custom properties
    resolved; white is the page's own)."""
    variables: dict[str, str] = dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", css))

    def resolve(value: str) -> str | None:
        value = value.strip()
        var = re.fullmatch(r"var\((--[\w-]+)\)", value)
        if var:
            return variables[var.group(1)]
        return value if re.fullmatch(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?", value) else None

    texts = {resolve(v) for v in re.findall(r"(?<![-\w])color:\s*([^;}]+)", css)}
    backgrounds = {resolve(v) for v in re.findall(r"background(?:-color)?:\s*([^;}]+)", css)}
    for value in re.findall(r"(?<![-\w])color:\s*([^;}]+)", css) + re.findall(
        r"background(?:-color)?:\s*([^;}]+)", css
    ):
        assert resolve(value) is not None or value.strip() in ("inherit", "currentColor"), value
    return {t for t in texts if t}, {b for b in backgrounds if b} | {"#ffffff"}


def test_every_text_colour_reaches_aa_contrast_on_every_background() -> None:
    texts, backgrounds = _colour_pairs(_stylesheet())
    assert len(texts) >= 5 and len(backgrounds) >= 3  # the parser found the stylesheet's colours
    failing = [
        f"{t} on {b}: {_contrast(t, b):.2f}" for t in texts for b in backgrounds if _contrast(t, b) < 4.5
    ]
    assert not failing


# --- Phone width and print ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", HTML_COMMANDS)
def test_every_table_stacks_at_phone_width_with_labelled_cells(command: str) -> None:
    tree = _tree(_page(command))
    for table in tree.findall(".//table"):
        assert "stack" in table.get("class", "").split()
        headings = [th.text for th in table.findall("thead/tr/th")]
        for row in table.findall("tbody/tr"):
            assert [td.get("data-label") for td in row.findall("td")] == headings
    css = _stylesheet()
    phone = re.search(r"@media \(max-width: 40rem\) \{(.*?)\n\}", css, re.S)
    assert phone and "table.stack td { " in phone.group(1) and "display: block" in phone.group(1)


def test_the_print_stylesheet_keeps_headings_with_what_follows() -> None:
    css = _stylesheet()
    printing = re.search(r"@media print \{(.*?)\n\}", css, re.S)
    assert printing
    rules = printing.group(1)
    assert re.search(r"h2, h3[^{]*\{ break-after: avoid; \}", rules)
    assert re.search(r"tr, li[^{]*\{ break-inside: avoid; \}", rules)
    assert "nav { display: none; }" in rules


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="needs headless Chromium")
def test_no_page_scrolls_sideways_at_phone_width(tmp_path: Path) -> None:
    """Laid out by a real browser in a 390 px wide frame (a phone), no page is wider than the
    frame. The frame, because headless Chromium's window is at least 500 px wide."""
    assert CHROMIUM is not None
    widths = {}
    for command in HTML_COMMANDS:
        page = tmp_path / f"{command}.html"
        page.write_text(_page(command), encoding="utf-8")
        frame = tmp_path / f"{command}-frame.html"
        frame.write_text(
            f'<!DOCTYPE html><html><body><iframe id="f" src="{page.as_uri()}" '
            'style="width:390px;height:800px;border:0"></iframe><script>'
            'document.getElementById("f").onload = () => { const d = document.getElementById("f")'
            ".contentDocument.documentElement; document.body.dataset.widths = d.scrollWidth + ' ' + "
            "d.clientWidth; };</script></body></html>",
            encoding="utf-8",
        )
        dom = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--allow-file-access-from-files",
                "--virtual-time-budget=5000",
                "--dump-dom",
                frame.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout
        found = re.search(r'data-widths="(\d+) (\d+)"', dom)
        if found is None:
            pytest.skip(f"Chromium did not lay out the page: {dom[:200]!r}")
        widths[command] = (int(found.group(1)), int(found.group(2)))
    assert all(scroll <= client for scroll, client in widths.values()), widths
