"""Use cases: ``fn(uow, …, *, progress=None)``. The only code that writes to the database."""

from perfdesk.core.services import access  # noqa: F401  (installs the access check on every write)
