"""The settings page shows no parameter of a feature that does not exist (issue 18): every parameter it shows is
read by some code of PerfDesk, and each one held back (``NOT_YET_USED``) is read by none, so it is shown as soon
as its feature lands."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from perfdesk.core.rules import params as P

SRC = Path(__file__).resolve().parents[2] / "src" / "perfdesk"
DECLARING = {SRC / "core" / "rules" / "params.py", SRC / "gui" / "pages" / "settings.py"}


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SRC.rglob("*.py")) if p not in DECLARING)


def read_in(name: str, text: str) -> bool:
    """Whether ``text`` reads a parameter: an attribute ``.name`` (not ``XParams.name`` in a docstring) or the
    name as a key (``"name"``)."""
    return re.search(rf"(?<!Params)\.{name}\b|[\"']{name}[\"']", text) is not None


def _with_properties(text: str) -> str:
    """The code, plus the body of each property of a group that the code reads (``ExAnteParams.shares`` reads
    the four ``share_*`` parameters)."""
    bodies = [inspect.getsource(obj.fget) for cls in P.ALL_GROUPS for name, obj in vars(cls).items()
              if isinstance(obj, property) and read_in(name, text)]
    return "\n".join([text, *bodies])


TEXT = _with_properties(_sources())


def read_anywhere(name: str) -> bool:
    return read_in(name, TEXT)


FIELDS = [(cls.GROUP, f.name) for cls in P.ALL_GROUPS for f in P.fields_of(cls)]


@pytest.mark.parametrize(("group", "name"), FIELDS, ids=[f"{g}.{n}" for g, n in FIELDS])
def test_a_shown_parameter_is_read_by_a_feature_and_a_held_back_one_by_none(group: str, name: str) -> None:
    held_back = f"{group}.{name}" in P.NOT_YET_USED
    assert read_anywhere(name) is not held_back, (
        f"{group}.{name} is read by a feature: remove it from NOT_YET_USED" if held_back
        else f"{group}.{name} is shown on the settings page but no feature reads it")


def test_the_ex_ante_parameters_are_shown_now_that_the_feature_exists() -> None:
    assert [f.name for f in P.shown_fields(P.ExAnteParams)] == [f.name for f in P.fields_of(P.ExAnteParams)]
