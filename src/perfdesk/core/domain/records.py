"""Frozen dataclasses that are cheap to create and to keep.

The ``__init__`` that ``dataclass(frozen=True)`` generates sets each field through ``object.__setattr__`` (to get
past the class's own ``__setattr__``, which refuses changes): several times the cost of a plain assignment.
Scoring creates lines, results, flags and parsed values by the ten thousand per run and keeps them, so those
classes use :func:`frozen`: the same frozen dataclass (fields, defaults, equality, hash, repr,
``dataclasses.replace``, changes refused after creation) with slots (no per-instance dict: half the objects for
Python's cycle collector to walk) and an ``__init__`` that sets each slot through the slot's own descriptor
(see :func:`_init`) instead of the general ``object.__setattr__``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_NO_DEFAULT: Any = object()


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True, slots=True)`` with a faster ``__init__``. Only plain fields (with or without a
    default or a default factory) are supported: no ``__post_init__``, ``InitVar``, ``init=False``, keyword-only
    fields, own ``__slots__``."""
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: frozen() supports plain fields only")
    cls = dataclasses.dataclass(frozen=True, slots=True)(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: frozen() supports plain fields only")
    cls.__init__ = _init(cls, fields)  # type: ignore[misc]
    return cls


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Any:
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
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's own setter
        body.append(f"    _set_{f.name}(self, {value})")
    source = "\n".join([f"def __init__(self, {', '.join(params)}):", *body, "    pass"])
    exec(source, namespace)  # generated from the field names only, as dataclasses itself does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init
