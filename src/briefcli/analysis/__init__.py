"""The analysis pipeline: one ``analyse()`` calls each stage in order.

Each stage is a function with explicit inputs and a typed result; none mutates what it is
given. Stages still to come (people, statements, sections, events) leave their parts empty.
"""

from __future__ import annotations

from briefcli.analysis.dates import find_dates
from briefcli.analysis.events import find_events
from briefcli.analysis.kinds import classify_paragraphs
from briefcli.analysis.people import find_people
from briefcli.analysis.scenes import scene_cues
from briefcli.analysis.sections import segment_sections
from briefcli.analysis.statements import find_statements
from briefcli.model import Article, Briefing, ParagraphKind


def analyse(article: Article) -> Briefing:
    """Analyse a loaded article into a Briefing."""
    who = find_people(article)
    cues = scene_cues(article)  # read by kinds, sections and events alike
    kinds: tuple[ParagraphKind, ...] = classify_paragraphs(article, cues)
    sections = segment_sections(article, kinds, who.people, cues)
    events = find_events(article, find_dates(article), sections, who.people, location=who.location, cues=cues)
    return Briefing(
        article=article,
        kinds=kinds,
        sections=sections,
        events=events,
        statements=find_statements(article, who),
        location=who.location,
        people=who.people,
        participants=who.participants,
        organizations=who.organizations,
        places=who.places,
    )
