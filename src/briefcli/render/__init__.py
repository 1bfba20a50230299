"""Renderers: plain dicts from ``briefcli.views`` -> terminal, template or data formats."""
