"""Briefings with statements, built by hand for tests of what comes after the analysis
(summary, export): the reference article with the statements its gold annotation lists, found
by their text, and articles written for the tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefcli.analysis import analyse
from briefcli.model import Article, Briefing, Mention, MentionKind, Person, Source, SpeakerKind, Statement
from briefcli.text.layout import build_article
from briefcli.text.load import load

GOLD = Path(__file__).resolve().parent / "data" / "wco-2021-10-moscow-customs-forum.json"


def statement(
    article: Article,
    speaker: str,
    cue: str,
    content: str,
    *,
    kind: SpeakerKind = "person",
    direct: bool = False,
    after: int = 0,
) -> Statement:
    """The statement whose content is the first ``content`` at or after offset ``after``."""
    start = article.text.index(content, after)
    end = start + len(content)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    return Statement(speaker, kind, cue, start, end, sentence.paragraph, sentence.index, direct)


def with_statements(briefing: Briefing, *statements: Statement) -> Briefing:
    """The briefing with these statements; a person speaker without an id gets the id of the
    person of that name, as the statements stage would give it."""
    ids = {p.name: p.id for p in briefing.people}
    return replace(
        briefing,
        statements=tuple(
            replace(st, speaker_id=ids.get(st.speaker))
            if st.speaker_id is None and st.speaker_kind == "person"
            else st
            for st in statements
        ),
    )


def reference_briefing() -> Briefing:
    """The bundled article with the ten statements of its gold annotation."""
    briefing = analyse(load(None))
    article = briefing.article
    found: list[Statement] = []
    for gold in json.loads(GOLD.read_text(encoding="utf-8"))["statements"]:
        speaker: str = gold["speaker"]
        kind: SpeakerKind = "person"
        if speaker.startswith("GROUP:"):
            speaker, kind = speaker.removeprefix("GROUP:"), "group"
        paragraph = article.paragraphs[gold["paragraph"]]
        found.append(
            statement(
                article, speaker, gold["cue"], gold["text"], kind=kind, direct=gold["direct"],
                after=paragraph.start,
            )
        )  # fmt: skip
    return with_statements(briefing, *found)


def briefing_of(text: str) -> Briefing:
    """A briefing of an article given as text (title, blank line, date line, paragraphs)."""
    return analyse(build_article(Source("stdin", "-"), text))


def mention(article: Article, form: str, kind: MentionKind = "name", *, after: int = 0) -> Mention:
    """The mention of ``form`` first found at or after offset ``after``."""
    start = article.text.index(form, after)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    return Mention(start, start + len(form), kind, sentence.paragraph, sentence.index)


def person(
    article: Article,
    name: str,
    title: str | None,
    org: str | None,
    forms: tuple[tuple[str, MentionKind], ...],
) -> Person:
    """A person with a mention at every occurrence of each of ``forms``."""
    spans: list[Mention] = []
    for form, kind in forms:
        at = article.text.find(form)
        while at >= 0:
            spans.append(mention(article, form, kind, after=at))
            at = article.text.find(form, at + len(form))
    spans.sort(key=lambda m: m.start)
    surname = name.split()[-1]
    return Person(name, title, org, tuple(dict.fromkeys(f for f, _ in forms)), tuple(spans), (surname,))
