"""letters: the register of document numbers (发文字号) given to printed letters

Revision ID: lead_document_numbers
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "lead_document_numbers"
down_revision = "fd_gui_project_retired"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_number",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("prefix", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("issued", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("prefix", "year", "seq", name="uq_document_number_seq"),
        sa.UniqueConstraint("title", "recipient", "issued", name="uq_document_number_letter"),
    )


def downgrade() -> None:
    op.drop_table("document_number")
