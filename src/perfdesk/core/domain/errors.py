"""Errors shown to a person: what went wrong and exactly where (file, sheet, row, column)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from perfdesk.core.i18n import translate


@dataclass(frozen=True)
class UserError:
    """One problem with user input. ``row`` is the 1-based row as Excel shows it; ``column`` a letter or name."""

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def location(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(translate("UserError", "file {file}").format(file=Path(self.file).name))
        if self.sheet:
            parts.append(translate("UserError", "sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            parts.append(translate("UserError", "row {row}").format(row=self.row))
        if self.column:
            parts.append(translate("UserError", "column {column}").format(column=self.column))
        return translate("UserError", ", ").join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


def unreadable_workbook() -> str:
    """The refusal of a file that is no readable workbook (damaged part, encrypted, another format), without the
    reading library's own (English, technical) text."""
    return translate("UserError", "The file cannot be read as an Excel workbook (.xlsx): it is damaged, encrypted "
                     "or of another format. Open it in Excel or WPS, save it as .xlsx again and import that.")


class UserErrors(Exception):
    """A batch of user-input problems; raising it aborts the whole operation (nothing is written)."""

    def __init__(self, errors: list[UserError] | UserError | str):
        if isinstance(errors, str):
            errors = [UserError(errors)]
        elif isinstance(errors, UserError):
            errors = [errors]
        self.errors: list[UserError] = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
