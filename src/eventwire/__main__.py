"""Run the CLI with ``python -m eventwire``."""

from eventwire.cli import main

main()
