"""``python -m perfdesk`` opens the GUI (arguments are passed to the CLI parser)."""

from perfdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
