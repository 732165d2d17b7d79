"""Plain domain types shared by every layer: exact money, scores, user-facing errors, enumerations."""

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import RoundingMode, grade_for, round_score

__all__ = ["Money", "RoundingMode", "UserError", "UserErrors", "grade_for", "round_score"]
