"""Rich renderings for the terminal. Article text always enters Rich as ``Text``, never as
markup, so "[sic]" prints as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from briefcli.contract import AnalysisDict
    from briefcli.views import SummaryDict


def _header(facts: list[tuple[str, str | None]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in facts:
        grid.add_row(label, Text(value if value is not None else "—"))
    return grid


def summary_renderable(view: SummaryDict) -> RenderableType:
    facts = [
        ("Published", view["published"]),
        ("Place", view["place"]),
        ("Source", view["source"]),
    ]
    parts: list[RenderableType] = [_header(facts)]
    if view["lead"] is not None:
        lead = Text()
        lead.append("Bottom line: ", style="bold")
        lead.append(view["lead"]["text"])
        lead.append(f" (¶{view['lead']['paragraph']})", style="dim")
        parts += [Text(), lead]
    if view["points"]:
        parts += [Text(), Text("Key points", style="bold")]
        for point in view["points"]:
            line = Text("• ")
            line.append(point["text"])
            line.append(f" (¶{point['paragraph']})", style="dim")
            parts.append(line)
    title = Text(view["title"] or "Untitled article", style="bold")
    return Panel(Group(*parts), title=title, title_align="left", expand=True)


def analysis_renderable(view: AnalysisDict) -> RenderableType:
    facts = [
        ("Published", view["published"]),
        ("Location", view["location"]),
        ("Date line", view["dateline"]),
        ("Source", f"{view['source']['name']} ({view['source']['kind']}, {view['source']['format']})"),
        ("People", str(len(view["people"]))),
        ("Statements", str(len(view["statements"]))),
        ("Events", str(len(view["events"]))),
    ]
    table = Table(title="Paragraphs", expand=True, show_lines=False)
    table.add_column("¶", justify="right", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Sentences", justify="right", no_wrap=True)
    table.add_column("Opening")
    for p in view["paragraphs"]:
        opening = p["sentences"][0]["text"] if p["sentences"] else p["text"]
        table.add_row(str(p["index"]), p["kind"], str(len(p["sentences"])), Text(opening))
    title = Text(view["title"] or "Untitled article", style="bold")
    return Group(Panel(_header(facts), title=title, title_align="left"), table)
