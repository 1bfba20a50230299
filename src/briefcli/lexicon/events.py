"""Words for telling an event in a few words: the main clause of the sentence that dates it.

Each table says what it is for and shows a sentence it targets. ``briefcli.analysis.events``
imports them; they hold no logic. Adding a word is one line.
"""

from __future__ import annotations

# Words that open an introductory phrase, which the short account of an event leaves out:
# "[On 23 October 2021], [at the invitation of the Federal Customs Service], Dr. Kunio Mikuriya
# ... attended the Forum"; "[During the Board session], the delegates adopted ...";
# "[Replying to a question], the Director explained ...".
INTRO_WORDS: frozenset[str] = frozenset({
    "on", "at", "in", "during", "following", "after", "before", "while", "whilst", "from",
    "upon", "with", "under", "as", "since", "within", "over", "throughout", "ahead", "by",
    "between", "among", "amid", "despite", "for", "through", "until", "when", "once", "to",
    "besides", "beyond", "later", "earlier", "meanwhile", "today", "yesterday", "also",
    "furthermore", "moreover", "additionally", "subsequently", "thereafter", "then",
    "accordingly", "notably", "similarly", "likewise", "however", "finally", "first", "lastly",
})  # fmt: skip

# Auxiliaries and forms that make a finite verb, besides past forms in "-ed" and the irregular
# past forms of ``briefcli.lexicon.dates.PAST_FORMS``: "a high-level panel discussion [was] held";
# "President Mensah [has] held a productive meeting"; "The Conference [will] open on 3 May".
FINITE_WORDS: frozenset[str] = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "did", "does", "do", "opens", "meets", "visits", "attends",
    "holds", "signs", "takes", "hosts", "welcomes", "receives", "participates", "speaks",
    "launches", "calls", "joins", "addresses", "chairs", "leads", "pays", "gives", "delivers",
    "begins", "starts", "ends", "concludes", "discusses", "agrees",
})  # fmt: skip

# Words before a place that make it where something happened: "held [in] Bonn, Germany",
# "[visited] Lima, Peru", "an official [mission to] Nairobi, Kenya".
PLACE_LEADS: tuple[str, ...] = (
    "in", "visited", "visit to", "visits to", "mission to", "trip to", "travelled to",
    "traveled to", "journey to", "arrived in", "held in", "hosted in",
)  # fmt: skip

# Capitalised words that follow "in" but name no place: "in Customs reform", "in English",
# "in September", "in Parliament".
NOT_PLACES: frozenset[str] = frozenset({
    "Customs", "English", "French", "Spanish", "Arabic", "Russian", "Chinese", "Parliament",
    "Government", "Council", "Committee", "Article", "Annex", "Chapter", "Section", "Part",
    "Phase", "Stage", "Round", "Session", "Resolution", "Decision", "Order", "Law", "Act",
    "The", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "A", "An",
    "Addition", "Particular", "Line", "Response", "Support", "Light", "View", "Terms",
    "Accordance", "Cooperation", "Collaboration", "Partnership", "Charge", "Person", "Total",
})  # fmt: skip
