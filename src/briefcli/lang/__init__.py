"""Language data, one folder per language (spaCy's ``lang/xx``): ``briefcli.lang.en`` is English.

A language is words in JSON files and a little grammar in code beside them: code holds grammar,
data holds words, so a second language is an addition, not a rewrite. ``lists`` holds what every
language's files share: word lists and word maps, and the checks of a file.

Records are the JSON objects themselves, typed as ``TypedDict``s: a record costs nothing to
build, and the checks establish the shape the types state. What the stages look up is compiled
from them once and kept (see ``briefcli.lang.en.load``).
"""


class LanguageDataError(ValueError):
    """A data file breaks its format: a duplicate entry, an unknown flag or role, a missing field."""
