"""Rich renderings for the terminal. Article text always enters Rich as ``Text``, never as
markup, so "[sic]" prints as written."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from rich.cells import cell_len
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from briefcli.model import KIND, PARAGRAPH_KINDS

T = TypeVar("T")

# The rows a terminal table shows. A press release has a few dozen paragraphs, statements and
# events; a text of 100,000 paragraphs would take Rich half a minute to lay out in a table
# nobody scrolls through. Past this, the rest is counted, and the files list them all.
TERMINAL_ROWS = 500


def _shown(rows: Sequence[T], noun: str) -> tuple[Sequence[T], Text | None]:
    """The rows a terminal table shows, and the line that counts the others (None: all shown)."""
    return rows[:TERMINAL_ROWS], _more(len(rows), noun)


def _more(total: int, noun: str) -> Text | None:
    """The line that counts the ``noun`` of ``total`` past ``TERMINAL_ROWS``; None: all shown."""
    if total <= TERMINAL_ROWS:
        return None
    return Text(
        f"… and {total - TERMINAL_ROWS:,} more {noun} (--format json or md lists them all)", style="dim"
    )


def _with_more(table: RenderableType, more: Text | None) -> RenderableType:
    return table if more is None else Group(table, more)


if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.measure import Measurement

    from briefcli.contract import (
        AnalysisDict,
        ClauseDict,
        KeyPointDict,
        SummaryDict,
        SummaryPersonDict,
        SummarySectionDict,
    )


class WordSafe:
    """A table whose wrapping columns are never narrower than their longest word, so no word is
    cut at the console's width (80 columns and up). Rich shrinks the widest columns first, which
    cuts "Organization" into "Organizatio/n" when three text columns share 80 columns; this
    gives each its longest word and shares the rest by how much text each has. When even that
    does not fit, Rich's own layout applies."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield _fit_columns(self.table, options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(console, options, self.table)


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def _fit_columns(table: Table, max_width: int) -> Table:
    if table.collapse_padding or not table.pad_edge or table.width is not None:
        return table  # layouts whose padding arithmetic differs: leave them to Rich
    room, wrapping = _wrapping_columns(table, max_width)
    least = sum(word for _, word, _ in wrapping)
    most = sum(line for _, _, line in wrapping)
    if not wrapping or least > room or most <= room:
        return table
    widths = _shared_widths(wrapping, room)
    fitted = copy.copy(table)
    fitted.columns = [
        dataclasses.replace(column, width=widths[i]) if i in widths else column
        for i, column in enumerate(table.columns)
    ]
    return fitted


# A wrapping column: (its index, its longest word, its longest line), in cells.
_Wrapping = tuple[int, int, int]


def _wrapping_columns(table: Table, max_width: int) -> tuple[int, list[_Wrapping]]:
    """The room the wrapping columns share (the width less the borders, the padding and the
    columns that do not wrap), and the wrapping columns."""
    _, pad_right, _, pad_left = table.padding
    columns = table.columns
    room = max_width - (2 if table.box and table.show_edge else 0) - (len(columns) - 1 if table.box else 0)
    wrapping: list[_Wrapping] = []
    for index, column in enumerate(columns):
        texts = [_plain(cell) for cell in (column.header, *column.cells)]
        lines = [cell_len(line) for text in texts for line in text.splitlines()] or [0]
        room -= pad_left + pad_right
        if column.no_wrap or column.width is not None:
            room -= column.width if column.width is not None else max(lines)
        else:
            words = [cell_len(word) for text in texts for word in text.split()] or [1]
            wrapping.append((index, max(words), max(lines)))
    return room, wrapping


def _shared_widths(wrapping: list[_Wrapping], room: int) -> dict[int, int]:
    """Share the room above the longest words: the first text column is the row's key (a name)
    and stays on one line if it can; then, shortest first, a column whose whole text needs at
    most half the room left gets it ("Moscow, Russia" stays whole), and the long columns split
    what is left by length."""
    spare = room - sum(word for _, word, _ in wrapping)
    widths = {index: word for index, word, _ in wrapping}
    key, pending = wrapping[0], wrapping[1:]
    if key[2] - key[1] <= spare:
        widths[key[0]] = key[2]
        spare -= key[2] - key[1]
    else:
        pending = wrapping
    pending = sorted(pending, key=lambda c: c[2] - c[1])
    while pending and (pending[0][2] - pending[0][1]) * 2 <= spare:
        index, word, line = pending.pop(0)
        widths[index] = line
        spare -= line - word
    wants = sum(line - word for _, word, line in pending)
    for index, word, line in pending:
        widths[index] = word + spare * (line - word) // max(1, wants)
    for k in range(room - sum(widths.values())):  # what integer division left over
        widths[pending[k % len(pending)][0] if pending else wrapping[0][0]] += 1
    return widths


def _header(facts: list[tuple[str, str | None]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in facts:
        grid.add_row(label, Text(value if value is not None else "—"))
    return grid


def _kind_style(kind: str) -> str:
    """The Rich style of a section kind: its colour in ``data/kinds.json``."""
    return KIND[kind].colour if kind in KIND else ""


def _bullets(lines: list[Text]) -> Table:
    """Bulleted lines that wrap under their own first word, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for line in lines:
        grid.add_row("•", line)
    return grid


def summary_renderable(view: SummaryDict) -> RenderableType:
    """The briefing note in one panel: title and header facts, the bottom line, participants,
    and a block per section with its key points; every line cites its paragraph."""
    facts = [
        ("Date", "; ".join(view["dates"]) or None),
        ("Place", view["place"]),
        ("Published", view["published_when"]),
        ("Source", view["source"]["name"]),
    ]
    parts: list[RenderableType] = [Text(view["title"] or "Untitled article", style="bold"), _header(facts)]
    if view["bottom_line"]:
        parts += [Text(), _bottom_line(view["bottom_line"])]
    if view["people"] or view["participants"]:
        parts += [Text(), Text("Participants", style="bold underline"), _participants(view)]
    if view["mentioned"]:
        parts += [Text(), _mentioned(view["mentioned"])]
    for section in view["sections"]:
        parts += [Text(), *_summary_section(section)]
    left: list[RenderableType] = []  # what the note leaves out, with the command that shows it
    if view["more_sections_note"]:
        note = view["more_sections_note"].removesuffix(".")
        left.append(Text(f"{note}: `briefcli sections` lists them all.", style="dim"))
    if view["omitted"]:
        more = f"{view['omitted']} more statement{'s' if view['omitted'] != 1 else ''}"
        left.append(Text(f"{more}: `briefcli quotes` lists them all.", style="dim"))
    if left:
        parts += [Text(), *left]
    return Panel(Group(*parts), title=Text("Briefing", style="bold"), title_align="left", expand=True)


def _bottom_line(clauses: list[ClauseDict]) -> Text:
    bottom = Text("Bottom line. ", style="bold")
    for i, clause in enumerate(clauses):
        bottom.append((" " if i else "") + clause["text"])
        bottom.append(f" (¶{clause['paragraph']})", style="dim")
        bottom.append(".")
    return bottom


def _participants(view: SummaryDict) -> Table:
    """Named people with their title and organization, then the unnamed participants."""
    people: list[Text] = []
    for p in view["people"]:
        line = Text(p["name"], style="bold")
        described = ", ".join(f for f in (p["title"], p["org"]) if f)
        if described:
            line.append(f" — {described}")
        people.append(line)
    people += [Text(f"{r['role']} (not named)", style="dim") for r in view["participants"]]
    return _bullets(people)


def _mentioned(people: list[SummaryPersonDict]) -> Text:
    """The people the article only talks about, on one dim line: not among the participants."""
    line = Text("Also mentioned, not taking part: ", style="dim italic")
    for i, p in enumerate(people):
        described = ", ".join(f for f in (p["title"], p["org"]) if f)
        line.append(("; " if i else "") + p["name"] + (f" ({described})" if described else ""), style="dim")
    return line


def _summary_section(section: SummarySectionDict) -> list[RenderableType]:
    """A section's label in its kind's colour, its facts, and its key points."""
    heading = Text(section["label"], style=f"bold {_kind_style(section['kind'])}".strip())
    meta = [section["kind"], ", ".join(f"¶{p}" for p in section["paragraphs"]), *section["dates"]]
    if section["participants"]:
        meta.append(", ".join(section["participants"]))
    points = [_key_point(point) for point in section["points"]]
    parts: list[RenderableType] = [heading, Text(" · ".join(meta), style="dim")]
    if points:
        parts.append(_bullets(points))
    elif section["note"]:
        parts.append(Text(section["note"], style="dim"))
    return parts


def _key_point(point: KeyPointDict) -> Text:
    line = Text()
    if point["preface"]:  # the writer's clause: "WSIS runs well, and" (not bold, not the speaker's)
        line.append(point["preface"] + " ")
    if point["lead_in"]:
        line.append(point["lead_in"], style="bold")
        line.append(" ")
    line.append(f"“{point['text']}”" if point["direct"] else point["text"])
    line.append(f" (¶{point['paragraph']})", style="dim")
    return line


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
    paragraphs, more = _shown(view["paragraphs"], "paragraphs")
    for p in paragraphs:
        opening = p["sentences"][0]["text"] if p["sentences"] else p["text"]
        table.add_row(Text(str(p["index"])), Text(p["kind"]), Text(str(len(p["sentences"]))), Text(opening))
    # The article's title inside the panel, where it wraps; a panel title would be cut at the
    # terminal's width.
    title = Text(view["title"] or "Untitled article", style="bold")
    header = Group(title, Text(), _header(facts))
    return Group(
        Panel(header, title=Text("Analysis", style="bold"), title_align="left"), _with_more(table, more)
    )


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
    from briefcli.contract import PeopleViewDict


def _cell(value: str | None) -> Text:
    return Text(value if value else "—")


def people_renderable(view: PeopleViewDict) -> RenderableType:
    """The roster: named people, then unnamed participants. Sections show as §1, §2, ...,
    named in the caption."""
    number = {label: i for i, label in reversed(list(enumerate(view["sections"], 1)))}
    listed, more = _shown(view["people"], "people")
    entries, cut = _shown([f"§{i} {label}" for i, label in enumerate(view["sections"], 1)], "sections")
    legend = "; ".join(entries) + (" …" if cut is not None else "")
    people = Table(
        title=Text(f"Who's who: {view['title'] or 'Untitled article'}"),
        caption=Text(legend) if legend else None,
        expand=True,
    )
    people.add_column("Name", overflow="fold")
    people.add_column("Title", overflow="fold")
    people.add_column("Organization", overflow="fold")
    people.add_column("Mentions", justify="right", no_wrap=True)
    people.add_column("§")  # the caption names the sections
    people.add_column("Statements", justify="right", no_wrap=True)
    for p in listed:
        people.add_row(
            Text(p["name"], style="bold"),
            _cell(p["title"]),
            _cell(p["org"]),
            str(p["mentions"]),
            _cell(" ".join(f"§{number[label]}" for label in p["sections"] if label in number)),
            str(p["statements"]),
        )
    parts: list[RenderableType] = [
        _with_more(WordSafe(people), more) if view["people"] else Text("No named people.")
    ]
    if view["participants"]:
        roles = Table(title="Unnamed participants", expand=True)
        roles.add_column("Role", overflow="fold")
        roles.add_column("Organization", overflow="fold")
        roles.add_column("Mentions", justify="right", no_wrap=True)
        participants, more = _shown(view["participants"], "unnamed participants")
        for r in participants:
            roles.add_row(Text(r["role"]), _cell(r["org"]), str(r["mentions"]))
        parts.append(_with_more(WordSafe(roles), more))
    return Group(*parts)


# --- briefcli sections and briefcli timeline ---------------------------------------------------

if TYPE_CHECKING:
    from briefcli.contract import SectionsViewDict, TimelineViewDict

_OPENING_WORDS = 20  # the opening line of a section, in the terminal


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
    table.add_column("¶")
    table.add_column("Participants", overflow="fold")
    table.add_column("Dates", no_wrap=True)
    rows, more = _shown(view["sections"], "sections")
    for row in rows:
        label = Text(row["label"], style="bold")
        if row["opening"]:
            words = row["opening"].split()
            label.append("\n")
            opening = " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")
            label.append(opening, style="dim")
        table.add_row(
            str(row["number"]),
            Text(row["kind"], style=_kind_style(row["kind"])),
            label,
            _paragraph_refs(row["paragraphs"]),
            Text(", ".join(row["participants"]) or "—"),
            Text("\n".join(row["dates"]) or "—"),
        )
    return _with_more(WordSafe(table), more)


def timeline_renderable(view: TimelineViewDict) -> RenderableType:
    """One row per event, by date; the publication in italics."""
    table = Table(title=Text(f"Timeline: {view['title'] or 'Untitled article'}"), expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("What", overflow="fold")
    table.add_column("Where", overflow="fold")
    table.add_column("Who", overflow="fold")
    table.add_column("¶", justify="right", no_wrap=True)
    rows, more = _shown(view["rows"], "events")
    for row in rows:
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
    return _with_more(WordSafe(table), more)


# --- briefcli quotes ---------------------------------------------------------------------------

if TYPE_CHECKING:
    from briefcli.contract import QuotesDict, QuotesFiltersDict, SpeakerGroupDict


def _quotes_filters(filters: QuotesFiltersDict) -> str | None:
    parts = []
    if filters["speaker"] is not None:
        parts.append(f"speaker {filters['speaker']!r}")
    if filters["section"] is not None:
        parts.append(f"{filters['section']} sections")
    if filters["direct"] is not None:
        parts.append("direct quotes" if filters["direct"] else "reported speech")
    return "Only " + ", ".join(parts) if parts else None


def _speaker_heading(group: SpeakerGroupDict) -> Text:
    heading = Text(group["speaker"], style="bold")
    role = ", ".join(v for v in (group["title"], group["org"]) if v)
    if role:
        heading.append(" — ")
        heading.append(role)
    count = len(group["rows"])
    heading.append(f"  ({count} statement{'s' if count != 1 else ''})", style="dim")
    return heading


def _speaker_table(group: SpeakerGroupDict, cue_width: int) -> Table:
    from rich.box import SIMPLE_HEAD

    # Only the statement column wraps, at spaces; the short columns never wrap, so no word is
    # cut at 80 columns.
    table = Table(box=SIMPLE_HEAD, expand=True, padding=(0, 1), show_edge=False)
    table.add_column("¶", justify="right", no_wrap=True, min_width=2)
    table.add_column("Section", no_wrap=True, min_width=max(map(len, PARAGRAPH_KINDS)))
    table.add_column("Cue", no_wrap=True, min_width=cue_width)
    table.add_column("Statement", ratio=1)
    for row in group["rows"]:
        content = Text(f"“{row['text']}”" if row["direct"] else row["text"])
        table.add_row(
            str(row["paragraph"]),
            Text(row["section"], style=_kind_style(row["section"])),
            Text(row["cue"], style="italic"),
            content,
        )
    return table


def quotes_renderable(view: QuotesDict) -> RenderableType:
    """Who said what, by speaker: a heading with the speaker's name and title, then one row per
    statement (¶, section kind, cue, content; quotations in quotation marks), and the labels of
    the sections cited."""
    parts: list[RenderableType] = [Text(f"Quotes: {view['title'] or 'Untitled article'}", style="bold")]
    only = _quotes_filters(view["filters"])
    if only:
        parts.append(Text(only, style="dim"))
    if not view["groups"]:
        parts.append(Text("No statements in this article."))
        return Group(*parts)
    # One cue width for every speaker's table, so the columns line up from table to table.
    cue_width = max(len(row["cue"]) for group in view["groups"] for row in group["rows"])
    room = TERMINAL_ROWS
    for group in view["groups"]:
        if room <= 0:
            break
        shown = group if len(group["rows"]) <= room else {**group, "rows": group["rows"][:room]}
        parts += [Text(), _speaker_heading(group), _speaker_table(shown, cue_width)]
        room -= len(shown["rows"])
    more = _more(sum(len(group["rows"]) for group in view["groups"]), "statements")
    if more is not None:
        parts.append(more)
    sections, more = _shown(view["sections"], "sections")
    if sections:
        legend = "; ".join(
            f"{s['label']} ({s['kind']}, {_paragraph_refs(s['paragraphs'])})" for s in sections
        )
        parts += [Text(), Text(f"Sections: {legend}", style="dim")]
        if more is not None:
            parts.append(more)
    return Group(*parts)
