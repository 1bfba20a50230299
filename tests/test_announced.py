"""Announced encounters: what a visitor will still do is no scene, heading or participant."""

from __future__ import annotations

import pytest

from briefcli.analysis import analyse
from briefcli.model import Briefing, Source
from briefcli.present.views import summary_view, unnamed_participants
from briefcli.text.layout import build_article

_TALKS = (
    "The Minister of Fisheries of Norvand, Ms. Kari Dahl, today received the Minister of Marine Affairs "
    "of the Republic of Osaro, Mr. Femi Adeyemi, who is on a working visit to Norvand.",
    "The two ministers discussed fish stocks in the Osaro Basin and the training of fisheries inspectors.",
    "Minister Dahl said Norvand was ready to share its satellite monitoring of fishing vessels.",
)


def _briefing(*paragraphs: str) -> Briefing:
    text = "Fisheries ministers meet in Norvand\n\n12 June 2026\n\n" + "\n\n".join(paragraphs)
    return analyse(build_article(Source("stdin", "-"), text))


@pytest.mark.parametrize(
    "closing",
    [
        "During his stay, Minister Adeyemi will also meet the Minister of Trade, Mr. Olav Berg, "
        "and will visit the Fisheries Academy in Tromvik.",
        "On Thursday, Minister Adeyemi is scheduled to meet the Governor of Nordfylke, Mr. Olav Berg.",
        "Mr. Adeyemi is expected to call on the Speaker of the Storting, Mr. Olav Berg, tomorrow.",
        "Minister Adeyemi will hold talks with the Minister of Trade, Mr. Olav Berg, on Friday.",
    ],
)
def test_an_announced_encounter_continues_the_talks_and_names_no_participant(closing: str) -> None:
    b = _briefing(*_TALKS, closing)
    assert b.kinds == ("bilateral",) * 4
    assert [s.paragraphs for s in b.sections] == [(0, 1, 2, 3)]
    berg = next(p for p in b.people if p.name == "Olav Berg")
    assert not berg.took_part


def test_an_announced_encounter_after_a_signing_heads_no_signing_with_the_one_to_be_met() -> None:
    b = _briefing(
        *_TALKS,
        "The two ministers signed a memorandum of understanding on fisheries research.",
        "Mr. Adeyemi will also meet the Minister of Trade, Mr. Olav Berg, before travelling on to Tromvik.",
    )
    assert all("Berg" not in s.label for s in b.sections)


def test_an_unnamed_role_still_to_be_met_is_no_participant() -> None:
    b = _briefing(*_TALKS, "The delegation will also meet the Chairperson of the Fisheries Committee.")
    assert not any("Fisheries Committee" in r.role for r in unnamed_participants(b))


def test_a_body_still_to_be_met_heads_no_section() -> None:
    # the section before the announcement must not take its heading from the body to be met
    b = _briefing(
        "The Speaker of the Storting, Mr. Jon Lie, on Tuesday received a delegation of the Osaro Parliament "
        "led by Ms. Ada Eze.",
        "The delegation, which also included Mr. Ola Nordby, is in the country for a four-day working visit "
        "to study the committee system.",
        "Welcoming the delegation, the Speaker said the two parliaments could learn much from each other. "
        "Ms. Eze thanked the Speaker for the warm reception and said her committee wished to learn from the "
        "Storting's budget procedures.",
        "The delegation will also meet the Clerk of the Storting and the Chairpersons of the Budget and "
        "Appropriations Committee and the Public Accounts Committee.",
    )
    assert all("Committee" not in s.label for s in b.sections)
    assert b.kinds[3] == b.kinds[2]


def test_a_meeting_section_is_not_named_after_a_body_still_to_be_met() -> None:
    b = _briefing(
        "A delegation of the Osaro Parliament arrived in Norvand on Monday for a study visit on budget "
        "oversight.",
        "The delegation attended a sitting of the Storting and followed the debate on the fisheries budget.",
        "The delegation will also meet the Chairpersons of the Budget and Fisheries Committee.",
    )
    assert all("Committee" not in s.label for s in b.sections)


def test_a_passive_infinitive_after_a_noun_tells_no_ceremony() -> None:
    # "a tender ..., to be launched in May": when the tender opens, no launch told
    b = _briefing(
        *_TALKS,
        "Minister Adeyemi thanked his host and invited Norvand firms to bid for the Osaro port tender, "
        "to be launched in early 2027.",
    )
    assert b.kinds == ("bilateral",) * 4


@pytest.mark.parametrize(
    "closing",
    [
        # told in the past: a scene of its own, and the one met took part
        "Later in the day, Minister Adeyemi met the Minister of Trade, Mr. Olav Berg.",
        # the announcing verb is a relative clause's; the encounter itself is told
        "Minister Adeyemi, who will chair the Osaro Basin Commission next year, also met the Minister of "
        "Trade, Mr. Olav Berg.",
    ],
)
def test_an_encounter_told_in_the_past_stays_a_scene(closing: str) -> None:
    b = _briefing(*_TALKS, closing)
    berg = next(p for p in b.people if p.name == "Olav Berg")
    assert berg.took_part
    assert any("Berg" in s.label for s in b.sections)


def test_the_travel_home_announced_closes_the_visit() -> None:
    b = _briefing(*_TALKS, "Minister Adeyemi will return to Osaro on Saturday.")
    assert b.kinds[3] == "meeting"
    assert [s.paragraphs for s in b.sections] == [(0, 1, 2, 3)]


def test_an_event_in_an_announced_aside_about_a_person_heads_no_section() -> None:
    # "who will chair the summit" says who the Prime Minister is; the welcome is the scene
    b = _briefing(
        "Trade Minister Nadia Berg concluded a two-day visit to Osaro on Tuesday, during which she met "
        "the Prime Minister of Osaro, Mr. Femi Adeyemi, and held talks with the Minister of Industry, "
        "Ms. Ada Eze.",
        "The Prime Minister, who will chair the Osaro investment summit in November, welcomed Minister Berg "
        "at the Government Palace and said his government would simplify the licensing of foreign firms.",
    )
    assert b.kinds == ("bilateral", "bilateral")
    assert all("summit" not in s.label.lower() for s in b.sections)


def test_in_a_release_that_announces_its_event_the_talks_it_announces_are_a_scene_to_come() -> None:
    """The lead tells the event still to come: the talks announced after it are what the release
    is about, a section of their own with both parties, headed as still to come (the same line
    after talks held is an aside of those, see above)."""
    b = _briefing(
        "The Minister of Fisheries of Norvand, Ms. Kari Dahl, will travel to Osaro next week to attend "
        "the Basin Fisheries Summit.",
        "At the Summit, the Minister is expected to present Norvand's plan for satellite monitoring.",
        "She will also hold talks with her Osaro counterpart, Mr. Femi Adeyemi, on the sidelines.",
    )
    assert b.kinds == ("meeting", "meeting", "bilateral")
    assert b.sections[-1].label == "Bilateral talks: Kari Dahl – Femi Adeyemi"
    assert next(p for p in b.people if p.name == "Femi Adeyemi").took_part
    view = summary_view(b)
    assert [s["label"] for s in view["sections"]] == [
        "Basin Fisheries Summit (to come)",
        "Bilateral talks: Kari Dahl – Femi Adeyemi (to come)",
    ]
