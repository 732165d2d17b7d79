"""Self-evaluation scoring (绩效自评, RULES §4) and spot-check review (RULES §5), one module per rule.

Entry point: :func:`perfdesk.core.rules.scoring.engine.score_evaluation`. Every function takes and returns plain
frozen dataclasses; nothing here touches the database.
"""
