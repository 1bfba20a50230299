"""The analysis pipeline: one ``analyse()`` calls each stage in order.

Each stage is a function with explicit inputs and a typed result; none mutates what it is
given. Stages still to come (people, statements, sections, events) leave their parts empty.
"""

from __future__ import annotations

from briefcli.model import Article, Briefing, ParagraphKind


def analyse(article: Article) -> Briefing:
    """Analyse a loaded article into a Briefing."""
    kinds: tuple[ParagraphKind, ...] = tuple("other" for _ in article.paragraphs)
    return Briefing(article=article, kinds=kinds)
