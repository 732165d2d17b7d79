"""Key evaluations end to end in the database (RULES §6): created from the framework, scored from the figures,
graded, ranked in their category, findings on the ledger; agencies, experts and the recorded draw."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import keyeval, ledger, ranking
from perfdesk.core.services import keyeval_registry as reg
from tests.services.keyeval_helpers import WAN, count, fill_figures, free_project, work


def new_evaluation(db, **kw) -> int:  # type: ignore[no-untyped-def]
    code, _budget = free_project(db)
    values = {"year": 2025, "title": "测试项目重点绩效评价", "object_kind": "project", "project_code": code} | kw
    with work(db) as uow:
        return keyeval.create_evaluation(uow, **values)


def test_a_new_evaluation_copies_the_framework_and_takes_the_project_budget(demo_db) -> None:  # type: ignore[no-untyped-def]
    code, budget = free_project(demo_db)
    kid = new_evaluation(demo_db)
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        assert k.budget_fen == budget and k.category == "key_single" and k.status == "draft"
        assert [ln.level1 for ln in k.lines][:1] == ["决策"] and len(k.lines) == 20
        assert sum(ln.points for ln in k.lines) == 100
        assert k.score is None  # nothing scored yet


def test_creating_refuses_a_missing_title_project_or_department(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = count(demo_db, m.KeyEvaluation)
    with work(demo_db) as uow, pytest.raises(UserErrors):
        keyeval.create_evaluation(uow, year=2025, title=" ", object_kind="project")
    with work(demo_db) as uow, pytest.raises(UserErrors, match="NOPE"):
        keyeval.create_evaluation(uow, year=2025, title="x", object_kind="project", project_code="NOPE")
    with work(demo_db) as uow, pytest.raises(UserErrors):
        keyeval.create_evaluation(uow, year=2025, title="专项资金评价", object_kind="special_fund")
    assert count(demo_db, m.KeyEvaluation) == before


def test_scoring_from_the_figures_gives_each_formula_and_the_grade(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    fill_figures(demo_db, kid)
    with work(demo_db) as uow:
        result = keyeval.score_evaluation(uow, kid)
    with demo_db.sessions() as s:
        lines = {ln.level3: ln for ln in s.get(m.KeyEvaluation, kid).lines}
    assert lines["资金到位率"].score == Decimal("3.84")  # 4 × 480/500
    assert lines["预算执行率"].score == Decimal("4.69")  # 5 × 450/480 = 4.6875
    assert lines["实际完成率"].score == Decimal("9.50")  # 10 × 95/100
    assert lines["质量达标率"].score == Decimal("9.47")  # 10 × 90/95 = 9.4736…
    assert lines["成本节约率"].score == Decimal("7.00")  # saved 10%: full
    assert lines["服务对象满意度"].score == Decimal("7.82")  # 8 × 88/90 = 7.8222…
    assert lines["完成及时性"].score == 6
    assert "实际到位资金480 ÷ 预算资金500 = 96.00%" in lines["资金到位率"].basis
    hand = 100 - 4 - 5 - 10 - 10 - 7 - 8 - 8 + 6  # the hand lines' points, 完成及时性 6 of 8
    expected = Decimal("3.84") + Decimal("4.69") + Decimal("9.50") + Decimal("9.47") + 7 + Decimal("7.82") + hand
    assert result.total == expected == Decimal("96.32")
    assert result.grade == "优" and result.unscored == () and result.warnings == ()
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        assert (k.score, k.grade, k.status) == (expected, "优", "scored")
        assert k.params["keyeval"]["min_output_effect_percent"] == "60"


def test_an_unscored_line_leaves_the_total_blank_and_says_why(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    with work(demo_db) as uow:
        result = keyeval.score_evaluation(uow, kid)
    assert result.total is None and result.grade == ""
    assert any("资金到位率" in u for u in result.unscored)


def test_a_hand_score_above_the_points_or_on_a_formula_line_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    with demo_db.sessions() as s:
        first = s.get(m.KeyEvaluation, kid).lines[0]
        line_id, points = first.id, first.points
    with work(demo_db) as uow, pytest.raises(UserErrors):
        keyeval.update_line(uow, kid, line_id, score=points + 1)
    with demo_db.sessions() as s:
        assert s.get(m.KeyEvaluationLine, line_id).score is None


def test_the_framework_template_is_refused_when_output_and_effect_carry_under_60_percent(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        lines = keyeval.template_lines(s)
    heavy = [dict(ln) for ln in lines]
    heavy[0]["points"] += 6  # 决策 21
    heavy[-1]["points"] -= 6  # 效益 24 → 产出 + 效益 59%
    with work(demo_db) as uow, pytest.raises(UserErrors, match="59"):
        keyeval.save_template(uow, heavy)
    assert count(demo_db, m.KeyEvalTemplateLine) == 0
    heavy[-1]["points"] += 1  # 产出 + 效益 = 60 of 101 points: the total is wrong
    with work(demo_db) as uow, pytest.raises(UserErrors, match="101"):
        keyeval.save_template(uow, heavy)
    even = [dict(ln) for ln in lines]
    even[0]["points"] += 5
    even[-1]["points"] -= 5  # 决策 20 … 产出 + 效益 = 60 exactly
    with work(demo_db) as uow:
        keyeval.save_template(uow, even)
    assert new_evaluation(demo_db)
    with demo_db.sessions() as s:
        assert keyeval.template_lines(s)[0]["points"] == lines[0]["points"] + 5
        newest = s.scalars(select(m.KeyEvaluation).order_by(m.KeyEvaluation.id.desc())).first()
        assert newest.lines[0].points == lines[0]["points"] + 5


def test_a_scored_evaluation_ranks_its_project_in_the_key_category(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    fill_figures(demo_db, kid)
    with demo_db.sessions() as s:
        pid = s.get(m.KeyEvaluation, kid).project_id
        project_code = s.get(m.Project, pid).code
        result = ranking.compute(s, 2025)
    entry = next(e for e in result.entries if e.code == project_code)
    assert entry.score_source == "key" and entry.score == Decimal("96.32") and entry.category == "key_project"


def test_a_special_fund_ranks_apart_and_a_department_evaluation_is_not_ranked(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        unit = s.scalar(select(m.Unit.code).where(m.Unit.parent_id.is_(None)).order_by(m.Unit.code))
    ids = {}
    for kind in ("special_fund", "department", "policy"):
        with work(demo_db) as uow:
            ids[kind] = keyeval.create_evaluation(uow, year=2025, title=f"{kind}评价", object_kind=kind,
                                                  unit_code=unit, budget_fen=100 * WAN)
        fill_figures(demo_db, ids[kind])
    with demo_db.sessions() as s:
        entries = {e.code: e for e in ranking.compute(s, 2025).entries}
    assert entries[f"KE-{ids['special_fund']}"].category == "key_comprehensive"
    assert entries[f"KE-{ids['policy']}"].category == "key_policy"
    assert f"KE-{ids['department']}" not in entries


def test_each_finding_becomes_one_ledger_item_once(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    with work(demo_db) as uow:
        keyeval.update_evaluation(uow, kid, findings="绩效目标不够细化\n\n部分资金拨付滞后", suggestions="细化指标；加快拨付")
    with work(demo_db) as uow:
        made = keyeval.findings_to_ledger(uow, kid)
    assert len(made) == 2
    with work(demo_db) as uow:
        assert keyeval.findings_to_ledger(uow, kid) == []
        assert ledger.items_from_findings(uow, 2025)["evaluation"] >= 0
    with demo_db.sessions() as s:
        items = s.scalars(select(m.RectificationItem).where(
            m.RectificationItem.source_ref.like(f"key_evaluation:{kid}%"))).all()
        project = s.get(m.Project, s.get(m.KeyEvaluation, kid).project_id)
    assert sorted(i.problem for i in items) == ["测试项目重点绩效评价：绩效目标不够细化", "测试项目重点绩效评价：部分资金拨付滞后"]
    assert {i.unit_id for i in items} == {project.unit_id} and items[0].measure == "细化指标；加快拨付"


# -- agencies and experts --------------------------------------------------------------------------------
def test_an_agency_is_rated_and_its_name_follows_on_its_evaluations(demo_db) -> None:  # type: ignore[no-untyped-def]
    with work(demo_db) as uow:
        aid = reg.add_agency(uow, name="山东某某会计师事务所", contact="李", rating="良好", rating_year=2025)
    with work(demo_db) as uow, pytest.raises(UserErrors):
        reg.add_agency(uow, name="山东某某会计师事务所")
    with work(demo_db) as uow, pytest.raises(UserErrors):
        reg.update_agency(uow, aid, rating="很好")
    kid = new_evaluation(demo_db, agency="山东某某会计师事务所", lead_evaluator="王主评")
    with work(demo_db) as uow:
        reg.update_agency(uow, aid, name="山东某某资产评估有限公司", rating="优秀", rating_note="报告质量高")
    with demo_db.sessions() as s:
        assert s.get(m.KeyEvaluation, kid).agency == "山东某某资产评估有限公司"
        row = next(a for a in reg.agencies(s) if a["id"] == aid)
    assert (row["rating"], row["evaluations"]) == ("优秀", 1)


def test_the_recorded_draw_never_picks_an_expert_with_a_conflict_with_the_evaluated_units(demo_db) -> None:  # type: ignore[no-untyped-def]
    kid = new_evaluation(demo_db)
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        project = s.get(m.Project, k.project_id)
        unit, dept = s.get(m.Unit, project.unit_id), s.get(m.Unit, project.department_id)
    with work(demo_db) as uow:
        for i in range(12):
            conflicts = {0: unit.code, 1: dept.name, 2: "县某局"}.get(i % 4, "")
            reg.add_expert(uow, name=f"专家{i}", field="财务", title="高级会计师", employer=f"某单位{i}",
                           conflicts=conflicts, commit=False)
        reg.add_expert(uow, name="本单位", field="财务", employer=unit.name)
    with demo_db.sessions() as s:
        conflicted = {e["id"] for e in reg.experts(s) if e["conflicts"] in ([unit.code], [dept.name])
                      or e["employer"] == unit.name}
    assert len(conflicted) == 7  # 0, 4, 8 by code; 1, 5, 9 by name; one works there
    first = None
    for seed in range(40):
        with work(demo_db) as uow:
            d = reg.draw_experts(uow, kid, count=5, seed=seed, field="财务")
        assert not conflicted & {e["id"] for e in d["experts"]}
        assert {e["id"] for e in d["excluded"]} == conflicted
        if seed == 0:
            first = d
    with work(demo_db) as uow:
        again = reg.draw_experts(uow, kid, count=5, seed=0, field="财务")
    assert [e["id"] for e in again["experts"]] == [e["id"] for e in first["experts"]]
    with work(demo_db) as uow, pytest.raises(UserErrors, match="6"):
        reg.draw_experts(uow, kid, count=7, seed=1, field="财务")  # 13 − 7 = 6 can be drawn
    with demo_db.sessions() as s:
        assert len(reg.draws(s, kid)) == 41
        assert "seed 0" in reg.draws(s, kid)[0]["rule"]


def test_a_department_s_evaluation_leaves_out_experts_conflicted_with_its_subordinate_units(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        child = s.scalars(select(m.Unit).where(m.Unit.parent_id.is_not(None)).order_by(m.Unit.code)).first()
        parent = s.get(m.Unit, child.parent_id)
    with work(demo_db) as uow:
        kid = keyeval.create_evaluation(uow, year=2025, title="部门整体评价", object_kind="department",
                                        unit_code=parent.code)
    with work(demo_db) as uow:
        sub = reg.add_expert(uow, name="下属单位专家", field="专项", conflicts=child.code)
        reg.add_expert(uow, name="无关专家", field="专项", conflicts="某外县财政局")
    with work(demo_db) as uow:
        d = reg.draw_experts(uow, kid, count=1, seed=5, field="专项")
    assert [e["name"] for e in d["experts"]] == ["无关专家"] and [e["id"] for e in d["excluded"]] == [sub]


def test_a_department_evaluation_cannot_name_a_project(demo_db) -> None:  # type: ignore[no-untyped-def]
    code, _ = free_project(demo_db)
    with demo_db.sessions() as s:
        unit = s.scalar(select(m.Unit.code).where(m.Unit.parent_id.is_(None)).order_by(m.Unit.code))
    with work(demo_db) as uow, pytest.raises(UserErrors, match="clear the project"):
        keyeval.create_evaluation(uow, year=2025, title="部门整体评价", object_kind="department", unit_code=unit,
                                  project_code=code)
