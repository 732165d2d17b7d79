from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader


def pdf_words(pdf: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_words(keep_blank_chars=False, use_text_flow=True) for page in doc.pages]


def pdf_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def pdf_chars(pdf: bytes, page: int = 0) -> tuple[list[dict], float, float]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        p = doc.pages[page]
        return list(p.chars), float(p.width), float(p.height)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@pytest.fixture()
def text_of():
    return pdf_text


def pdf_cells(pdf: bytes) -> list[str]:
    """Every table cell's text on every page, line breaks inside a cell removed."""
    out: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                out += [(cell or "").replace("\n", "") for row in table for cell in row if cell]
    return out
