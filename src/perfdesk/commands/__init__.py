"""CLI subcommands, one module per area; discovered by :func:`perfdesk.cli.command_modules`."""
