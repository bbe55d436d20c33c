"""The plan as CSV and XLSX: columns, typed dates, BOM, formula injection, hostile text."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus
from advisor.report.table_export import HEADERS, csv_bytes, plan_rows, safe_text, xlsx_bytes

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
DANGEROUS = ["=1+2", "+91 98", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")']


@pytest.fixture
def assessment() -> Assessment:
    doc = Assessment.new("mini", "1.0.0", now=T0)
    doc.profile.company = "Sharma Textiles"
    doc.profile.sector = "textiles"
    doc.profile.target_markets = ["eu"]
    doc.answers = {
        "log.iec": Answer(choice="no"),
        "log.docs": Answer(choices=["invoice"]),
        "log.ce": Answer(choice="no"),
        "pay.reply": Answer(number=50),
        "pay.terms": Answer(choice="open"),
    }
    doc.plan = {
        "rec.iec": PlanEdit(
            owner="=cmd|' /C calc'!A0",
            due=dt.date(2027, 1, 31),
            status=PlanStatus.IN_PROGRESS,
            notes="निर्यात क्षमता ₹1,00,000\r\nline two",
        ),
        "rec.reply": PlanEdit(owner="@Asha", notes="-10% discount"),
    }
    return doc


def test_rows_follow_the_plan(mini_bank, assessment):
    rows = plan_rows(mini_bank, assessment)
    assert [r.rank for r in rows][:2] == sorted(r.rank for r in rows)[:2]
    iec = next(r for r in rows if r.action == "Get or update your IEC")
    assert iec.phase == "Now (0-30 days)"
    assert iec.dimension == "Logistics"
    assert iec.effort == "Low effort"
    assert iec.cost == "Under ₹10,000"
    assert iec.due == dt.date(2027, 1, 31)
    assert iec.status == "In progress"
    assert iec.help == "DGFT"
    assert len(rows) == 4


def test_rows_in_hindi(mini_bank, assessment):
    rows = plan_rows(mini_bank, assessment, "hi")
    assert rows[0].phase.startswith("अभी")


@pytest.mark.parametrize("text", DANGEROUS)
def test_safe_text_defuses_formulas(text):
    assert safe_text(text) == "'" + text


def test_safe_text_keeps_plain_text_and_drops_control_characters():
    assert safe_text("Asha 🚀 गणेश") == "Asha 🚀 गणेश"
    assert safe_text("a\x00b\x1fc") == "abc"
    assert safe_text("\x00=1") == "'=1"


def test_csv_has_bom_crlf_and_escaped_cells(mini_bank, assessment):
    data = csv_bytes(plan_rows(mini_bank, assessment))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == [h.get() for h in HEADERS.values()]
    by_action = {r[2]: r for r in rows[1:]}
    iec = by_action["Get or update your IEC"]
    assert iec[6] == "'=cmd|' /C calc'!A0"
    assert iec[7] == "2027-01-31"
    assert iec[9] == "निर्यात क्षमता ₹1,00,000\r\nline two"
    reply = by_action["Reply faster"]
    assert reply[6] == "'@Asha" and reply[9] == "'-10% discount"
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_xlsx_is_typed_and_safe(mini_bank, assessment):
    rows = plan_rows(mini_bank, assessment)
    data = xlsx_bytes(rows, title="=Sharma", stamp=T0)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{len(rows) + 1}"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["C"].width >= 40
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    iec = next(v for v in values if v[2] == "Get or update your IEC")
    assert isinstance(iec[0], int)
    assert isinstance(iec[7], dt.datetime) and iec[7].date() == dt.date(2027, 1, 31)
    assert iec[6] == "'=cmd|' /C calc'!A0"
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            assert cell.data_type != "f"
    due = next(c for c in sheet["H"][1:] if c.value is not None)
    assert due.number_format == "yyyy-mm-dd"


def test_xlsx_is_deterministic(mini_bank, assessment):
    rows = plan_rows(mini_bank, assessment)
    assert xlsx_bytes(rows, stamp=T0) == xlsx_bytes(rows, stamp=T0)


def test_hostile_text_survives_both_formats(mini_bank, assessment):
    hostile = "<b>unclosed \x00 \u202e 🚀 " + "x" * 4000
    assessment.plan = {"rec.iec": PlanEdit(owner="\x07bell", notes=hostile)}
    rows = plan_rows(mini_bank, assessment)
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows))).active
    notes = [c.value for c in sheet["J"][1:] if c.value]
    assert notes and "\x00" not in notes[0] and notes[0].startswith("<b>unclosed")
    assert "bell" in csv_bytes(rows).decode("utf-8-sig")


def test_empty_plan_gives_header_only(mini_bank):
    doc = Assessment.new("mini", "1.0.0", now=T0)
    rows = plan_rows(mini_bank, doc)
    assert rows == []
    assert csv_bytes(rows).decode("utf-8-sig").count("\r\n") == 1
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows))).active
    assert sheet.max_row == 1
