"""Sections: runs of paragraphs of one kind, each with a label and its participants.

``segment_sections(article, kinds, people, cues)`` groups the paragraph kinds of
``briefcli.analysis.kinds`` into sections, each with a label a reader understands
(``briefcli.analysis.labels``) and its participants: the people mentioned in it, from the people
stage (``briefcli.analysis.cast``; none while that stage has not run).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.analysis.cast import cast_of, people_in
from briefcli.analysis.labels import label_context, label_section
from briefcli.analysis.scenes import SceneCues, scene_cues
from briefcli.model import KIND, Article, ParagraphKind, Person, Section

# --- Sections ------------------------------------------------------------------------------------


def _runs(kinds: Sequence[ParagraphKind]) -> list[tuple[ParagraphKind, list[int]]]:
    runs: list[tuple[ParagraphKind, list[int]]] = []
    for index, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(index)
        else:
            runs.append((kind, [index]))
    return runs


def _principals(present: Sequence[Person], paragraphs: Sequence[int], whole: bool) -> list[str]:
    """The names of the people of a section in the order they are first mentioned; in a
    section that tells the whole article (``whole``), the two told most in it first: the two
    parties of the article's talks, not a delegation member named once ("accompanied by
    ..."), nor someone the text only talks about (``Person.took_part``)."""
    if not whole:
        return [person.name for person in present]
    within = set(paragraphs)
    told = [sum(1 for m in person.spans if m.paragraph in within) for person in present]
    first_two = sorted(sorted(range(len(present)), key=lambda i: (not present[i].took_part, -told[i]))[:2])
    rest = [i for i in range(len(present)) if i not in first_two]
    return [present[i].name for i in (*first_two, *rest)]


def segment_sections(
    article: Article,
    kinds: Sequence[ParagraphKind],
    people: Sequence[Person] = (),
    cues: SceneCues | None = None,
) -> tuple[Section, ...]:
    """Runs of paragraphs of one kind, each with a label and the people mentioned in it."""
    cues = scene_cues(article) if cues is None else cues
    sections = []
    cast = cast_of(people)
    context = label_context(article)
    told = {i for i, kind in enumerate(kinds) if KIND[kind].role != "background"}
    for kind, paragraphs in _runs(kinds):
        present = people_in(article, paragraphs, cast)
        names = tuple(person.name for person in present)
        ids = tuple(person.id for person in present)
        found = [c for index in paragraphs for c in cues[index]]
        whole = told <= set(paragraphs)
        principals = _principals(present, paragraphs, whole)
        label = label_section(context, kind, paragraphs, principals, found, whole=whole)
        sections.append(Section(kind, tuple(paragraphs), label, names, ids))
    return tuple(sections)
