"""briefcli: briefing notes from press releases about official meetings.

Library use::

    from briefcli import load, analyse
    briefing = analyse(load("article.txt"))   # load() with no source: the bundled sample
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefcli.analysis import analyse
    from briefcli.model import Article, Briefing, Paragraph, Sentence, Source
    from briefcli.text.load import load

__all__ = ["Article", "Briefing", "Paragraph", "Sentence", "Source", "analyse", "load"]

_LAZY = {
    "analyse": "briefcli.analysis",
    "load": "briefcli.text.load",
    "Article": "briefcli.model",
    "Briefing": "briefcli.model",
    "Paragraph": "briefcli.model",
    "Sentence": "briefcli.model",
    "Source": "briefcli.model",
}


def __getattr__(name: str) -> Any:
    # Lazy: `briefcli --help` must not pay for the analysis modules.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'briefcli' has no attribute {name!r}")
