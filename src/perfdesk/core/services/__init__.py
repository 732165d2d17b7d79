"""Use cases: ``fn(uow, …, *, progress=None)``. The only code that writes to the database."""
