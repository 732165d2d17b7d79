"""About box: version, data folder, database and schema version."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

import perfdesk
from perfdesk.core.db import migrate
from perfdesk.core.db.engine import Database
from perfdesk.core.i18n import translate


def about_text(parent: QWidget, db: Database | None) -> str:
    revision = migrate.current_revision(db.engine) if db else "-"
    name = translate("AboutDialog", "PerfDesk")
    blurb = translate("AboutDialog", "Budget performance management for county finance bureaus and township finance offices.")
    folder, database = translate("AboutDialog", "Data folder"), translate("AboutDialog", "Database")
    schema = translate("AboutDialog", "Schema version")
    lines = [
        f"<h3>{name} (绩效通) {perfdesk.__version__}</h3>",
        f"<p>{blurb}</p>",
        *_region_lines(db),
        f"<p><b>{folder}</b>: {db.data_dir if db and db.data_dir else '-'}</p>",
        f"<p><b>{database}</b>: {db.shown if db else '-'}</p>",
        f"<p><b>{schema}</b>: {revision}</p>",
    ]
    return "".join(lines)


def _region_lines(db: Database | None) -> list[str]:
    """The county the database belongs to, with its 财政区划 code, when recorded."""
    if db is None:
        return []
    from perfdesk.core.services.masterdata import region_of

    with db.sessions() as session:
        region = region_of(session)
    if not region.name and not region.division:
        return []
    label = translate("AboutDialog", "Region")
    division = f" ({html.escape(region.division)})" if region.division else ""
    return [f"<p><b>{label}</b>: {html.escape(region.name)}{division}</p>"]


def show_about(parent: QWidget, db: Database | None) -> None:
    QMessageBox.about(parent, translate("AboutDialog", "About PerfDesk"), about_text(parent, db))
