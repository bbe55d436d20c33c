"""The cohort summary as a CSV table: one row per participant, for a trade body's analysis.

Columns: the pseudonymous id (with ``names``: company, assessor, organisation), the
profile (sector, size, experience, markets, channels as labels), the overall score,
stage and completeness, the number of blockers, then a score and a stage for each
dimension of the bank. Scores are numbers; everything else is text.

The file is UTF-8 with a byte-order mark and CRLF line ends, so Excel opens it with the
right characters (₹, Devanagari). Any text cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so a spreadsheet never
runs it as a formula. Names appear only when ``names`` is true.
"""

from __future__ import annotations

import csv
import io

from advisor.domain.cohort import CohortSummary, Participant
from advisor.domain.words import words

__all__ = ["FORMULA_START", "cohort_csv_bytes", "safe_cell"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A cell a spreadsheet will not run as a formula: text starting with ``= + - @``
    (or a tab or carriage return) gets a leading apostrophe. Numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _header(key: str, lang: str, **fields: str) -> str:
    return words(lang).get(f"cohort_csv.{key}", **fields)


def _row(summary: CohortSummary, p: Participant, names: bool, lang: str) -> list[object]:
    bank = summary.bank
    profile = p.assessment.profile
    result = p.result

    def label(field: str, value: str | None) -> str:
        return bank.profile_label(field, value, lang) if value else ""

    row: list[object] = [p.id]
    if names:
        row += [profile.company, p.assessment.assessor.name, p.assessment.assessor.organisation]
    row += [
        p.assessment.created_at.date().isoformat(),
        label("sectors", profile.sector),
        label("sizes", profile.size),
        label("experience", profile.experience),
        "; ".join(label("markets", m) for m in profile.target_markets),
        "; ".join(label("channels", c) for c in profile.channels),
        "" if result.score is None else result.score,
        "" if result.stage is None else result.stage.title.get(lang),
        round(result.completeness * 100),
        _header("yes" if result.provisional else "no", lang),
        "" if result.score is None else len(result.blockers),  # nothing checked: not "0"
        len(result.unconfirmed),
    ]
    for d in result.dimensions:
        if d.score is not None and d.stage is not None:
            stage = d.stage.title.get(lang)
            if d.provisional:
                stage += f" ({_header('provisional', lang).lower()})"
            row += [d.score, stage]
        else:  # not assessed: empty, never 0
            row += ["", ""]
    return row


def cohort_csv_bytes(summary: CohortSummary, *, names: bool = False, lang: str = "en") -> bytes:
    """The CSV file's bytes (UTF-8 with BOM, CRLF). Names only when ``names`` is true."""
    header = [_header("participant", lang)]
    if names:
        header += [_header(k, lang) for k in ("company", "assessor", "organisation")]
    header += [
        _header(k, lang)
        for k in (
            "date",
            "sector",
            "size",
            "experience",
            "markets",
            "channels",
            "score",
            "stage",
            "completeness",
            "provisional",
            "blockers",
            "unconfirmed",
        )
    ]
    for d in summary.bank.dimensions:
        title = d.title.get(lang)
        header += [_header("dim_score", lang, title=title), _header("dim_stage", lang, title=title)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for participant in summary.participants:
        writer.writerow([safe_cell(c) for c in _row(summary, participant, names, lang)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
