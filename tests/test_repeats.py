"""A long text says the same sentence many times (a transcript's "Mr. Li came.", a repeated
standfirst): the stages read such a sentence once and move what they found to each place it
stands. What they give must be what reading each sentence anew gives."""

from __future__ import annotations

from dataclasses import fields

import pytest

from briefcli.analysis import analyse, mentions
from briefcli.model import Source
from briefcli.text.layout import build_article

# Every kind of mention a sentence gives the people stage, each sentence said again in other
# paragraphs: a cued name with an apposed title, a bare name, an unnamed role, pronouns, an
# acronym's organization and a plural title over a list of countries.
_SAID = (
    "Dr. Ana Costa, the Secretary General of the Harbour Trade Union (HTU), met Mr. Li Wei.",
    "He thanked the HTU Secretary General for her visit.",
    "The foreign ministers of Chile, Peru and Ghana attended the session.",
    "“We agree,” said Ms. Costa.",
    "Karl Brandt came.",
)
_TEXT = (
    "Harbour talks in Lima\n\nLIMA, 3 May 2024 – "
    + "\n\n".join(f"{_SAID[k % len(_SAID)]} {_SAID[(k * 3) % len(_SAID)]}" for k in range(12))
    + "\n"
)


def _briefing() -> dict[str, object]:
    # the article itself is built before any stage runs
    briefing = analyse(build_article(Source("stdin", "-"), _TEXT))
    return {f.name: getattr(briefing, f.name) for f in fields(briefing) if f.name != "article"}


def test_a_sentence_said_again_gives_what_reading_it_anew_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _briefing()
    monkeypatch.setattr(mentions, "_SAID_KEPT", 0)  # each sentence read anew
    assert _briefing() == kept


def test_the_mentions_of_a_sentence_said_again_stand_where_it_stands() -> None:
    briefing = analyse(build_article(Source("stdin", "-"), _TEXT))
    costa = next(p for p in briefing.people if p.name.endswith("Costa"))
    text = briefing.article.text
    spans = [m for m in costa.spans if m.kind == "name"]
    assert len({m.paragraph for m in spans}) > 3
    assert all(text[m.start : m.end].endswith("Costa") for m in spans)
