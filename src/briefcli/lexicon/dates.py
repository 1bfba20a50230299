"""Calendar words for dates and date lines.

Each table says what it is for and shows a sentence it targets. The analysis stages import
these tables; they hold no logic.
"""

from __future__ import annotations

# Month names and the abbreviations press releases use ("25 Oct. 2021", "Sept 3, 2019").
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Weekday names a date line may carry: "Thursday 9 June 2022".
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

# Full weekday names, Monday first (index = ``date.weekday()``): "on Monday", "last Tuesday".
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

# Deictic day words, counted from the publication date (days): "At a meeting today, the
# Minister thanked ..."; "The delegation arrived yesterday"; "The talks end tomorrow".
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "earlier today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

# Deictic weeks and months, counted from the publication date (weeks or months):
# "The Council met last week"; "The summit will take place next month".
RELATIVE_WEEKS: dict[str, int] = {"last week": -1, "this week": 0, "next week": 1}
RELATIVE_MONTHS: dict[str, int] = {"last month": -1, "this month": 0, "next month": 1}

# Anaphoric day words, counted from the date the text gave last (days): "The Forum opened on
# 5 May. The following day, the Ministers signed the agreement."
FOLLOWING_DAYS: dict[str, int] = {
    "the following day": 1,
    "the next day": 1,
    "the day after": 1,
    "a day later": 1,
    "one day later": 1,
    "two days later": 2,
    "three days later": 3,
    "the same day": 0,
    "that day": 0,
    "the previous day": -1,
    "the day before": -1,
    "a day earlier": -1,
}

# Anaphoric months (months): "The agreement was signed in May; the next month, it entered into force."
FOLLOWING_MONTHS: dict[str, int] = {
    "the following month": 1,
    "the next month": 1,
    "the previous month": -1,
    "the month before": -1,
}

# Words that open a weekday reference and say which way it points: "on Monday" (the last
# Monday on or before the publication date, or the next one in a future-tense clause),
# "last Monday" (before), "next Monday" (after).
WEEKDAY_LEADS: dict[str, int] = {
    "on": 0,
    "last": -1,
    "this past": -1,
    "next": 1,
    "this coming": 1,
    "coming": 1,
}

# Words that may stand before a month without a day or year and make it a date: "in June",
# "since March", "by mid-April", "at the end of May", "last September". Without one of these
# a capitalised "May" or "March" is not a date ("May I ask ...", "March Forward campaign").
MONTH_LEADS: tuple[str, ...] = (
    "in", "since", "until", "till", "by", "during", "throughout", "from", "last", "next",
    "this", "early", "late", "mid", "mid-", "end of", "beginning of", "start of", "middle of",
    "the end of", "the beginning of", "the start of", "the middle of",
)  # fmt: skip

# Words that make a date a deadline, not a day on which something happens: "urged the members
# to ratify the treaty by 30 June", "reports are due no later than the end of March".
DEADLINE_LEADS: tuple[str, ...] = ("by", "no later than", "not later than")

# Words that put a clause in the future: "the Summit, which will begin on 14 December".
# A date without a year in such a clause falls on or after the reference date.
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "shall", "would", "'ll", "upcoming", "forthcoming", "next", "scheduled", "planned",
    "to be held", "is to", "are to", "due to", "expected to", "set to", "ahead of",
)  # fmt: skip

# Verbs that look ahead: what follows them, an infinitive ("agreed to present the plan at the
# summit in October") or a mandative "that" clause ("recommended that the text be adopted in
# November"), happens after the verb, however past the verb itself is. Only such a verb before
# the date in its clause counts ("The Board met in May and agreed to ..." keeps May in the past).
INTENT_VERBS: tuple[str, ...] = (
    "agree", "agreed", "agrees", "decide", "decided", "decides", "resolve", "resolved", "resolves",
    "pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows",
    "undertake", "undertook", "undertakes", "commit", "committed", "commits", "plan", "plans",
    "intend", "intended", "intends", "aim", "aimed", "aims", "hope", "hoped", "hopes",
    "prepare", "prepared", "prepares", "invite", "invited", "invites", "urge", "urged", "urges",
    "ask", "asked", "asks", "call on", "called on", "calls on", "encourage", "encouraged",
    "encourages",
)  # fmt: skip
MANDATIVE_VERBS: tuple[str, ...] = (
    "recommend", "recommended", "recommends", "propose", "proposed", "proposes", "suggest",
    "suggested", "suggests", "request", "requested", "requests", "urge", "urged", "urges",
    "insist", "insisted", "insists", "demand", "demanded", "demands", "ask", "asked", "asks",
)  # fmt: skip

# A meeting's length said with its opening or its close: the day the sentence gives is its first
# or its last day. "The Council on Friday concluded a three-day session" (Wednesday to Friday);
# "at the close of a two-day meeting on 4 May" (3 to 4 May); "opened a four-day forum on 2 May".
DURATION_CLOSES: tuple[str, ...] = (
    "concluded", "concludes", "closed", "closes", "ended", "ends", "wound up", "winds up",
    "wrapped up", "wraps up", "close of", "end of", "conclusion of", "closing of", "closing",
)  # fmt: skip
DURATION_OPENS: tuple[str, ...] = (
    "opened", "opens", "began", "begins", "started", "starts", "launched", "launches",
    "kicked off", "kicks off", "opening of", "start of", "beginning of", "opening",
)  # fmt: skip
# Numbers of days in words: "a three-day meeting".
DAY_COUNTS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip

# Words that put a date in the background of the scene its sentence tells: a second date in
# such a phrase is not the one "the following day" counts from. "The Minister on 8 May received
# the envoy, two days after the summit held on 5 and 6 May. The following day, ..." is 9 May.
BACKGROUND_LEADS: tuple[str, ...] = ("after", "before", "since", "following", "prior to")
# Participles that, right after a noun, make a reduced relative clause: "the summit held on ...".
BACKGROUND_PARTICIPLES: tuple[str, ...] = (
    "held", "signed", "adopted", "organised", "organized", "hosted", "convened", "concluded",
)  # fmt: skip

# Irregular past forms (regular ones end in "-ed"): "the Working Group held from 2 to 4
# May". A date without a year in a past-tense clause falls on or before the reference date.
PAST_FORMS: tuple[str, ...] = (
    "was", "were", "had", "been", "did", "met", "held", "took", "gave", "spoke", "made", "paid", "led",
    "went", "saw", "sent", "began", "became", "undertook", "brought", "told", "said", "wrote",
    "came", "found", "left", "won", "kept", "chose", "drew", "ran", "stood", "sat",
    "heard", "built", "sought", "taught", "thought", "felt", "meant", "shook",
    "spent", "struck", "sold", "bought", "laid", "forgot", "overtook", "withdrew", "oversaw",
)  # fmt: skip
