"""Domain vocabulary as data, one module per subject: ``dates`` (months, weekdays), and the
tables the analysis stages add (people: honorifics and titles; sections: scene cues; statements:
speech cues). Each table says what it is for and shows a sentence it targets; no logic here."""
