from __future__ import annotations

from pathlib import Path

from perfdesk.core.paths import resources_dir
from perfdesk.core.reports.document import Context, build
from perfdesk.core.reports.fonts import BUNDLED_FONT, default_font_set, font_set, missing_glyphs
from tests.reports.conftest import pdf_text, reader

EXT_B_NAME = "𠀀𪚥村饮水工程"


def test_the_bundled_font_and_its_licence_are_in_resources():
    folder = resources_dir() / "fonts"
    assert (folder / BUNDLED_FONT).is_file()
    assert "Apache" in (folder / "wqy-microhei.LICENSE.txt").read_text(encoding="utf-8")


def test_without_windows_fonts_every_role_uses_the_bundled_font():
    fonts = font_set(use_windows=False, use_fallback=False)
    assert {fonts.body, fonts.heading, fonts.kai, fonts.song, fonts.title} == {fonts.body}
    assert fonts.latin is None  # digits stay in the embedded CJK font, never in non-embedded Times-Roman


def test_windows_fonts_are_preferred_when_the_folder_has_them(tmp_path: Path):
    fonts_dir = tmp_path / "Fonts"
    fonts_dir.mkdir()
    (fonts_dir / "simhei.ttf").write_bytes((resources_dir() / "fonts" / BUNDLED_FONT).read_bytes())
    fonts = font_set(windows_dir=fonts_dir, use_fallback=False)
    assert fonts.heading == "PD-simhei-0"
    assert fonts.body != fonts.heading


def test_missing_glyphs_lists_extension_b_characters_once_in_order():
    body = font_set(use_windows=False, use_fallback=False).body
    assert missing_glyphs("𪚥a𠀀中𪚥 ", body) == ["𪚥", "𠀀"]
    assert missing_glyphs("项目名称 2024", body) == []


def test_a_character_no_font_has_is_reported_as_a_warning():
    ctx = Context(fonts=font_set(use_windows=False, use_fallback=False))
    result = build(lambda c: [c.para(EXT_B_NAME)], ctx=ctx)
    assert any("U+20000" in w for w in result.warnings)
    assert any("U+2A6A5" in w for w in result.warnings)


def test_an_extension_b_name_is_printed_or_reported():
    result = build(lambda c: [c.para(EXT_B_NAME)], ctx=Context(fonts=default_font_set()))
    text = pdf_text(result.pdf)[0]
    assert "村饮水工程" in text
    for char in "𠀀𪚥":
        assert char in text or any(f"U+{ord(char):04X}" in w for w in result.warnings)


def test_the_fallback_font_prints_extension_b_when_installed():
    fonts = default_font_set()
    if fonts.fallback is None:
        return  # no Ext-B font on this machine: covered by the warning test
    result = build(lambda c: [c.para(EXT_B_NAME)], ctx=Context(fonts=fonts))
    assert result.warnings == ()
    assert "𠀀" in pdf_text(result.pdf)[0]


def test_every_font_is_embedded_as_a_truetype_subset():
    result = build(lambda c: [c.para("仿宋正文 2024年6月30日"), c.heading(1, 1, "黑体标题")])
    fonts = _fonts(reader(result.pdf))
    assert fonts, "no fonts found"
    for name, descriptor in fonts:
        assert "/FontFile2" in descriptor, name
        assert "+" in name, f"{name} is not a subset"
        assert "STSong" not in name


def _fonts(pdf) -> list[tuple[str, dict]]:
    found = []
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if descriptor is not None:
                found.append((str(font["/BaseFont"]), descriptor.get_object()))
    return found
