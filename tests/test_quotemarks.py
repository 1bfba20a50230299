"""Quotation marks paired once per article: every stage reads the same pairs."""

from __future__ import annotations

from briefcli.analysis.quotemarks import paragraph_quotes, quotation_spans
from briefcli.model import Article, Source
from briefcli.text.layout import build_article


def _article(body: str) -> Article:
    return build_article(Source("stdin", "-"), f"Talks in Lima\n\n3 May 2022\n\n{body}\n")


def test_each_paragraphs_quotations_are_paired_once_per_article() -> None:
    one = _article("“We agree,” said Ms. Ana Ruiz.\n\nShe added: “The port opens in June.")
    quotes = paragraph_quotes(one)
    assert [[one.text[q.start : q.end] for q in p] for p in quotes] == [
        ["We agree"],
        ["The port opens in June"],
    ]
    assert [q.closed for p in quotes for q in p] == [True, False]  # left open: runs to its paragraph's end
    assert paragraph_quotes(one) is quotes  # the same pairs for every stage that asks
    closed, every = quotation_spans(one)
    assert len(closed) == 1 and len(every) == 2


def test_another_article_gets_its_own_quotations() -> None:
    first = _article("“We agree,” said Ms. Ana Ruiz.")
    second = _article("Ms. Ana Ruiz said the talks went well.")
    assert paragraph_quotes(first) != ()
    assert paragraph_quotes(second) == ((),)
    assert [len(p) for p in paragraph_quotes(first)] == [1]
