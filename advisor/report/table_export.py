"""The action plan as a table: CSV and XLSX files a consultant can sort, filter and share.

:func:`plan_rows` turns an assessment's plan into rows (rank, phase, action, dimension,
effort, cost, owner, due date, status, notes, where to get help). :func:`csv_bytes` and
:func:`xlsx_bytes` return the file's bytes; writing them (atomically) is the caller's job,
since the report layer does not touch the disk.

* CSV: UTF-8 **with a byte-order mark** and CRLF line ends. Excel opens a CSV without a
  BOM in the legacy code page of the machine (Windows-1252 on most Indian PCs), which
  turns ₹ and Devanagari into mojibake; the BOM makes it read UTF-8. Other tools
  (LibreOffice, pandas with ``encoding="utf-8-sig"``) accept it.
* XLSX (openpyxl): a bold, frozen header row with an autofilter, column widths, due dates
  as real dates with a ``yyyy-mm-dd`` number format, ranks as numbers.
* Formula injection: text from the user (owner, notes) or the bank that starts with
  ``= + - @``, a tab or a carriage return gets a leading apostrophe, and XLSX cells are
  stored as strings, so a spreadsheet never runs a cell as a formula.
* Control characters that XLSX cannot hold are dropped; output is deterministic (the
  workbook's timestamps are the assessment's, the ZIP entries carry a fixed date).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.text import Text
from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS, PHASE_LABELS, STATUS_LABELS
from advisor.report.cohort_csv import safe_cell

__all__ = ["HEADERS", "PlanRow", "csv_bytes", "plan_rows", "safe_text", "xlsx_bytes"]

HEADERS: dict[str, Text] = {
    "rank": Text.of("Rank", hi="क्रम"),
    "phase": Text.of("Phase", hi="चरण"),
    "action": Text.of("Action", hi="कार्य"),
    "dimension": Text.of("Area", hi="क्षेत्र"),
    "effort": Text.of("Effort", hi="मेहनत"),
    "cost": Text.of("Cost", hi="ख़र्च"),
    "owner": Text.of("Owner", hi="ज़िम्मेदार"),
    "due": Text.of("Due", hi="अंतिम तिथि"),
    "status": Text.of("Status", hi="स्थिति"),
    "notes": Text.of("Notes", hi="टिप्पणी"),
    "help": Text.of("Where to get help", hi="मदद कहाँ से"),
}
SHEET_TITLE = Text.of("Action plan", hi="कार्य योजना")
_WIDTHS = {
    "rank": 6,
    "phase": 18,
    "action": 48,
    "dimension": 14,
    "effort": 15,
    "cost": 20,
    "owner": 18,
    "due": 12,
    "status": 12,
    "notes": 40,
    "help": 36,
}
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class PlanRow:
    """One action of the plan, as the table shows it."""

    rank: int
    phase: str
    action: str
    dimension: str
    effort: str
    cost: str
    owner: str
    due: dt.date | None
    status: str
    notes: str
    help: str


def plan_rows(bank: Bank, assessment: Assessment, lang: str = "en") -> list[PlanRow]:
    """The plan of ``assessment`` as rows, by phase then rank (as the PDF lists it)."""
    result = score_assessment(bank, assessment)
    plan = build_plan(bank, assessment, result)
    rows = []
    for action in plan:
        rec = action.recommendation
        dimension = bank.dimension_by_id.get(action.dimension)
        rows.append(
            PlanRow(
                rank=action.rank,
                phase=PHASE_LABELS[action.phase].get(lang),
                action=rec.title.get(lang),
                dimension=dimension.title.get(lang) if dimension else action.dimension,
                effort=EFFORT_LABELS[rec.effort].get(lang),
                cost=COST_LABELS[rec.cost].get(lang),
                owner=action.edit.owner,
                due=action.edit.due,
                status=STATUS_LABELS[action.edit.status].get(lang),
                notes=action.edit.notes,
                help="; ".join(
                    bank.source_by_id[s].name.get(lang) for s in rec.help if s in bank.source_by_id
                ),
            )
        )
    return rows


def safe_text(value: str) -> str:
    """Text a spreadsheet will show as text: no formula start, no illegal characters."""
    cleaned = _XLSX_ILLEGAL.sub("", value)
    return str(safe_cell(cleaned))


def _header(lang: str) -> list[str]:
    return [HEADERS[f.name].get(lang) for f in fields(PlanRow)]


def csv_bytes(rows: Sequence[PlanRow], lang: str = "en") -> bytes:
    """The CSV file's bytes: UTF-8 with a BOM, CRLF, dates as ``YYYY-MM-DD``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in _header(lang)])
    for row in rows:
        cells: list[object] = []
        for value in astuple(row):
            if isinstance(value, dt.date):
                cells.append(value.isoformat())
            elif isinstance(value, str):
                cells.append(safe_text(value))
            elif value is None:
                cells.append("")
            else:
                cells.append(value)
        writer.writerow(cells)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(
    rows: Sequence[PlanRow],
    lang: str = "en",
    *,
    title: str = "",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The XLSX workbook's bytes: one sheet, typed cells, frozen bold header, autofilter.

    ``title`` goes into the document properties (e.g. the company); ``stamp`` is the
    creation time written into them (the assessment's ``updated_at`` keeps it stable).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE.get(lang)[:31]
    names = [f.name for f in fields(PlanRow)]
    sheet.append(_header(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for number, row in enumerate(rows, start=2):
        for column, (name, value) in enumerate(zip(names, astuple(row), strict=True), start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                cell.value = safe_text(value)
                cell.data_type = "s"  # never a formula, whatever the text
            else:
                cell.value = value
            if name in ("action", "notes", "help"):
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            else:
                cell.alignment = Alignment(vertical="top")
    for column, name in enumerate(names, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS[name]
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(names))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"

    when = (stamp or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)).astimezone(dt.UTC)
    workbook.properties.created = when.replace(tzinfo=None)
    workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Export Readiness Advisor"
    workbook.properties.title = safe_text(title)[:200] or SHEET_TITLE.get(lang)
    raw = io.BytesIO()
    workbook.save(raw)
    return _stable_zip(raw.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ"))


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _stable_zip(data: bytes, stamp: str) -> bytes:
    """The same ZIP with a fixed date on every entry, so equal content gives equal bytes.

    openpyxl writes the wall clock into the document's "modified" property whatever the
    workbook says; it becomes ``stamp`` (the assessment's time) here.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>" + stamp.encode("ascii") + rb"\g<2>", body)
            target.writestr(entry, body)
    return out.getvalue()
