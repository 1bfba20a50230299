"""The presentation layer: a Briefing turned into plain dicts, one per view (``views``), and
the summary's selection of what a briefing note shows first (``summary``)."""
