"""The presentation layer: a Briefing turned into plain dicts, one per view (``views``), the
summary's selection of what a briefing note shows first (``summary``), and dates for reading
(``dates``). Each module imports only those after it in this list."""
