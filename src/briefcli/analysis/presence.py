"""Who took part, read again once the statements are known: someone named only in what
others said was talked about, not there.

One step, ``told_in_speech(article, people, statements) -> tuple[Person, ...]``, run after
the statements stage. The people stage marks ``Person.took_part`` from the words around each
mention (``people``); here a person it kept is dropped when every mention of theirs it did
not already count as talk stands in a clause another speaker reported:

- "She said Deputy Prime Minister X returned home so encouraged ...": X is what she told;
- "She said they were given instructions by X to explore ...": the same.

Only a reported clause counts (``clauses.clause_for``): the object of a speech act is mostly
its hearer, who is there ("thanked Ms. X for ...", "congratulated X on ..."). Not a person
the speaker lists in a party ("said the delegation, which included Ambassador X, ...": who
came). A speaker keeps what the people stage found (a quoted speaker is there; the sender of
a message read out stays absent), and so does anyone named outside every statement. An
organization's statement ("The ministry said X met Y") is the release telling, not someone's
words. A pronoun that opens a speech cue the statements gave to someone else ("While ... Mr.
X's plan, he considered that ...", Ms. Y's statement) is not the person's mention.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from briefcli.analysis.clauses import clause_for
from briefcli.analysis.grammar import words_of_sentence
from briefcli.analysis.people import took_part
from briefcli.analysis.quotemarks import quoted_spans
from briefcli.lang import en as lex
from briefcli.model import Article, Mention, Person, Statement

__all__ = ["told_in_speech"]

_PARTY_OPENERS = tuple(tuple(phrase.split()) for phrase in lex.PARTY_MEMBER_OPENERS)
_PARTY_REACH = 4  # words between the opener and the person: "included [Barbados ’ new] Ambassador"


def told_in_speech(
    article: Article, people: Sequence[Person], statements: Sequence[Statement]
) -> tuple[Person, ...]:
    """The people again, those named only in clauses others reported no longer taking part
    (see the module docstring)."""
    speakers = {s.speaker_id for s in statements}
    people = _commentators_away(article, people, statements)
    reported = [(s.start, s.end) for s in statements if _reported_clause(article, s)]
    if not reported:
        return tuple(people)
    spoken = [*quoted_spans(article), *reported]
    others = _others_pronouns(article, people, statements)
    return tuple(
        replace(p, took_part=False)
        if p.took_part
        and p.id not in speakers
        and not any(_in_party(article, m) for m in p.spans)
        and not took_part(article, tuple(m for m in p.spans if m.start not in others) or p.spans, spoken)
        else p
        for p in people
    )


def _commentators_away(
    article: Article, people: Sequence[Person], statements: Sequence[Statement]
) -> Sequence[Person]:
    """A news story's commentators: one named after the lead only in sentences that hold their
    own words, some of them said away from the event ("Mr. Tom Berg, an opposition member, said
    in a statement ...", "Dr. Ana Ruiz ... told the agency", ``OUTSIDE_CHANNELS``) or brought in
    with an indefinite description ("Mr. Ivo Stam, a fruit grower, said ..."), reacted to it and
    was not there."""
    own: dict[str, set[int]] = {}
    for s in statements:
        if s.speaker_id and s.speaker_kind == "person" and s.sentence >= 0:
            own.setdefault(s.speaker_id, set()).add(s.sentence)
    # the cheap test first: almost every speaker is named in the lead or outside their words
    only_speaking = [
        p
        for p in people
        if p.took_part and p.id in own and all(m.paragraph > 0 and m.sentence in own[p.id] for m in p.spans)
    ]
    away = {
        p.id
        for p in only_speaking
        if _brought_in(article, p) or any(_said_away(article, n) for n in own[p.id])
    }
    if not away:
        return people
    return [replace(p, took_part=False) if p.id in away else p for p in people]


def _brought_in(article: Article, person: Person) -> bool:
    """Whether the person is first named opening a sentence, with an indefinite description:
    "Mr. Ivo Stam, a fruit grower from Lask, said ...", "Dr. Ana Ruiz, an economist at the Vell
    Institute, said ...": a voice the writer brought in, not one of the event's cast, whom a
    release names by their post ("the Director of X, Mr. Y"). Not one the description puts at
    the event ("Ms. Ada Obi, a participant from Ghana, said ...", ``ATTENDEE_WORDS``), nor one
    named after their words ('"It was useful," said Ms. Ada Obi, a student'): the audience."""
    first = next((m for m in person.spans if m.kind == "name"), None)
    if first is None or first.sentence < 0:
        return False
    tokens = article.tokens
    opening = tokens.sentence_first[first.sentence]
    if tokens.starts[opening] != first.start:
        return False
    lows = tokens.lows
    i = bisect_left(tokens.starts, first.end)
    end = tokens.sentence_first[first.sentence + 1]
    if i + 2 >= end or lows[i] != "," or lows[i + 1] not in ("a", "an"):
        return False
    for k in range(i + 2, end):
        if lows[k] in (",", ";", "(", ")"):
            break
        if lows[k] in lex.ATTENDEE_WORDS:
            return False
    return True


def _said_away(article: Article, sentence: int) -> bool:
    """Whether the sentence tells words said away from the event: "said in a statement"."""
    sent = article.sentences[sentence]
    text = article.text[sent.start : sent.end].casefold()
    return any(phrase in text for phrase in lex.OUTSIDE_CHANNELS)


def _others_pronouns(article: Article, people: Sequence[Person], statements: Sequence[Statement]) -> set[int]:
    """Where the pronouns stand that open a speech cue the statements gave to someone else:
    "While the debate turned on Mr. X's plan, [he] considered that ...", the statement Ms. Y's,
    is not X speaking, whoever the pronoun was first read as."""
    cues = {
        (s.sentence, s.cue.split()[0].casefold()): s.speaker_id
        for s in statements
        if s.speaker_id and not s.direct and s.cue.strip()
    }
    found: set[int] = set()
    if not cues:
        return found
    text = article.text
    for p in people:
        for m in p.spans:
            if m.kind != "pronoun":
                continue
            after = text[m.end : m.end + _CUE_LOOK].split(maxsplit=1)
            speaker = cues.get((m.sentence, after[0].casefold())) if after else None
            if speaker is not None and speaker != p.id:
                found.add(m.start)
    return found


_CUE_LOOK = 40  # characters after a pronoun to find the cue word it is the subject of


def _reported_clause(article: Article, s: Statement) -> bool:
    """Whether a statement's content is a clause a person or a group reported: "She said [the
    Minister returned ...]"; not a quotation (the people stage read those), not a speech
    act's object ("thanked [Ms. X for ...]"), not an organization's ("the ministry said")."""
    if s.direct or s.parts or s.speaker_kind == "organization" or s.sentence < 0:
        return False
    w = words_of_sentence(article.text, article.tokens, s.sentence)
    k = bisect_left(w.starts, s.start)
    end = bisect_right(w.starts, s.end - 1)
    if not k < end <= len(w):
        return False
    cue = s.cue.casefold()
    lemma = next((w.words[n].lemma for n in range(k - 1, -1, -1) if w.lows[n] == cue), None)
    return clause_for(lemma or cue, w, k, end)


def _in_party(article: Article, m: Mention) -> bool:
    """Whether a mention follows words that make the person a member of a party: "the
    delegation which included Barbados’ new Ambassador", "a team led by Dr. X"; within a few
    words and no comma."""
    if m.sentence < 0:
        return False
    tokens = article.tokens
    first = tokens.sentence_first[m.sentence]
    i = bisect_left(tokens.starts, m.start)
    lows = tokens.lows
    for k in range(i, max(first, i - _PARTY_REACH) - 1, -1):
        if any(
            k - len(phrase) >= first and tuple(lows[k - len(phrase) : k]) == phrase
            for phrase in _PARTY_OPENERS
        ):
            return True
        if k > first and lows[k - 1] in (",", ";", ":", "."):
            return False
    return False
