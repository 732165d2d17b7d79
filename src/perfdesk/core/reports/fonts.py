"""Fonts for the PDF reports: system fonts when installed, the bundled WenQuanYi Micro Hei otherwise.

Every font is a TrueType font registered with reportlab's ``TTFont`` and therefore embedded as a subset; the CID
font ``STSong-Light`` is never used because it is not embedded. Roles follow GB/T 9704 (FORMATS §8):

- ``body`` 仿宋 (simfang.ttf), ``heading`` 黑体 (simhei.ttf), ``kai`` 楷体 (simkai.ttf), ``song`` 宋体 (simsun.ttc),
  ``title`` 方正小标宋 (FZXBSJW.TTF) when installed, else 宋体;
- ``latin`` for digits and Latin letters: Times New Roman (times.ttf) when installed. reportlab's built-in
  Times-Roman is *not* embedded, so without times.ttf the digits stay in the CJK font of their run: embedding
  matters more than the Times look;
- ``fallbacks`` for rare characters the main font lacks (GB 18030: CJK Extensions A to G), tried in order per
  character: Windows SimSun-ExtB when installed, then the bundled HanaMinA (Extension A), HanaMinB (B–F) and
  BabelStone Han (G) subsets in resources/fonts (see its README for licences and sizes).

A character that no font can print is never dropped silently or left blank: :meth:`FontSet.markup` prints the
placeholder 〓 in its place and reports it through the ``warn`` callback, and the document builders return
those warnings with the result.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from perfdesk.core.i18n import translate
from perfdesk.core.paths import resources_dir

BUNDLED_FONT = "wqy-microhei.ttc"

# Candidate file names per role, first found wins (Windows %WINDIR%\Fonts).
WINDOWS_FONTS: dict[str, tuple[str, ...]] = {
    "body": ("simfang.ttf",),
    "heading": ("simhei.ttf",),
    "kai": ("simkai.ttf",),
    "song": ("simsun.ttc",),
    "title": ("FZXBSJW.TTF", "fzxbsjw.ttf", "simsun.ttc"),
    "latin": ("times.ttf",),
}
EXT_B_FONTS: tuple[str, ...] = ("simsunb.ttf", "HanaMinB.ttf")  # a Windows or system font, tried first
BUNDLED_FALLBACKS: tuple[str, ...] = ("HanaMinA-ExtA.ttf", "HanaMinB-ExtB-F.ttf", "BabelStoneHan-ExtG.ttf")
SYSTEM_FALLBACK_DIRS: tuple[Path, ...] = (Path("/usr/share/fonts/truetype/hanazono"),)
PLACEHOLDER = "〓"  # U+3013 GETA MARK: the typesetter's mark for a character the type case lacks

_IGNORED = frozenset("\n\r\t \u00a0\u3000")
_LATIN_RUN = re.compile(r"(?<![&#0-9A-Za-z])[0-9A-Za-z][0-9A-Za-z.,:/%+\-]*")  # never inside an &entity;

Warn = Callable[[str], None]


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont: int = 0


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names per role (several roles may share one font)."""

    body: str
    heading: str
    kai: str
    song: str
    title: str
    latin: str | None = None
    fallback_files: tuple[FontFile, ...] = ()

    @cached_property
    def fallbacks(self) -> tuple[str, ...]:
        """The fallback fonts' names, registered on first use (parsing 36 MB of fonts takes most of a second,
        which a report without rare characters never pays)."""
        return tuple(register(f) for f in self.fallback_files)

    @property
    def fallback(self) -> str | None:
        """The first fallback font (None when there is none)."""
        return self.fallbacks[0] if self.fallbacks else None

    def digits(self, font: str) -> str:
        """The font for a cell of digits (amounts, scores) otherwise set in ``font``."""
        return self.latin or font

    def markup(self, text: str, font: str | None = None, warn: Warn | None = None) -> str:
        """``text`` escaped for a reportlab Paragraph set in ``font`` (default: body).

        Runs of digits and Latin letters switch to the Latin font, characters the font lacks switch to the
        fallback font; a character neither has is reported through ``warn`` (it would print as a blank box).
        """
        font = font or self.body
        missing = missing_glyphs(text, font)
        if missing:
            text = self._mark_missing(text, font, missing, warn)
        else:
            text = escape(text)
        return self._latin_runs(text) if self.latin and self.latin != font else text

    def _mark_missing(self, text: str, font: str, missing: list[str], warn: Warn | None) -> str:
        """Each missing character in the first fallback font that has it, else the placeholder (and a warning)."""
        chosen: dict[str, str | None] = {}
        for char in missing:
            chosen[char] = next((f for f in self.fallbacks if not missing_glyphs(char, f)), None)
            if chosen[char] is None and warn is not None:
                warn(missing_glyph_warning(char, text, font))
        parts = [escape(c) if c not in chosen else
                 f'<font name="{chosen[c]}">{c}</font>' if chosen[c] else PLACEHOLDER for c in text]
        return "".join(parts)

    def _latin_runs(self, markup: str) -> str:
        if "<" in markup:  # already carries font runs: leave the Latin letters in the font of their run
            return markup
        return _LATIN_RUN.sub(lambda m: f'<font name="{self.latin}">{m.group(0)}</font>', markup)

    def names(self) -> set[str]:
        return {n for n in (self.body, self.heading, self.kai, self.song, self.title, self.latin, *self.fallbacks)
                if n}


def missing_glyph_warning(char: str, text: str, font: str) -> str:
    return translate("Reports", "Character “{char}” (U+{code:04X}) in “{text}” is not in the font {font} "
                                "or any fallback font: it is printed as 〓.").format(
        char=char, code=ord(char), text=text, font=font)


def missing_glyphs(text: str, font: str | TTFont | None) -> list[str]:
    """The characters of ``text`` that ``font`` has no glyph for, each once, in order of appearance.

    Whitespace is ignored. ``font`` is a registered font name or a ``TTFont``; ``None`` has no glyphs.
    """
    if font is None:
        return list(dict.fromkeys(c for c in text if c not in _IGNORED))
    covered = _charset(font if isinstance(font, str) else font.fontName, font)
    absent = set(text).difference(covered).difference(_IGNORED)
    if not absent:
        return []
    return [c for c in dict.fromkeys(text) if c in absent]


_CHARSETS: dict[str, frozenset[str]] = {}


def _charset(name: str, font: str | TTFont) -> frozenset[str]:
    known = _CHARSETS.get(name)
    if known is None:
        face = font.face if isinstance(font, TTFont) else pdfmetrics.getFont(name).face
        known = frozenset(chr(code) for code in face.charToGlyph)
        _CHARSETS[name] = known
    return known


# -- text layer of characters beyond the BMP ----------------------------------------------------------------
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab writes U+20000 as ``<20000>`` in the ToUnicode CMap, which readers reject, so an Extension-B
    character prints but cannot be searched or copied. Write such codes as UTF-16 surrogate pairs instead."""
    cmap = _reportlab_to_unicode(fontname, subset)
    if all(code <= 0xFFFF for code in subset):
        return cmap
    return "\n".join(_fix_line(line) for line in cmap.split("\n"))


_BFCHAR = re.compile(r"<([0-9A-F]+)> <([0-9A-F]{5,6})>")


def _fix_line(line: str) -> str:
    match = _BFCHAR.fullmatch(line)
    return f"<{match.group(1)}> <{_utf16_hex(int(match.group(2), 16))}>" if match else line


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# -- finding and registering font files -------------------------------------------------------------------
def windows_fonts_dir() -> Path | None:
    """``%WINDIR%\\Fonts`` on Windows (or wherever WINDIR points, which tests use); None elsewhere."""
    windir = os.environ.get("WINDIR") or ("C:\\Windows" if sys.platform == "win32" else None)
    if not windir:
        return None
    folder = Path(windir) / "Fonts"
    return folder if folder.is_dir() else None


def bundled_font() -> FontFile:
    return FontFile(resources_dir() / "fonts" / BUNDLED_FONT, 0)


def _find(folder: Path | None, names: Iterable[str]) -> FontFile | None:
    if folder is None:
        return None
    for name in names:
        candidate = folder / name
        if candidate.is_file():
            return FontFile(candidate, 0)
    return None


def fallback_font_files(windows_dir: Path | None = None) -> list[FontFile]:
    """The fallback fonts in the order tried: Windows SimSun-ExtB (or a system HanaMinB), then the bundled
    Extension A, B–F and G fonts."""
    first = next((found for folder in (windows_dir, *SYSTEM_FALLBACK_DIRS) if (found := _find(folder, EXT_B_FONTS))),
                 None)
    bundled = [FontFile(resources_dir() / "fonts" / name) for name in BUNDLED_FALLBACKS]
    return [f for f in (first, *bundled) if f is not None and f.path.is_file()]


def register(font: FontFile) -> str:
    """Register ``font`` with reportlab once and return its font name."""
    return _register(str(font.path), font.subfont)


@cache
def _register(path: str, subfont: int) -> str:
    name = f"PD-{Path(path).stem}-{subfont}"
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=subfont))
    return name


def _user_font(path: str) -> FontFile | None:
    return FontFile(Path(path), 0) if path and Path(path).is_file() else None


def font_set(*, body_file: str = "", heading_file: str = "", windows_dir: Path | None = None,
             use_windows: bool = True, use_fallback: bool = True) -> FontSet:
    """The fonts in force: a county's chosen files (ReportParams.font_body/font_heading), then the Windows
    system fonts, then the bundled font. ``use_windows=False`` forces the bundled font (tests, previews)."""
    win = (windows_dir or windows_fonts_dir()) if use_windows else None
    default = bundled_font()
    roles = {role: _find(win, names) for role, names in WINDOWS_FONTS.items()}
    roles["body"] = _user_font(body_file) or roles["body"]
    roles["heading"] = _user_font(heading_file) or roles["heading"]
    names = {role: register(found or default) for role, found in roles.items() if role != "latin"}
    latin = register(roles["latin"]) if roles["latin"] else None
    fallbacks = tuple(fallback_font_files(win)) if use_fallback else ()
    return FontSet(latin=latin, fallback_files=fallbacks, **names)


@lru_cache(maxsize=4)
def default_font_set(use_fallback: bool = True) -> FontSet:
    return font_set(use_fallback=use_fallback)
