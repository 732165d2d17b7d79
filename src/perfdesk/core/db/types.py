"""Column types: exact decimals stored as text on SQLite (NUMERIC elsewhere) and JSON text."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept exactly: TEXT on SQLite (which has no decimal type), NUMERIC without a fixed scale elsewhere
    (PostgreSQL then gives back ``0.1`` as ``0.1`` and ``100`` as ``100``, digit for digit what was stored, as
    SQLite's text does; a fixed scale would give ``0.100000``)."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("DecimalText refuses floats; use Decimal")
        value = Decimal(value)
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))

    def bind_processor(self, dialect: Dialect) -> Any:
        """On SQLite a Decimal is written as ``str(value)`` directly (what :meth:`process_bind_param` gives it):
        bulk imports write tens of thousands of them."""
        general = super().bind_processor(dialect)
        if dialect.name != "sqlite" or general is None:
            return general

        def process(value: Any) -> Any:
            return str(value) if value.__class__ is Decimal else general(value)

        return process


class ExactDecimals:
    """Stored decimal texts (a column read through ``type_coerce(column, String)``) to Decimals, each distinct text
    converted once: for reads of tens of thousands of rows, where weights and values repeat. Gives what
    :class:`DecimalText` gives (on other databases the driver's Decimal passes through)."""

    def __init__(self) -> None:
        self._done: dict[Any, Decimal | None] = {None: None}

    def __call__(self, value: Any) -> Decimal | None:
        found = self._done.get(value, False)
        if found is False:
            found = self._done[value] = value if isinstance(value, Decimal) else Decimal(str(value))
        return found  # type: ignore[return-value]


class JSONText(TypeDecorator[Any]):
    """JSON stored as text (readable in any SQLite browser), non-ASCII kept as is."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(value)
