"""Renderers: plain dicts from ``briefcli.present.views`` -> terminal, template or data formats."""
