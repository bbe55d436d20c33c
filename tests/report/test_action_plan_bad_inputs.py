"""Every hostile free text we promise to handle, in the company, assessor, owner and notes fields.

The PDF must build, show the text literally (no markup obeyed), read no local file
(no image XObject), carry no link or action (/URI, /Launch, /JavaScript), and stay a
valid, extractable PDF. Text safety helpers are tested on their own below.
"""

from __future__ import annotations

import itertools

import pytest
from pdfcheck import reader, squash
from pydantic import ValidationError

from advisor.domain.assessment import Assessor, CompanyProfile, PlanEdit
from advisor.report import ReportOptions, render_report
from advisor.report.fonts import FONTS
from advisor.report.text import SUBSTITUTE, clean, markup, needs_shaping, plain

# (id, text, what the extracted text must contain)
HOSTILE = [
    ("unclosed-bold", "<b>unclosed", "<b>unclosed"),
    ("para-close", "</para>", "</para>"),
    ("img-windows", '<img src="C:\\Users\\x\\id.png"/>', '<img src="C:\\Users\\x\\id.png"/>'),
    ("img-passwd", '<img src="/etc/passwd"/>', '<img src="/etc/passwd"/>'),
    ("js-link", '<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">x</a>'),
    ("file-link", '<a href="file:///etc/passwd">x</a>', '<a href="file:///etc/passwd">x</a>'),
    (
        "font-tag",
        '<font name="X" size="100000" color="[[[1]]]">',
        '<font name="X" size="100000" color="[[[1]]]">',
    ),
    ("ondraw", '<onDraw name="showPage"/>', '<onDraw name="showPage"/>'),
    ("bogus-entity", "&bogus;", "&bogus;"),
    ("nul-entity", "&#0;", "&#0;"),
    ("lt-gt-amp", "x<y & z>w", "x<y & z>w"),
    ("long-word", "W" * 190, "W" * 40),
    ("control-chars", "A\x00B\x07C\x1bD", "ABCD"),
    ("rtl-override", "abc\u202edef", "abcdef"),
    ("emoji", "Rocket 🚀 Exports", f"Rocket {SUBSTITUTE} Exports"),
    ("devanagari", "निर्यात क्षमता श्री गणेश मता", "गणेश मता"),
    ("zwj", "क्\u200dष Exports", "Exports"),
    ("tabs-crlf", "Line one\r\nLine\ttwo", "Line one Line two"),
]
FIELDS = ["company", "assessor", "owner", "notes"]
ACTIONS = (b"/URI", b"/Launch", b"/JavaScript", b"/JS ", b"/SubmitForm", b"/GoToR")


def with_text(doc, field: str, text: str):  # type: ignore[no-untyped-def]
    if field == "company":
        doc.profile = CompanyProfile(**{**doc.profile.model_dump(), "company": text})
    elif field == "assessor":
        doc.assessor = Assessor(name=text, organisation=text)
    else:
        edit = doc.plan["rec.iec"].model_dump()
        edit[field] = text
        doc.plan = {**doc.plan, "rec.iec": PlanEdit(**edit)}
    return doc


def assert_harmless(pdf: bytes) -> None:
    for action in ACTIONS:
        assert action not in pdf
    read = reader(pdf)
    for page in read.pages:
        assert "/Annots" not in page
        for xobject in page["/Resources"].get("/XObject", {}).values():
            assert xobject.get_object()["/Subtype"] != "/Image"


def compact(text: str) -> str:
    """Without any whitespace: a narrow cell may break a string anywhere."""
    return "".join(text.split())


@pytest.mark.parametrize(("text", "shown"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_text_prints_literally(mini_bank, report_mini, pdf_text, text, shown):
    doc = report_mini
    for field in FIELDS:
        doc = with_text(doc, field, text)
    pdf = render_report(mini_bank, doc)
    assert_harmless(pdf)
    assert compact(shown) in compact(pdf_text(pdf))


@pytest.mark.parametrize("field", FIELDS)
def test_each_field_prints_markup_literally(mini_bank, report_mini, pdf_text, field):
    text = '<img src="/etc/passwd"/><a href="javascript:alert(1)">x</a>'
    pdf = render_report(mini_bank, with_text(report_mini, field, text))
    assert_harmless(pdf)
    assert compact(text) in compact(pdf_text(pdf))


@pytest.mark.parametrize("field", FIELDS)
def test_lone_surrogate_never_reaches_the_pdf(mini_bank, report_mini, field):
    """The models refuse it; a caller that skips validation still gets a PDF."""
    with pytest.raises(ValidationError):
        with_text(report_mini.model_copy(deep=True), field, "bad\ud800text")
    doc = report_mini
    if field == "company":
        doc.profile = CompanyProfile.model_construct(
            **{**doc.profile.model_dump(), "company": "bad\ud800text"}
        )
    elif field == "assessor":
        doc.assessor = Assessor.model_construct(name="bad\ud800text", organisation="")
    else:
        edit = {**doc.plan["rec.iec"].model_dump(), field: "bad\ud800text"}
        doc.plan = {**doc.plan, "rec.iec": PlanEdit.model_construct(**edit)}
    pdf = render_report(mini_bank, doc)
    assert "badtext" in squash(" ".join(p.extract_text() for p in reader(pdf).pages))


@pytest.mark.parametrize("field", ["company", "assessor", "owner"])
def test_text_past_the_allowed_length_is_refused(report_mini, field):
    with pytest.raises(ValidationError):
        with_text(report_mini, field, "x" * 201)


def test_five_thousand_character_word_in_notes_wraps(mini_bank, report_mini, pdf_text):
    doc = with_text(report_mini, "notes", "N" * 5000)
    pdf = render_report(mini_bank, doc)
    assert_harmless(pdf)
    assert pdf_text(pdf).replace(" ", "").count("N" * 1000) >= 1


def test_longest_notes_of_many_words(mini_bank, report_mini, pdf_text):
    doc = with_text(report_mini, "notes", ("word " * 1000)[:5000])
    assert "word word word" in pdf_text(render_report(mini_bank, doc))


def test_two_hundred_thousand_words_from_an_unchecked_caller(mini_bank, report_mini):
    """Past any valid length: the report cuts the text and still builds quickly."""
    edit = {**report_mini.plan["rec.iec"].model_dump(), "notes": "word " * 200_000}
    report_mini.plan = {"rec.iec": PlanEdit.model_construct(**edit)}
    pdf = render_report(mini_bank, report_mini)
    assert len(reader(pdf).pages) < 20


def test_hostile_text_in_hindi_and_letter(mini_bank, report_mini, pdf_text):
    doc = with_text(report_mini, "company", '<img src="/etc/passwd"/> निर्यात 🚀')
    pdf = render_report(mini_bank, doc, ReportOptions(lang="hi", paper="letter"))
    assert_harmless(pdf)
    assert '<img src="/etc/passwd"/>' in pdf_text(pdf)


def test_metadata_of_hostile_company(mini_bank, report_mini):
    doc = with_text(report_mini, "company", "A\x00<b>\u202eB\r\nC")
    meta = reader(render_report(mini_bank, doc)).metadata
    assert meta.title == "Export readiness action plan: A<b>B C"


# --- the text helpers -------------------------------------------------------------------


def test_clean_removes_what_must_not_print():
    assert clean("a\x00b\tc\r\nd\re\u202ef\ufeffg\ud800h") == "ab c\nd\nefgh"
    assert clean("क्\u200dष") == "क्\u200dष"  # the joiner stays


def test_markup_escapes_and_breaks_lines():
    assert markup("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"


def test_markup_puts_devanagari_in_its_font():
    result = markup("Ganesh गणेश मता Exports")
    assert result == f'Ganesh <font name="{FONTS.deva}">गणेश मता </font>Exports'
    assert needs_shaping(result)
    assert not needs_shaping(markup("Ganesh Exports"))
    bold = markup("गणेश", FONTS.bold)
    assert bold == f'<font name="{FONTS.deva_bold}">गणेश</font>'


def test_markup_substitutes_undrawable_characters():
    assert markup("a🚀b") == f"a{SUBSTITUTE}b"
    assert markup("a\ufe0fb") == "ab"  # a variation selector is invisible anyway


def test_plain_is_one_short_line():
    assert plain("a\n b\t c", 100) == "a b c"
    assert plain("x" * 50, 10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("नहीं: कोई", '<font name="AdvisorDeva">नहीं: कोई</font>'),
        ("(31-90 दिन)", '(31-90 <font name="AdvisorDeva">दिन)</font>'),
        ("x(कार्बन)", 'x <font name="AdvisorDeva">(कार्बन)</font>'),
        ("(AITIGA)।", '(AITIGA) <font name="AdvisorDeva">।</font>'),
    ],
)
def test_a_word_never_mixes_fonts(text, expected):
    """reportlab shapes a word with its first font: punctuation joins the Devanagari run,
    and Latin letters glued to Devanagari are set apart by a space."""
    assert markup(text) == expected


def _all_hindi_texts() -> list[str]:
    from advisor.domain.words import words
    from advisor.storage.banks import default_bank

    texts = list(words("hi").entries.values())

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "hi" in node and isinstance(node["hi"], str):
                texts.append(node["hi"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(default_bank().model_dump(mode="json"))
    return texts


def test_every_hindi_text_splits_into_drawable_single_font_words():
    """Each run's characters are in its font, and no word spans two runs (fonts)."""
    from advisor.report.fonts import covered
    from advisor.report.text import _runs

    texts = _all_hindi_texts()
    assert len(texts) > 50
    for text in texts:
        runs = _runs(clean(text), FONTS.regular)
        for deva, run in runs:
            font = FONTS.deva if deva else FONTS.regular
            assert all(c in " \n" or covered(c, font) for c in run), (text, run)
        for (_, before), (_, after) in itertools.pairwise(runs):
            assert before[-1:].isspace() or after[:1].isspace(), (text, before, after)
