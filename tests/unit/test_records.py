"""records.frozen: a frozen dataclass with slots and a fast __init__, otherwise the same as dataclass(frozen=True)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from perfdesk.core.domain.records import frozen


@frozen
class Sample:
    name: str
    points: int = 10
    tags: list[str] = dataclasses.field(default_factory=list)

    @property
    def double(self) -> int:
        return self.points * 2


@dataclasses.dataclass(frozen=True)
class Reference:
    name: str
    points: int = 10
    tags: list[str] = dataclasses.field(default_factory=list)


def test_a_record_keeps_its_fields_defaults_and_a_fresh_default_from_the_factory():
    first, second = Sample("a"), Sample("b", 3, ["x"])
    assert (first.name, first.points, first.tags) == ("a", 10, [])
    assert (second.name, second.points, second.tags, second.double) == ("b", 3, ["x"], 6)
    assert Sample("a").tags is not first.tags
    assert Sample(name="c", points=1).points == 1


def test_a_record_compares_hashes_prints_and_replaces_as_a_frozen_dataclass_does():
    assert Sample("a", 1, ["x"]) == Sample("a", 1, ["x"]) != Sample("a", 2, ["x"])
    assert hash(Sample("a", 1, ())) == hash(Sample("a", 1, ())) == hash(Reference("a", 1, ()))  # type: ignore[arg-type]
    assert repr(Sample("a", 1)) == repr(Reference("a", 1)).replace("Reference", "Sample")
    assert dataclasses.replace(Sample("a", 1), points=5) == Sample("a", 5)
    assert [f.name for f in dataclasses.fields(Sample)] == ["name", "points", "tags"]
    assert pickle.loads(pickle.dumps(Sample("a", 2, ["y"]))) == Sample("a", 2, ["y"])


def test_a_record_refuses_changes_and_new_attributes():
    record = Sample("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.points = 3  # type: ignore[misc]
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError, TypeError)):  # 3.11: TypeError
        record.other = 1  # type: ignore[attr-defined]
    assert not hasattr(record, "__dict__")


def test_missing_arguments_fail_as_in_a_dataclass():
    with pytest.raises(TypeError):
        Sample()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Sample("a", 1, [], "extra")  # type: ignore[call-arg]


def test_classes_the_fast_init_cannot_serve_are_refused():
    with pytest.raises(TypeError):
        @frozen
        class WithPostInit:
            name: str

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):
        @frozen
        class WithKeywordOnly:
            name: str = dataclasses.field(kw_only=True)
