"""``python -m briefcli``."""

from briefcli.cli import main

main()
