"""Renderers: plain dicts from ``briefcli.present.views`` -> terminal (Rich), templates (Jinja:
md, html, txt), data (json, csv, ics) and docx. ``formats`` is the table of which renders
which view in which format; the CLI offers and calls what it lists."""
