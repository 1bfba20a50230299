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


def test_a_quotation_never_closed_ends_before_the_narrators_reporting_clause() -> None:
    # the writer forgot the closing mark: what follows "the Minister stated," is the narrator's
    texts = [
        "“Last month, the port of Kessel reopened, the Minister stated, noting that, trade is up.",
        "“Last month, the port of Kessel reopened, Dr. Ana Rola said. Trade is up.",
        "“Last month, the port of Kessel reopened, said the Minister, adding that trade is up.",
        "“Last month, the port reopened, she stated. “We will build a second one,” she added.",
    ]
    for body in texts:
        one = _article(body)
        first = paragraph_quotes(one)[0][0]
        assert one.text[first.start : first.end].endswith("reopened") and first.closed, body
    # the speaker's own words ("as we stated") and a closed quotation stay whole
    for body in (
        "“Last month, the port of Kessel reopened, as we stated, and trade is up.",
        "“Last month, the port of Kessel reopened, the Minister stated, and trade is up.”",
        "“We met in Veyra, Norland and Kessel, and we agreed.",
    ):
        one = _article(body)
        (first,) = paragraph_quotes(one)[0]
        assert one.text[first.end - 3 : first.end] in ("up”", " up", "eed"), body
