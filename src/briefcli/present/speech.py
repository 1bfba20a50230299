"""Reported speech that runs on past its cue: sentences with no speech verb of their own that
still tell what a speaker said.

The gold counts no statement without a cue, and the analysis finds none; but a briefing that
shows such a sentence with no speaker gives it the publisher's voice. Two signs, read in the
sentences right after a person's statement (the same paragraph, or the opening of the next):

- the tense reported speech shifts to, in the sentence's main clause: "She said the port would
  reopen in May. | Fees would also fall." (``BACKSHIFTED_MODALS``). A chain of such sentences
  goes on into the next paragraphs; "would" in a relative clause after a narrated verb ("They
  toured the site where the terminal would stand") is the narrator's;
- the speaker's own voice, between two statements of the same person: "we"/"our" outside a
  quotation, or a judgement the genre leaves to its speakers ("it is necessary to ...",
  ``JUDGEMENT_ADJECTIVES``): "..., she stressed. | It is vital that we act. | She added that
  ...". Without the second statement the speaker is uncertain (the publisher may speak in a
  closing paragraph), and the sentence keeps no speaker.

- an inference drawn from what the speaker just said: a sentence right after the statement's
  that opens with a consequence (``CONSEQUENCE_OPENERS``) and holds a modal: "She noted that
  the ferry runs at a loss. | As a result, fares may rise next year." A press release leaves
  inferences to its speakers; a consequence told in the past ("As a result, the talks were
  put off.") is the narrator's.

A sentence naming another person, or one told in the bottom line, ends the run; but not a
person named in the inference's fronted condition ("As a result, if Ode acts, fares may ...":
the speaker talks about Ode).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set

from briefcli.analysis.cast import cast_of
from briefcli.lang.en import (
    ACCOUNT_NOT_PAST_ED,
    ACCOUNT_RELATIVES,
    BACKSHIFTED_MODALS,
    CONSEQUENCE_OPENERS,
    DETERMINERS,
    FINITE_WORDS,
    JUDGEMENT_ADJECTIVES,
    MODALS,
    PAST_FORMS,
    PREPOSITIONS,
    SUBORDINATORS,
    WH_WORDS,
)
from briefcli.model import Article, Person, Sentence, Statement
from briefcli.regexes import pattern

__all__ = ["speech_runs"]

_WORD = pattern(r"[A-Za-z][\w'’-]*")
_QUOTED = pattern(r"“[^”]*”|\"[^\"]*\"")
_FIRST_PERSON = frozenset({"we", "our", "us", "ours"})
# "It is necessary to learn ...", "it is imperative that we ...": a judgement's frame
_JUDGEMENT = pattern(
    rf"\b(?i:it)\s+(?:is|was)\s+(?:(?:\w+ly|also|therefore|thus)\s+)?"
    rf"(?i:{'|'.join(sorted(JUDGEMENT_ADJECTIVES))})\s+(?:to|that|for)\b"
)


def _words(sentence: str) -> list[str]:
    return _WORD.findall(_QUOTED.sub(" ", sentence))


def backshifted(sentence: str) -> bool:
    """Whether a sentence's main clause has the modal reported speech shifts to: "Fees would
    also fall.", "As long as fees rose, trade would suffer." (the clause its subordinator opens
    comes first); not "They toured the site where the terminal would stand." nor "The forum
    discussed how ports could help." (a verb the narrator tells comes first, and the modal is
    in a clause it governs), nor a question."""
    if sentence.rstrip().endswith("?"):
        return False
    words = _words(sentence)
    # the finite verbs allowed before the modal: a fronted adverbial clause's
    allowed = 1 if words and words[0].casefold() in SUBORDINATORS else 0
    for i, word in enumerate(words):
        low = word.casefold()
        if low in BACKSHIFTED_MODALS and word.islower():
            return True
        if i > 0 and low in _CLAUSE_OPENERS:
            return False  # "the site where the terminal would stand", "how ports could help"
        if _finite(words, i):
            if not allowed:
                return False
            allowed -= 1
    return False


# Words that open a clause inside a sentence, a relative one or an indirect question
_CLAUSE_OPENERS = (ACCOUNT_RELATIVES | WH_WORDS) - SUBORDINATORS
_NOT_BEFORE_VERB = PREPOSITIONS | DETERMINERS  # "through enhanced cooperation": no verb


def _finite(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` reads as a finite verb: an auxiliary or a past form, lowercase, not
    right after a preposition or a determiner ("through enhanced cooperation")."""
    word = words[i]
    low = word.casefold()
    if not word.islower() or (i > 0 and words[i - 1].casefold() in _NOT_BEFORE_VERB):
        return False
    past = low in PAST_FORMS or (len(low) > 3 and low.endswith("ed") and low not in ACCOUNT_NOT_PAST_ED)
    return past or low in FINITE_WORDS


def own_voice(sentence: str) -> bool:
    """Whether a sentence speaks in a speaker's own voice: "we" outside a quotation, or a
    judgement ("It is vital to act now.")."""
    if any(w.casefold() in _FIRST_PERSON for w in _words(sentence)):
        return True
    return _JUDGEMENT.search(_QUOTED.sub(" ", sentence)) is not None


_CONSEQUENCE = pattern(rf"(?i:{'|'.join(CONSEQUENCE_OPENERS)})\b,?\s*")


def inference(sentence: str) -> tuple[int, int] | None:
    """Where the fronted condition of an inference stands (see the module doc): "As a result,
    [if Ode acts], fares may rise." Its start and end in ``sentence`` (an empty span when there
    is none); None for a sentence that draws no inference with a modal."""
    m = _CONSEQUENCE.match(sentence)
    if m is None or not any(w in MODALS for w in _words(sentence)):  # lowercase: "May" is a month
        return None
    first = _WORD.match(sentence, m.end())
    if first is None or first.group().casefold() not in SUBORDINATORS:
        return (m.end(), m.end())
    comma = sentence.find(",", first.end())
    return (m.end(), comma if comma > 0 else m.end())


def _follows(prev: Sentence, s: Sentence) -> bool:
    """``s`` comes right after ``prev``, in its paragraph or opening the next."""
    return s.index == prev.index + 1 and s.paragraph - prev.paragraph in (0, 1)


class _Run:
    """The speech being followed: the statement it started at, its last sentence, and the
    sentences in the speaker's own voice waiting for the speaker's next statement."""

    def __init__(self) -> None:
        self.statement: Statement | None = None
        self.last: Sentence | None = None
        self.waiting: list[int] = []

    def start(self, said: Sequence[Statement], s: Sentence, found: dict[int, Statement]) -> None:
        if self.statement is not None and any(st.speaker == self.statement.speaker for st in said):
            found.update(dict.fromkeys(self.waiting, self.statement))
        last = said[-1]
        self.statement = last if last.speaker_kind == "person" else None
        self.last, self.waiting = s, []

    def stop(self) -> None:
        self.statement, self.last, self.waiting = None, None, []


def speech_runs(
    article: Article,
    statements: Mapping[int, Sequence[Statement]],
    paragraphs: Iterable[int],
    people: Sequence[Person],
    told: Set[int],
) -> dict[int, Statement]:
    """The sentences of ``paragraphs`` that go on with a person's reported speech (see the
    module doc), each with the statement whose speech it continues. ``statements``: by
    paragraph; ``told``: the sentences the bottom line tells."""
    found: dict[int, Statement] = {}
    run = _Run()
    cast = cast_of(people)  # the index of each sentence's mentions the analysis made
    for index in sorted(paragraphs):
        by_sentence: dict[int, list[Statement]] = {}
        for said_here in statements.get(index, ()):
            by_sentence.setdefault(said_here.sentence, []).append(said_here)
        for s in article.paragraphs[index].sentences:
            said = by_sentence.get(s.index, [])
            if said:
                run.start(said, s, found)
                continue
            st, last = run.statement, run.last
            if st is None or last is None or s.index in told or not _follows(last, s):
                run.stop()
                continue
            sentence = article.span(s.start, s.end)
            drawn = inference(sentence) if last.index == st.sentence and not run.waiting else None
            condition = (s.start + drawn[0], s.start + drawn[1]) if drawn is not None else (0, 0)
            others = [
                at
                for at, n in cast.by_sentence.get(s.index, ())
                if cast.people[n].name != st.speaker and not condition[0] <= at < condition[1]
            ]
            if others:
                run.stop()
            elif drawn is not None or (backshifted(sentence) and not run.waiting):
                found[s.index] = st
                run.last = s
            elif backshifted(sentence) or own_voice(sentence):
                run.waiting.append(s.index)
                run.last = s
            else:
                run.stop()
    return found
