"""The direct reading of plain values (``≥95%``, ``290天``) gives exactly what the general reading gives."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from hypothesis import example, given, settings
from hypothesis import strategies as st

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.rules import valuetext as V

# Characters the general reading treats specially, next to ordinary unit characters and the signs.
ALPHABET = list("0123456789.,%~-+/ ≥≤=<>（）()年月日号前以上下内及百分比之个点每至到万元亩天次人户件吨") + ["\u3000", "\t", "．"]
PLAIN_TEXTS = ["≥95%", "=100%", "96%", "≤11.88万元", "≥247万头（只）", "290天", "≤420万元/月", "≥2223万元",
               "≤12月", "1", "0", "100", ">=90%", "<=10次", "≥0.5", "=12个", "12.", ".5"]

SIGNS = ["", "≥", "≤", "=", ">=", "<=", "=>", "=<", ">", "<", "≧", "＝", "大于", "不低于", "以上"]
VALUES = st.one_of(
    st.text(alphabet=ALPHABET, max_size=12),
    st.tuples(st.sampled_from(SIGNS), st.from_regex(r"[0-9０-９]{1,5}([.．][0-9]{1,3})?", fullmatch=True),
              st.text(alphabet=ALPHABET, max_size=5)).map("".join),
)


def _old_normalise(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text)).translate(V._CHAR_MAP)
    return re.sub(r"\s+", " ", s).strip()


def test_normalise_collapses_every_kind_of_whitespace_as_the_regular_expression_did():
    every_space = "".join(chr(c) for c in range(0x3100) if chr(c).isspace() or re.match(r"\s", chr(c)))
    assert len(every_space) > 20
    text = f"{every_space}≥ 95{every_space}%{every_space}x"
    assert V.normalise(text) == _old_normalise(text) == "≥ 95 % x"


@given(st.text(alphabet=[*map(chr, V._CHAR_MAP), *ALPHABET, "Ａ", "１", "㎡", "a"], max_size=12))
def test_normalise_maps_the_look_alike_signs_as_translating_every_text_did(raw):
    assert V.normalise(raw) == _old_normalise(raw)


@given(VALUES)
@settings(max_examples=1500, deadline=None)
@example("≥95%")
@example("2024年12月")
@example("95%以上")
@example("100百分比")
@example("10-20%")
@example("每亩300")
@example("2024.12.31")
def test_a_plain_value_is_read_as_the_general_reading_reads_it(raw):
    s = V.normalise(raw)
    assert V.normalise(raw) == _old_normalise(raw)
    if not s:
        return
    for role in ("target", "actual"):
        plain = V._parse_plain(raw, s, role)
        if plain is not None:
            assert plain == V._parse_general(raw, s, role)


def test_the_usual_values_are_read_directly_with_their_sign_number_and_unit():
    for text in PLAIN_TEXTS[:-2]:
        plain = V._parse_plain(text, V.normalise(text), "target")
        assert plain is not None, text
        assert plain == V._parse_general(text, V.normalise(text), "target")
    assert V._parse_plain("≥247万头(只)", "≥247万头(只)", "target").unit == "万头(只)"
    assert V._parse_plain("<=10次", "<=10次", "target").comparison is Comparison.AT_MOST


def test_values_with_something_to_interpret_are_left_to_the_general_reading():
    for text in ("95%以上", "≥100百分比", "2024年12月", "10-20%", "每亩300", "1,234.5万元", ">90", "≥ 95 %", "12.", ".5"):
        assert V._parse_plain(text, V.normalise(text), "target") is None, text
    assert V._parse_plain("≥95%", "≥95%", "actual") is None  # the ignored sign is noted there


@given(st.one_of(st.decimals(allow_nan=True, allow_infinity=True), st.decimals(places=3),
                 st.integers(-10**40, 10**40).map(Decimal), st.from_regex(r"-?[0-9]{1,32}(\.[0-9]{0,6})?(E[-+]?[0-9])?",
                                                                          fullmatch=True).map(Decimal)))
@example(Decimal("-0"))
@example(Decimal("10"))
@example(Decimal("85.50"))
@example(Decimal("1E+2"))
@example(Decimal("12345678901234567890123456789"))
def test_numbers_are_written_as_their_normal_form_in_plain_notation(number):
    try:
        expected = format(number.normalize(), "f")
    except InvalidOperation:  # a signalling NaN
        return
    assert V.format_number(number) == expected
