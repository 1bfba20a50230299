"""The store's views in the terminal and as CSV: ``briefcli digest`` and ``briefcli search``. Fed
the same plain dicts as JSON and the templates (``digest.md.j2``, ``digest.html.j2``,
``search.md.j2``). Article text goes into Rich as ``Text``, never as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType

    from briefcli.contract import DigestDict, SearchDict

DIGEST_CSV_COLUMNS = (
    "part",
    "date",
    "who",
    "what",
    "where",
    "cue",
    "kind",
    "article",
    "paragraph",
    "title",
    "source",
)
SEARCH_CSV_COLUMNS = ("kind", "date", "title", "source", "paragraph", "speaker", "cue", "text", "article_id")


def cite(line: dict[str, Any] | Any) -> str:
    """ "A2 ¶3": the article and paragraph a line comes from."""
    return f"{line['article']} ¶{line['paragraph']}"


def _filters(view: DigestDict) -> str:
    given = [f"{name} {value}" for name, value in view["filters"].items() if value]
    return "; ".join(given) if given else "none"


def _table(*columns: str) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for column in columns:
        # Dates and citations stay on one line: "A12 ¶3" cut in two cites nothing.
        short = column in ("Date", "Cited", "Ref", "¶")
        table.add_column(column, overflow="fold", no_wrap=short)
    return table


def digest_renderable(view: DigestDict) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    parts: list[RenderableType] = [
        Text(f"Digest of {view['store']}", style="bold"),
        Text(f"Filters: {_filters(view)}. Articles cited: {len(view['articles'])}."),
    ]
    articles = _table("Ref", "Date", "Title", "Source")
    for a in view["articles"]:
        articles.add_row(a["ref"], a["date"] or "—", Text(a["title"] or "Untitled"), Text(a["source"]))
    parts += [Text("\nArticles", style="bold"), articles]
    timeline = _table("Date", "What", "Where", "Who", "Cited")
    for row in view["timeline"]:
        timeline.add_row(
            row["date"],
            Text(row["what"]),
            Text(row["where"] or "—"),
            Text(", ".join(row["who"]) or "—"),
            cite(row),
        )
    parts += [Text("\nTimeline", style="bold"), timeline if view["timeline"] else Text("No dated event.")]
    meetings = _table("Who", "When, where", "Cited")
    for m in view["meetings"]:
        for n, o in enumerate(m["occasions"]):
            who = " – ".join(m["people"]) if n == 0 else ""
            meetings.add_row(Text(who), Text(f"{o['date']}, {o['where'] or '—'}"), cite(o))
    parts += [
        Text("\nWho met whom", style="bold"),
        meetings if view["meetings"] else Text("No meeting of two named people."),
    ]
    parts.append(Text("\nStatements by speaker", style="bold"))
    if not view["speakers"]:
        parts.append(Text("No statement."))
    for speaker in view["speakers"]:
        held = "; ".join(
            f"{t['title']} ({t['first_seen']}"
            + (f" to {t['last_seen']})" if t["last_seen"] != t["first_seen"] else ")")
            for t in speaker["titles"]
        )
        parts.append(Text(speaker["name"] + (f" — {held}" if held else ""), style="bold"))
        table = _table("Date", "Cue", "Statement", "Cited")
        for s in speaker["statements"]:
            text = f"“{s['text']}”" if s["direct"] else s["text"]
            table.add_row(s["date"] or "—", s["cue"], Text(text), cite(s))
        parts.append(table)
    return Group(*parts)


def digest_rows(view: DigestDict) -> list[dict[str, object]]:
    """One CSV table: the timeline's rows, then the meetings' occasions, then the statements."""
    articles = {a["ref"]: a for a in view["articles"]}

    def where_from(ref: str) -> dict[str, object]:
        return {"article": ref, "title": articles[ref]["title"], "source": articles[ref]["source"]}

    rows: list[dict[str, object]] = []
    for e in view["timeline"]:
        rows.append(
            {"part": "timeline", "date": e["date"], "who": e["who"], "what": e["what"], "where": e["where"]}
            | {"kind": e["kind"], "paragraph": e["paragraph"], **where_from(e["article"])}
        )
    for m in view["meetings"]:
        for o in m["occasions"]:
            rows.append(
                {
                    "part": "meeting",
                    "date": o["date"],
                    "who": m["people"],
                    "what": o["what"],
                    "where": o["where"],
                }
                | {"kind": o["kind"], "paragraph": o["paragraph"], **where_from(o["article"])}
            )
    for speaker in view["speakers"]:
        for s in speaker["statements"]:
            rows.append(
                {
                    "part": "statement",
                    "date": s["date"],
                    "who": speaker["name"],
                    "what": s["text"],
                    "cue": s["cue"],
                }
                | {"kind": s["kind"], "paragraph": s["paragraph"], **where_from(s["article"])}
            )
    return rows


def search_renderable(view: SearchDict) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    table = _table("Date", "Article", "¶", "Hit")
    words = [w.strip('"*').lower() for w in view["query"].split() if w not in ("AND", "OR", "NOT")]
    for hit in view["hits"]:
        text = Text(hit["text"])
        if hit["speaker"]:
            text = Text(f"{hit['speaker']} {hit['cue']}: ") + text
        text.highlight_words([w for w in words if w], style="bold", case_sensitive=False)
        table.add_row(
            hit["date"] or "—",
            Text(f"{hit['title'] or 'Untitled'} ({hit['source']})"),
            str(hit["paragraph"]),
            text,
        )
    heading = Text(f"{len(view['hits'])} hits for {view['query']!r} in {view['store']}", style="bold")
    return Group(heading, table)


def search_rows(view: SearchDict) -> list[dict[str, object]]:
    return [dict(hit) for hit in view["hits"]]
