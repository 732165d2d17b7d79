"""GB 18030 rare characters (CJK Extensions A to G) print in the bundled fallback fonts, each glyph embedded;
a character no font has prints as 〓 with a warning, never as a blank."""

from __future__ import annotations

import io

import pdfplumber

from perfdesk.core.paths import resources_dir
from perfdesk.core.reports.document import Context, build
from perfdesk.core.reports.fonts import BUNDLED_FALLBACKS, PLACEHOLDER, font_set, missing_glyphs
from tests.reports.conftest import reader

# two characters of each of Extensions A to F and one of G: the first and a late code point of each block
RARE = "㐀䶵𠀀𪚥𪜀𫜴𫝀𫠝𫠠𬺡𬺰𮯠𰀀"


def _embedded_fonts(pdf_bytes: bytes) -> dict[str, bool]:
    """Base font name → whether its program is embedded (FontFile2), over every page."""
    out: dict[str, bool] = {}
    for page in reader(pdf_bytes).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            out[str(font["/BaseFont"]).lstrip("/")] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return out


def test_the_fallback_fonts_and_their_licences_are_bundled() -> None:
    folder = resources_dir() / "fonts"
    assert all((folder / name).is_file() for name in BUNDLED_FALLBACKS)
    assert "Hanazono Font License" in (folder / "hanazono.LICENSE.txt").read_text(encoding="utf-8")
    assert "arphic-public-license" in (folder / "babelstone-han.LICENSE.txt").read_text(encoding="utf-8")
    assert sum((folder / name).stat().st_size for name in BUNDLED_FALLBACKS) < 40 * 2**20


def test_thirteen_rare_characters_print_each_in_an_embedded_font() -> None:
    fonts = font_set(use_windows=False)
    result = build(lambda c: [c.para(f"项目名称：{RARE}村饮水工程")], ctx=Context(fonts=fonts))
    assert result.warnings == ()
    embedded = _embedded_fonts(result.pdf)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        chars = {c["text"]: c["fontname"] for page in pdf.pages for c in page.chars}
    for char in RARE:
        assert char in chars, f"U+{ord(char):04X} is not in the text layer"
        font = chars[char]
        assert embedded.get(font), f"U+{ord(char):04X} is set in {font}, which is not embedded"
        if missing_glyphs(char, fonts.body):  # not in the body font: in a bundled fallback
            assert any(stem in font for stem in ("HanaMinA", "HanaMinB", "BabelStoneHan")), font


def test_a_character_no_font_has_prints_as_the_placeholder_with_a_warning() -> None:
    unknown = "\U00030041"  # an Extension G character none of the bundled fonts has
    fonts = font_set(use_windows=False)
    assert fonts.fallbacks and all(missing_glyphs(unknown, f) for f in fonts.fallbacks)
    result = build(lambda c: [c.para(f"甲{unknown}乙")], ctx=Context(fonts=fonts))
    assert any("U+30041" in w and PLACEHOLDER in w for w in result.warnings)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        text = "".join(c["text"] for page in pdf.pages for c in page.chars)
    assert f"甲{PLACEHOLDER}乙" in text
