"""accounts and audit: password hashes, first-login change, lockout; the audit log chained by hashes

Revision ID: accounts_audit_chain
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from perfdesk.core.db.audit_chain import GENESIS, row_hash

revision = "accounts_audit_chain"
down_revision = "postgres_row_versions"  # chained after postgres_row_versions when merging
branch_labels = None
depends_on = None

USER_COLUMNS = (
    sa.Column("password_hash", sa.String(200), nullable=False, server_default=""),
    sa.Column("must_change", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("password_changed_at", sa.DateTime(), nullable=True),
    sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("locked_until", sa.DateTime(), nullable=True),
    sa.Column("last_login_at", sa.DateTime(), nullable=True),
)

# append-only on SQLite: rows are never updated; only rows older than six months may be deleted (purge)
TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN old.at > datetime('now', '-183 days') "
    "BEGIN SELECT RAISE(ABORT, 'audit entries younger than six months are kept'); END",
)


def upgrade() -> None:
    for column in USER_COLUMNS:  # plain ADD COLUMN (batch mode would copy the table)
        op.add_column("app_user", column)
    op.add_column("audit_log", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
    op.add_column("audit_log", sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    op.create_index(op.f("ix_audit_log_seq"), "audit_log", ["seq"], unique=True)
    _chain_existing_rows()
    if op.get_bind().dialect.name == "sqlite":
        for sql in TRIGGERS:
            op.execute(sql)


def _chain_existing_rows() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, at, user, action, entity, entity_id, details FROM audit_log ORDER BY id")).all()
    prev = GENESIS
    for seq, (row_id, at, user, action, entity, entity_id, details) in enumerate(rows, start=1):
        when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        parsed = json.loads(details) if isinstance(details, str) else details
        digest = row_hash(seq=seq, at=when, user=user or "", action=action, entity=entity or "",
                          entity_id=entity_id, details=parsed, prev_hash=prev)
        bind.execute(sa.text("UPDATE audit_log SET seq = :s, prev_hash = :p, hash = :h WHERE id = :i"),
                     {"s": seq, "p": prev, "h": digest, "i": row_id})
        prev = digest


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.drop_index(op.f("ix_audit_log_seq"), table_name="audit_log")
    for name in ("hash", "prev_hash", "seq"):
        op.drop_column("audit_log", name)
    for column in reversed(USER_COLUMNS):
        op.drop_column("app_user", column.name)
