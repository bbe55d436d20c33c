"""The cohort PDF and CSV: content, anonymity, hostile text, determinism, Excel safety."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from advisor.domain.assessment import Answer, Assessment, Skip
from advisor.domain.cohort import summarise
from advisor.report.cohort_csv import cohort_csv_bytes, safe_cell
from advisor.report.cohort_pdf import CohortDetails, cohort_pdf_bytes

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
COMPANIES = ["Quixotic Zebra Exports", "Marigold Vexillum Pvt Ltd", "निर्यात गणेश उद्योग"]
PEOPLE = ["Ottoline Brackenbury", "Xavierre Quennell", "श्री मता"]
HOSTILE = [
    "<b>unclosed",
    '<img src="/etc/passwd"/>',
    '<a href="javascript:alert(1)">x</a>',
    "&bogus; x<y & z>w",
    '=HYPERLINK("http://evil")',
    "@SUM(A1)",
    "+1-2",
    "-cmd",
]


def participant(i: int, company: str, person: str) -> Assessment:
    doc = Assessment.new("mini", "1.0.0", now=T0 + dt.timedelta(minutes=i))
    doc.profile.company = company
    doc.profile.sector = ("food", "textiles")[i % 2]
    doc.profile.size = "micro"
    doc.profile.target_markets = [("eu", "us")[i % 2]]
    doc.assessor.name = person
    doc.assessor.organisation = f"{person} Consulting"
    doc.answers = {
        "log.iec": Answer(choice=("yes", "stale", "no")[i % 3]),
        "log.docs": Answer(choices=["invoice"]),
        "pay.reply": Answer(number=10 * i),
        "pay.terms": Answer(skip=Skip.UNKNOWN) if i % 2 else Answer(choice="lc"),
    }
    return doc


@pytest.fixture
def summary(mini_bank):
    names = COMPANIES + HOSTILE
    people = PEOPLE + HOSTILE
    docs = [participant(i, names[i], people[i]) for i in range(len(names))]
    return summarise(mini_bank, docs, left_out=2)


DETAILS = CohortDetails(
    event="Ludhiana <b>hub</b> workshop",
    date=dt.date(2026, 11, 27),
    facilitator="Rosalind Facilitatorova",
)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    meta = reader.metadata or {}
    # NFKC: shaping turns "fi" into a ligature glyph that extracts as U+FB01
    return unicodedata.normalize("NFKC", text + "\n" + "\n".join(str(v) for v in meta.values()))


def test_pdf_holds_the_summary(summary):
    data = cohort_pdf_bytes(summary, DETAILS)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Ludhiana <b>hub</b> workshop" in text  # escaped, printed as typed
    assert "11 participants" in text
    assert "2 files left out" in text
    assert "Do you have an IEC?" in text
    assert "Get or update your IEC" in text
    assert "Page 1 of" in text
    assert "₹" in text


def test_pdf_is_anonymous_without_names(summary):
    text = pdf_text(cohort_pdf_bytes(summary, DETAILS))
    for name in [*COMPANIES, *PEOPLE, "Rosalind", "Quixotic", "Brackenbury", "गणेश", "मता"]:
        assert name not in text


def test_pdf_with_names_lists_participants(summary):
    text = pdf_text(cohort_pdf_bytes(summary, DETAILS, names=True))
    for name in ["Quixotic Zebra Exports", "Ottoline Brackenbury", "Rosalind Facilitatorova"]:
        assert name in text
    assert "P01" in text


def test_hostile_text_is_printed_not_obeyed(summary):
    data = cohort_pdf_bytes(summary, DETAILS, names=True)
    text = pdf_text(data)
    assert "<b>unclosed" in text
    assert b"javascript" not in data.replace(b"javascript:alert", b"")  # no link action
    assert b"/URI" not in data


def test_pdf_embeds_every_font(summary):
    for lang in ("en", "hi"):
        data = cohort_pdf_bytes(summary, DETAILS, lang=lang)
        assert b"/Helvetica" not in data
        assert data.count(b"/FontFile2") >= 1


def test_control_characters_and_emoji_in_the_event_name(summary):
    odd = CohortDetails(event="Expo\x00 \u202eright-to-left 🚀 tab\tCRLF\r\nend")
    data = cohort_pdf_bytes(summary, odd, names=True)
    assert "end" in pdf_text(data)


def test_pdf_is_deterministic(summary):
    assert cohort_pdf_bytes(summary, DETAILS) == cohort_pdf_bytes(summary, DETAILS)


def test_pdf_of_an_empty_cohort_builds(mini_bank):
    text = pdf_text(cohort_pdf_bytes(summarise(mini_bank, []), None))
    assert "0 participants" in text


def test_pdf_long_words_do_not_break_the_layout(mini_bank):
    docs = [participant(0, "W" * 200, "P" * 180)]
    text = pdf_text(
        cohort_pdf_bytes(summarise(mini_bank, docs), CohortDetails(event="E" * 200), names=True)
    )
    assert "EEEE" in text


def test_pdf_in_hindi(summary):
    data = cohort_pdf_bytes(summary, DETAILS, lang="hi")
    assert data.startswith(b"%PDF")
    assert b"NotoSansDevanagari" in data  # the Devanagari font is embedded
    text = pdf_text(data)
    assert "लोग" in text  # a simple word survives shaping and extraction
    assert "Facilitatorova" not in text


# --- CSV ------------------------------------------------------------------------------


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_one_row_per_participant(summary):
    data = cohort_csv_bytes(summary)
    table = rows(data)
    assert b"\r\n" in data
    header, body = table[0], table[1:]
    assert header[:3] == ["Participant", "Date", "Sector"]
    assert "Logistics score" in header and "Payments stage" in header
    assert len(body) == summary.count
    assert [r[0] for r in body] == [p.id for p in summary.participants]
    first = dict(zip(header, body[0], strict=True))
    assert first["Sector"] == "Food"
    assert first["Target markets"] == "EU"
    assert float(first["Overall score"]) == summary.participants[0].result.score


def test_csv_is_anonymous_without_names(summary):
    text = cohort_csv_bytes(summary).decode("utf-8-sig")
    for name in [*COMPANIES, *PEOPLE, "Quixotic", "Brackenbury"]:
        assert name not in text


def test_csv_with_names_and_formula_injection(summary):
    table = rows(cohort_csv_bytes(summary, names=True))
    header = table[0]
    assert header[1:4] == ["Company", "Assessor", "Organisation"]
    companies = [r[1] for r in table[1:]]
    assert "Quixotic Zebra Exports" in companies
    assert '\'=HYPERLINK("http://evil")' in companies
    assert "'@SUM(A1)" in companies
    assert "'+1-2" in companies
    assert "'-cmd" in companies
    for row in table:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_in_hindi(summary):
    header = rows(cohort_csv_bytes(summary, lang="hi"))[0]
    assert header[0] == "प्रतिभागी"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("plain", "plain"), ("\tx", "'\tx"), (12.5, 12.5), ("", "")],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_provisional_participants_are_counted_and_marked(mini_bank):
    """Issue 13: a half-answered participant is marked, left out of the means, never 0."""
    complete = participant(0, "Complete Ltd", "A")
    complete.answers["log.ce"] = Answer(choice="yes")  # every area answered enough
    half = participant(1, "Half Ltd", "B")
    half.answers = {"log.iec": Answer(choice="yes")}  # payments not assessed
    summary = summarise(mini_bank, [complete, half])
    table = rows(cohort_csv_bytes(summary))
    header, body = table[0], table[1:]
    second = dict(zip(header, body[1], strict=True))
    assert second["Provisional"] == "yes"
    assert second["Payments score"] == "" and second["Payments stage"] == ""  # not 0
    assert dict(zip(header, body[0], strict=True))["Provisional"] == "no"
    pdf = cohort_pdf_bytes(summary, DETAILS, names=True)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "over the 1 participants with a complete result" in text
    assert "1 with a provisional result" in text
    assert "answered in part, left out" in text
    assert "(provisional)" in text  # the participant's row is marked


def test_csv_empty_participant_has_no_blocker_count(mini_bank):
    """Nothing answered: score, stage and blockers are empty cells, never 0."""
    empty = Assessment.new("mini", "1.0.0", now=T0)
    done = participant(0, "A", "B")
    table = rows(cohort_csv_bytes(summarise(mini_bank, [done, empty])))
    header = table[0]
    by_row = [dict(zip(header, r, strict=True)) for r in table[1:]]
    blank = next(r for r in by_row if r["Overall score"] == "")
    assert blank["Blockers"] == "" and blank["Overall stage"] == ""
    answered = next(r for r in by_row if r["Overall score"] != "")
    assert answered["Blockers"].isdigit()
