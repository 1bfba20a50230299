"""An interview's transcript inside an article: its question paragraphs ("Q: ...",
"Question: ...", "Interviewer: ...", or a label before a question: "Port Review: Why now?")
and the answers after them ("A: ...", "Answer: ...", or a
name as the label: "Holm: ...", "Dr. Lea Holm: ...").

The statements stage reads whose words an answer is; the kinds stage keeps every turn in the
scene of the interview (an answer's present facts are what the interviewee said, not
background).
"""

from __future__ import annotations

from briefcli.model import Article
from briefcli.regexes import pattern

__all__ = ["ANSWER", "LABEL", "QUESTION", "asks", "interview_turns"]

QUESTION = pattern(r"(?:Q|Question|Interviewer)\s*[:.]\s")
ANSWER = pattern(r"(?:A|Answer)\s*[:.]\s")
# "Holm: ...", "Lea Holm: ...", "Dr. Holm: ...": a transcript's label, a name of one to three
# words (an honorific before it)
LABEL = pattern(r"((?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,3})\s*:\s+")


def asks(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``[start, end)`` is a question turn: "Q: ...", or a label then a
    question, the interviewer or the publication named ("Port Review: What will change?")."""
    if QUESTION.match(text, start):
        return True
    k = end - 1
    while k > start and text[k].isspace():
        k -= 1
    return text[k] == "?" and LABEL.match(text, start) is not None


def interview_turns(article: Article) -> frozenset[int]:
    """The paragraphs that are an interview's turns: each question, and each labelled answer
    after a question (up to the next paragraph that is neither)."""
    text = article.text
    turns: set[int] = set()
    asked = False
    for p in article.paragraphs:
        if asks(text, p.start, p.end):
            turns.add(p.index)
            asked = True
        elif asked and (ANSWER.match(text, p.start) or LABEL.match(text, p.start)):
            turns.add(p.index)
        else:
            asked = False
    return frozenset(turns)
