"""The analysis's fast paths agree with the plain forms they stand for.

Each fast path (cues looked up by a word's key, a check of a cue's first words before
compiling it, a trie of honorifics, a start-character check on the date forms) must find
exactly what the plain form finds, whatever the lexicon holds: these tests rebuild the plain
form from the same lexicon and compare the two on sentences written for them.
"""

from __future__ import annotations

import re

import pytest

from briefcli.analysis import accounts, dateforms, scenes
from briefcli.lang.en import ACCOUNT_KEPT_HONORIFICS, HONORIFICS
from briefcli.model import Article, Source
from briefcli.text.layout import build_article

PARAGRAPHS = [
    "At the invitation of the Ministry of Trade, the Director General visited Lima.",
    "On the margins of the Summit, the Minister met with the Ambassador of Chile.",
    "In her keynote address at the forum, the Commissioner was brief; a panel discussion followed.",
    "The delegates attended the opening ceremony and a reception hosted by the Mayor.",
    "As a matter of record, the Council was established in 1998. Background: the Office opened in 2004.",
    "He also met the Prime Minister, and the two leaders signed a memorandum of understanding.",
    "The moderated session brought together several speakers from ports, fora and symposia.",
    "The Secretary General held bilateral talks with the Minister of Finance on 3 May 2022.",
    "THE MINISTER MET WITH THE AMBASSADOR AT THE INVITATION OF THE MAYOR.",
    "Attendees at an atelier met; an audience with the King was granted at the town hall meeting.",
]


def _article(*paragraphs: str) -> Article:
    return build_article(Source("stdin", "-"), "A title\n\n3 May 2022\n\n" + "\n\n".join(paragraphs))


def _plain_cues(article: Article, paragraph: int) -> list[tuple[str, int, int]]:
    """The cues of a paragraph found the plain way: every cue of a word's key (its first three
    letters) is tried, in order, at every word."""
    p = article.paragraphs[paragraph]
    text = article.text[p.start : p.end]
    found: list[tuple[str, int, int]] = []
    taken = 0
    for word in re.finditer(r"(?<![\w-])[^\W\d_]{1,3}", text):
        if word.start() < taken:
            continue
        for entry in scenes._CUES_BY_KEY.get(word.group().lower(), ()):
            m = re.compile(scenes._alternatives((entry.fragment,)), re.IGNORECASE).match(text, word.start())
            if m is not None:
                taken = m.end()
                found.append((entry.group, p.start + m.start(), p.start + m.end()))
                break
    return found


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_cues_found_as_the_plain_way(paragraph: str) -> None:
    article = _article(paragraph)
    fast = [(c.group, c.start, c.end) for c in scenes.find_cues(article, 0)]
    assert fast == _plain_cues(article, 0)


def test_every_cue_starts_with_its_heads() -> None:
    """A cue's heads are a prefix of every text it matches: here, of the text it was written as."""
    for group in scenes.GROUPS:
        for fragment in scenes.group_cues(group):
            heads = scenes._heads(fragment)
            assert heads and all(heads), fragment
            for head in heads:
                # each head is a plain string of letters and spaces, read off the fragment
                assert re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]*)*", head), (fragment, head)


SENTENCES = [
    "His Excellency Mr. John Mensah met Dr. Ana Lopes.",
    "Her Royal Highness Princess Amina opened the session with H.E. Ms Lee.",
    "The Honourable Ravi Patel and the Rt Hon Tom Gray spoke; Mrs Doe and Mr Roe listened.",
    "hon. Jane Roe and PROF. Li Wei arrived; the honourable member did not.",
    "Sheikha Mariam greeted Sheikh Omar, Señor Ruiz and Señora Vidal.",
    "Mister   Brown and Madame Blanc met Monsieur Noir.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_honorifics_removed_as_by_a_sorted_alternation(sentence: str) -> None:
    words = sorted((h for h in HONORIFICS if h not in ACCOUNT_KEPT_HONORIFICS), key=len, reverse=True)
    plain = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in words) + r")\.?\s+(?=[A-Z])",
        re.IGNORECASE,
    )
    assert accounts._honorific().sub("", sentence) == plain.sub("", sentence)


DATED = [
    "The Forum, held from 27 February to 2 March 2016, closed on Thursday 9 June 2022.",
    "It met on October 5-6, 2011, again in June 2019 and by mid-April; see 2021-10-23 and 23/10/2021.",
    "In March the Board met from 6 to 8 July 2017 and between June and August 2019.",
]


@pytest.mark.parametrize("text", DATED)
def test_date_forms_match_as_without_the_start_check(text: str) -> None:
    for (form, fast), (_, pattern) in zip(dateforms._forms(), dateforms._FORM_PATTERNS, strict=True):
        plain = re.compile(pattern)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], form
