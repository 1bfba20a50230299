"""The analysis pipeline: one ``analyse()`` calls each stage in order.

Each stage is a function with explicit inputs and a typed result; none mutates what it is
given. In order: the people (``people``: names, titles, organizations, places, the location);
the statements (``statements``, ``quotes``), which read only the people, and after them who
took part, revised (``presence``: someone named only in what others said was not
there); the scene cues (``scenes``), read by the paragraph kinds (``kinds``), the sections and
their labels (``sections``, ``labels``) and the events (``events``, dated by ``dates``).
Sections and events refer to the people by id.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from briefcli.analysis.dates import find_dates
from briefcli.analysis.events import find_events
from briefcli.analysis.kinds import classify_paragraphs
from briefcli.analysis.people import find_people
from briefcli.analysis.presence import told_in_speech
from briefcli.analysis.scenes import scene_cues
from briefcli.analysis.sections import segment_sections
from briefcli.analysis.statements import find_statements
from briefcli.model import Article, Briefing, ParagraphKind


def analyse(article: Article) -> Briefing:
    """Analyse a loaded article into a Briefing."""
    with _uncollected():
        return _analyse(article)


@contextmanager
def _uncollected() -> Iterator[None]:
    """No garbage collection while the stages run: they make hundreds of thousands of objects
    that live to the end and no reference cycles to speak of, and each collection walks them
    all again (a tenth of 100,000 one-line paragraphs' analysis; the 10 MiB text's peak memory
    is the same). The collector runs again after, as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _analyse(article: Article) -> Briefing:
    who = find_people(article)
    # statements read only the people; who is named only in what others said took no part, and
    # the sections and events must see that
    statements = find_statements(article, who)
    who = who._replace(people=told_in_speech(article, who.people, statements))
    cues = scene_cues(article)  # read by kinds, sections and events alike
    kinds: tuple[ParagraphKind, ...] = classify_paragraphs(article, cues)
    sections = segment_sections(article, kinds, who.people, cues, statements)
    events = find_events(article, find_dates(article), sections, who.people, location=who.location, cues=cues)
    return Briefing(
        article=article,
        kinds=kinds,
        sections=sections,
        events=events,
        statements=statements,
        location=who.location,
        people=who.people,
        participants=who.participants,
        organizations=who.organizations,
        places=who.places,
    )
