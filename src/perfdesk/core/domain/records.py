"""Frozen dataclasses that are cheap to create.

The ``__init__`` that ``dataclass(frozen=True)`` generates sets each field through ``object.__setattr__`` (to get
past the class's own ``__setattr__``, which refuses changes): three to five times the cost of a plain assignment.
Scoring creates lines, results, flags and parsed values by the ten thousand per run, so those classes use
:func:`frozen`: the same frozen dataclass (fields, defaults, equality, hash, repr, ``dataclasses.replace``, and
changes refused after creation) whose ``__init__`` writes the new instance's dict directly.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_NO_DEFAULT: Any = object()


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True)`` with a faster ``__init__``. Only plain fields (with or without a default or a
    default factory) are supported: no ``__post_init__``, ``InitVar``, ``init=False``, keyword-only fields, slots."""
    cls = dataclasses.dataclass(frozen=True)(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    unsupported = (hasattr(cls, "__post_init__") or hasattr(cls, "__slots__")
                   or any(not f.init or f.kw_only for f in fields))
    if unsupported:
        raise TypeError(f"{cls.__name__}: frozen() supports plain fields only")
    cls.__init__ = _init(cls.__qualname__, fields)  # type: ignore[misc]
    return cls


def _init(qualname: str, fields: tuple[dataclasses.Field[Any], ...]) -> Any:
    namespace: dict[str, Any] = {"_NO_DEFAULT": _NO_DEFAULT}
    params, body = [], []
    for f in fields:
        value = f.name
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_NO_DEFAULT")
            value = f"_factory_{f.name}() if {f.name} is _NO_DEFAULT else {f.name}"
        else:
            params.append(f.name)
        body.append(f"    d[{f.name!r}] = {value}")
    source = "\n".join([f"def __init__(self, {', '.join(params)}):", "    d = self.__dict__", *body])
    exec(source, namespace)  # generated from the field names only, as dataclasses itself does
    init = namespace["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init
