"""The store: many articles in one SQLite file, searchable and browsable (Datasette), and the
cross-article digest. ``index`` fills it, ``digest`` and ``search`` read it."""
