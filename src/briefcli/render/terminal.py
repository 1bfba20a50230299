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


if TYPE_CHECKING:
    from briefcli.evaluate import EvalResult, Miss


# --- briefcli eval -----------------------------------------------------------------------------


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _eval_scores_table(result: EvalResult) -> Table:
    c, s = result["counts"], result["scores"]
    st, ev, pp = c["statements"], c["event_dates"], c["people"]
    sp, kd, pb, lc = c["speakers"], c["kinds"], c["published"], c["location"]
    rows: list[tuple[str, float | None, str]] = [
        ("Statements: precision", s["statement_precision"], f"{st['matched']}/{st['predicted']} predicted"),
        ("Statements: recall", s["statement_recall"], f"{st['matched']}/{st['gold']} gold"),
        ("Statements: F1", s["statement_f1"], ""),
        ("Speaker accuracy", s["speaker_accuracy"], f"{sp['correct']}/{sp['total']} matched statements"),
        ("Section kind accuracy", s["kind_accuracy"], f"{kd['correct']}/{kd['total']} paragraphs"),
        ("Event dates: recall", s["event_date_recall"], f"{ev['matched']}/{ev['gold']} gold"),
        ("Event dates: precision", s["event_date_precision"], f"{ev['matched']}/{ev['predicted']} predicted"),
        ("Publication date accuracy", s["published_accuracy"], f"{pb['correct']}/{pb['total']} articles"),
        ("People: recall", s["people_recall"], f"{pp['matched']}/{pp['gold']} gold"),
        ("People: precision", s["people_precision"], f"{pp['matched']}/{pp['predicted']} predicted"),
        ("Location accuracy", s["location_accuracy"], f"{lc['correct']}/{lc['total']} articles"),
    ]
    articles = len(result["articles"])
    table = Table(
        title=Text(f"Scores on {result['corpus']} ({articles} article{'s' if articles != 1 else ''})"),
        caption="Micro-averaged over the articles. —: nothing to divide by.",
    )
    table.add_column("Metric", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Counts")
    for metric, score, detail in rows:
        table.add_row(metric, _score(score), detail)
    table.add_row("False publication dates", str(s["false_published"]), "articles (lower is better)")
    return table


def _mark(ok: bool) -> Text:
    return Text("✓", style="green") if ok else Text("✗", style="red")


def _eval_articles_table(result: EvalResult) -> Table:
    from rich.box import SIMPLE_HEAD

    table = Table(title="Per article", box=SIMPLE_HEAD, padding=(0, 1))
    table.add_column("Article", overflow="fold")
    for header in ("Stmt\nF1", "Spkr\nacc", "Kind\nacc", "Date\nR", "Date\nP", "Ppl\nR", "Ppl\nP"):
        table.add_column(header, justify="right", no_wrap=True)
    table.add_column("Pub", justify="center", no_wrap=True)
    table.add_column("Loc", justify="center", no_wrap=True)
    for article in result["articles"]:
        s = article["scores"]
        table.add_row(
            Text(article["id"]),
            _score(s["statement_f1"]),
            _score(s["speaker_accuracy"]),
            _score(s["kind_accuracy"]),
            _score(s["event_date_recall"]),
            _score(s["event_date_precision"]),
            _score(s["people_recall"]),
            _score(s["people_precision"]),
            _mark(article["counts"]["published"]["correct"] == 1),
            _mark(article["counts"]["location"]["correct"] == 1),
        )
    return table


# Misses that compare two values show both; the others show the one that exists.
_COMPARED = {"wrong speaker", "wrong kind", "wrong publication date", "wrong location"}


def _miss_line(miss: Miss) -> Text:
    line = Text("  ")
    line.append(f"¶{miss['paragraph']} " if miss["paragraph"] is not None else "   ", style="dim")
    line.append(miss["what"], style="bold")
    if miss["what"] in _COMPARED:
        line.append("  gold: ", style="dim")
        line.append(miss["gold"] if miss["gold"] is not None else "—")
        line.append("  predicted: ", style="dim")
        line.append(miss["predicted"] if miss["predicted"] is not None else "—")
    else:
        line.append("  ")
        line.append(miss["gold"] if miss["gold"] is not None else miss["predicted"] or "")
    return line


def _eval_misses(result: EvalResult) -> Group:
    parts: list[RenderableType] = [Text("Misses", style="bold")]
    for article in result["articles"]:
        misses = article["misses"]
        heading = Text()
        heading.append(article["id"], style="bold")
        heading.append(f" ({len(misses)} miss{'es' if len(misses) != 1 else ''})", style="dim")
        parts += [Text(), heading]
        parts += [_miss_line(m) for m in misses]
    return Group(*parts)


def eval_renderable(result: EvalResult, *, verbose: bool = False) -> RenderableType:
    """The scores of `briefcli eval`, the per-article scores, and with ``verbose`` every miss."""
    parts: list[RenderableType] = [_eval_scores_table(result), _eval_articles_table(result)]
    if verbose:
        parts.append(_eval_misses(result))
    return Group(*parts)


# --- briefcli people ---------------------------------------------------------------------------

if TYPE_CHECKING:
    from briefcli.views import PeopleViewDict


def _cell(value: str | None) -> Text:
    return Text(value if value else "—")


def people_renderable(view: PeopleViewDict) -> RenderableType:
    """The roster: named people, then unnamed participants. Sections show as §1, §2, ...,
    named in the caption."""
    number = {label: i for i, label in reversed(list(enumerate(view["sections"], 1)))}
    legend = "; ".join(f"§{i} {label}" for i, label in enumerate(view["sections"], 1))
    people = Table(
        title=Text(f"Who's who: {view['title'] or 'Untitled article'}"),
        caption=Text(legend) if legend else None,
        expand=True,
    )
    people.add_column("Name", overflow="fold")
    people.add_column("Title", overflow="fold")
    people.add_column("Organization", overflow="fold")
    people.add_column("Mentions", justify="right", no_wrap=True)
    people.add_column("Sections", no_wrap=True)
    people.add_column("Statements", justify="right", no_wrap=True)
    for p in view["people"]:
        people.add_row(
            Text(p["name"], style="bold"),
            _cell(p["title"]),
            _cell(p["org"]),
            str(p["mentions"]),
            _cell(" ".join(f"§{number[label]}" for label in p["sections"] if label in number)),
            str(p["statements"]),
        )
    parts: list[RenderableType] = [people if view["people"] else Text("No named people.")]
    if view["participants"]:
        roles = Table(title="Unnamed participants", expand=True)
        roles.add_column("Role", overflow="fold")
        roles.add_column("Organization", overflow="fold")
        roles.add_column("Mentions", justify="right", no_wrap=True)
        for r in view["participants"]:
            roles.add_row(Text(r["role"]), _cell(r["org"]), str(r["mentions"]))
        parts.append(roles)
    return Group(*parts)


# --- briefcli sections and briefcli timeline ---------------------------------------------------

if TYPE_CHECKING:
    from briefcli.views import SectionsViewDict, TimelineViewDict

_OPENING_WORDS = 20  # the opening line of a section, in the terminal
_KIND_STYLE = {"meeting": "cyan", "panel": "magenta", "bilateral": "green", "other": "dim"}


def _paragraph_refs(paragraphs: list[int]) -> str:
    if len(paragraphs) > 1 and paragraphs[-1] - paragraphs[0] == len(paragraphs) - 1:
        return f"¶{paragraphs[0]}–{paragraphs[-1]}"
    return " ".join(f"¶{p}" for p in paragraphs)


def sections_renderable(view: SectionsViewDict) -> RenderableType:
    """One row per section: kind, label, paragraphs, participants, dates, opening line."""
    title = Text(f"Sections: {view['title'] or 'Untitled article'}")
    table = Table(title=title, expand=True, show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Section", overflow="fold")
    table.add_column("¶", no_wrap=True)
    table.add_column("Participants", overflow="fold")
    table.add_column("Dates", no_wrap=True)
    for row in view["sections"]:
        label = Text(row["label"], style="bold")
        if row["opening"]:
            words = row["opening"].split()
            label.append("\n")
            opening = " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")
            label.append(opening, style="dim")
        table.add_row(
            str(row["number"]),
            Text(row["kind"], style=_KIND_STYLE.get(row["kind"], "")),
            label,
            _paragraph_refs(row["paragraphs"]),
            Text(", ".join(row["participants"]) or "—"),
            Text("\n".join(row["dates"]) or "—"),
        )
    return table


def timeline_renderable(view: TimelineViewDict) -> RenderableType:
    """One row per event, by date; the publication in italics."""
    table = Table(title=Text(f"Timeline: {view['title'] or 'Untitled article'}"), expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("What", overflow="fold")
    table.add_column("Where", overflow="fold")
    table.add_column("Who", overflow="fold")
    table.add_column("¶", justify="right", no_wrap=True)
    for row in view["rows"]:
        date = row["date"] if not row["end"] else f"{row['date']}\n– {row['end']}"
        style = "italic" if row["kind"] == "publication" else ""
        table.add_row(
            Text(date),
            Text(row["what"], style=style),
            Text(row["where"] or "—"),
            Text(", ".join(row["who"]) or "—"),
            "—" if row["paragraph"] is None else str(row["paragraph"]),
        )
    if not view["rows"]:
        return Text("No dated events.")
    return table
