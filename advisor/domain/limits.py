"""Every limit of the app's files, in one place, so that reading, saving and checking agree.

A limit keeps a damaged or hostile file from hurting anyone. The same numbers are used by
the models (which refuse a file over them), by the save path (which refuses to write a
file the app could not open again), by ``validate`` on a bank (which refuses a bank that
could make an assessment over them) and by README's limits table (a test compares it with
:data:`LIMITS`).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "LIMITS",
    "MAX_ANSWERS",
    "MAX_ASSESSMENT_BYTES",
    "MAX_BANK_BYTES",
    "MAX_BANK_QUESTIONS",
    "MAX_BANK_RECOMMENDATIONS",
    "MAX_BANK_TEXT",
    "MAX_BRANDING_BYTES",
    "MAX_BRANDING_TEXT",
    "MAX_CHOICES",
    "MAX_CONTACT_LINES",
    "MAX_COPY_BYTES",
    "MAX_DEPTH",
    "MAX_LOGO_BYTES",
    "MAX_LOGO_PIXELS",
    "MAX_NOTES",
    "MAX_NUMBER",
    "MAX_PLAN_EDITS",
    "MAX_PROFILE_LIST",
    "MAX_SESSION_BYTES",
    "MAX_SHORT_TEXT",
    "MAX_YEAR",
    "MIN_YEAR",
    "Limit",
]

# --- files -------------------------------------------------------------------------------
MAX_ASSESSMENT_BYTES = 2_000_000  # a full assessment with long notes is ~100 KB
# The built-in bank is ~370 KB of YAML for 93 bilingual questions (about 4 KB each); a trade
# body's bank of 5,000 such questions (issue 18) is 17.1 MB as YAML, 17.2 MB as JSON, and
# 25.9 MB as JSON written with Python's default ``\uXXXX`` escapes of the Hindi text.
# 40 MB holds those, and MAX_BANK_QUESTIONS such questions as YAML (about 34 MB), and still
# refuses a file far too big to be a bank.
MAX_BANK_BYTES = 40_000_000
MAX_BRANDING_BYTES = 100_000  # a profile is well under 10 KB; the logo is a separate file
MAX_SESSION_BYTES = 100_000  # workshop.json
MAX_LOGO_BYTES = 10_000_000
MAX_LOGO_PIXELS = 4000
MAX_COPY_BYTES = 200_000_000  # a report copied to a second folder (a USB stick)
MAX_DEPTH = 12  # the formats nest 4-6 levels; anything deeper is not ours

# --- an assessment -----------------------------------------------------------------------
MAX_ANSWERS = 10_000  # twice the 5,000-question bank a trade body may use (issue 18)
MAX_PLAN_EDITS = 10_000
MAX_SHORT_TEXT = 200  # company, assessor, organisation, plan owner
MAX_NOTES = 5000  # plan notes
MAX_CHOICES = 100  # options chosen in one answer
MAX_PROFILE_LIST = 50  # target markets, channels
MAX_NUMBER = 1e12  # a number answer lies within -MAX_NUMBER..MAX_NUMBER
MIN_YEAR = 1900  # timestamps and due dates: years MIN_YEAR..MAX_YEAR
MAX_YEAR = 9998  # (a spreadsheet and every time zone can hold them)

# --- a question bank: never more than an assessment can hold ------------------------------
MAX_BANK_QUESTIONS = MAX_ANSWERS
MAX_BANK_RECOMMENDATIONS = MAX_PLAN_EDITS
MAX_BANK_TEXT = 4000  # one text of a bank, in one language

# --- a branding profile ------------------------------------------------------------------
MAX_BRANDING_TEXT = 3000  # the disclaimer
MAX_CONTACT_LINES = 4


class Limit(NamedTuple):
    """One limit as README's table shows it (a NamedTuple: defined in a tenth of a frozen
    dataclass's time, before the window shows; issue 18)."""

    what: str
    value: str


LIMITS: tuple[Limit, ...] = (
    Limit("Assessment file", f"{MAX_ASSESSMENT_BYTES // 1_000_000} MB"),
    Limit("Answers in an assessment", f"{MAX_ANSWERS:,}"),
    Limit("Plan edits in an assessment", f"{MAX_PLAN_EDITS:,}"),
    Limit("Company, assessor, organisation, plan owner", f"{MAX_SHORT_TEXT} characters"),
    Limit("Plan notes", f"{MAX_NOTES:,} characters"),
    Limit("Options chosen in one answer", f"{MAX_CHOICES}"),
    Limit("Target markets, channels", f"{MAX_PROFILE_LIST} each"),
    Limit("Number answers", "-10^12 to 10^12"),
    Limit("Timestamps and due dates", f"years {MIN_YEAR} to {MAX_YEAR}"),
    Limit("Question bank file", f"{MAX_BANK_BYTES // 1_000_000} MB"),
    Limit("Questions in a bank", f"{MAX_BANK_QUESTIONS:,}"),
    Limit("Recommendations in a bank", f"{MAX_BANK_RECOMMENDATIONS:,}"),
    Limit("Options of one question", f"{MAX_CHOICES}"),
    Limit("Markets, channels in a bank", f"{MAX_PROFILE_LIST} each"),
    Limit("One text of a bank", f"{MAX_BANK_TEXT:,} characters"),
    Limit("Branding profile file", "100 KB"),
    Limit("Branding names and lines", f"{MAX_SHORT_TEXT} characters"),
    Limit("Branding disclaimer", f"{MAX_BRANDING_TEXT:,} characters"),
    Limit("Contact lines", f"{MAX_CONTACT_LINES}"),
    Limit("Logo", f"10 MB, {MAX_LOGO_PIXELS}x{MAX_LOGO_PIXELS} pixels"),
    Limit("Workshop session file (workshop.json)", "100 KB"),
    Limit("Report copied to a second folder", "200 MB"),
    Limit("Nesting of any JSON file", f"{MAX_DEPTH} levels"),
)
