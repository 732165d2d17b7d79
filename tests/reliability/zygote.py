"""A process that has imported PerfDesk once and forks a child per command line, so that a kill campaign can
kill hundreds of real CLI runs without paying Python's start-up each time.

Protocol on stdin/stdout, one JSON line each: ``{"run": [argv...]}`` → the child's pid;
``{"wait": pid}`` → its wait status (the test kills the child in between, or lets it finish)."""

from __future__ import annotations

import json
import os
import sys


def preload() -> None:
    import openpyxl  # noqa: F401
    import python_calamine  # noqa: F401

    import perfdesk.cli  # noqa: F401
    from perfdesk.commands import database, library, monitor, rank, selfeval, targets  # noqa: F401
    from perfdesk.core.db import migrate
    from perfdesk.core.i18n import load_catalogue
    from perfdesk.core.services import (  # noqa: F401
        library as library_service,
    )

    migrate.revisions()
    load_catalogue("zh_CN")  # parsed once here, not in every child


def child(argv: list[str]) -> None:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    from perfdesk.cli import main

    try:
        code = main(argv)
    except BaseException:  # noqa: BLE001 - a traceback is a failure the campaign reports by the exit code
        code = 99
    os._exit(code)


def serve() -> None:
    preload()
    print(json.dumps("ready"), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if "run" in request:
            pid = os.fork()
            if pid == 0:
                child(request["run"])
            print(json.dumps(pid), flush=True)
        else:
            _pid, status = os.waitpid(request["wait"], 0)
            print(json.dumps(status), flush=True)


if __name__ == "__main__":
    serve()
