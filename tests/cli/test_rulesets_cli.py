"""``perfdesk rulesets list|apply``: a county starts from a named rule set and keeps its other settings."""

from __future__ import annotations

import json

import pytest

from perfdesk.cli import main
from perfdesk.core.db.engine import open_database
from perfdesk.core.i18n import set_translator
from perfdesk.core.rules.params import MonitoringParams, RankingParams
from perfdesk.core.services import settings


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    yield
    set_translator(None)


def test_the_rule_sets_are_listed_with_what_they_set(empty_db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(empty_db_path), "--lang", "en", "rulesets", "list", "--json"]) == 0
    sets = {rs["key"]: rs for rs in json.loads(capsys.readouterr().out)}
    assert sets["schedule_2025"]["values"]["monitoring.schedule"] == [["4", "25"], ["6", "40"], ["8", "60"], ["10", "80"]]
    assert sets["grade_treatment"]["values"]["ranking.grade_poor_decision"] == "cancel"


def test_applying_a_rule_set_changes_only_its_parameters(empty_db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(empty_db_path), "--lang", "en", "rulesets", "apply", "grade_treatment"]) == 0
    assert "settings changed" in capsys.readouterr().out
    assert main(["--db", str(empty_db_path), "--lang", "en", "rulesets", "apply", "schedule_2025"]) == 0
    with open_database(empty_db_path) as db, db.sessions() as s:
        ranking, monitoring = settings.load(s, RankingParams), settings.load(s, MonitoringParams)
    assert ranking.rule_set == "grade" and monitoring.warning_basis == "schedule"
    assert monitoring.red_lag_points == MonitoringParams().red_lag_points
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(empty_db_path), "rulesets", "apply", "nonsense"])
    assert refused.value.code == 2
