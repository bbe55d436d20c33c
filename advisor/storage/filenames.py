"""The one safe-file-name policy: names the app makes from what users type.

Company, client and participant names become file and folder names that are valid on
Windows, macOS and Linux and that cannot point anywhere else:

1. the text is NFC-normalised;
2. characters no system allows (``/ \\ : * ? " < > |``), control characters and line or
   paragraph separators become the ``replacement`` (with ``letters_only``, everything but
   letters of any script, marks and digits does);
3. invisible format characters (right-to-left overrides, zero-width joiners), surrogates
   and private-use characters are dropped;
4. runs of white space become one space, runs of the replacement one replacement;
5. leading and trailing dots, spaces and replacements go, also after the name is cut
   to ``max_length`` characters (so it never ends with a dot or a space);
6. an empty result becomes the ``fallback``; a reserved Windows device name
   (:data:`RESERVED_NAMES`: ``CON``, ``NUL``, ``COM1``..., also ``con.pdf``) gets ``_``
   after its first part (``CON_``, ``con_.pdf``).

:func:`safe_stem` applies it, :func:`safe_slug` with ``letters_only``;
:func:`safe_pdf_name` and :func:`safe_plan_name` name the exports the window suggests
(``<company>-2026-11-27.pdf``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = [
    "MAX_EXPORT_STEM",
    "RESERVED_NAMES",
    "is_reserved",
    "safe_pdf_name",
    "safe_plan_name",
    "safe_slug",
    "safe_stem",
    "safe_summary_name",
]

RESERVED_NAMES: frozenset[str] = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{c}" for c in "0123456789¹²³"),
        *(f"lpt{c}" for c in "0123456789¹²³"),
    }
)
MAX_EXPORT_STEM = 80  # the company part of an export's suggested name
MAX_SLUG = 60  # leaves room for a date and the folders above within Windows' 260

_FORBIDDEN = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f-\x9f\u2028\u2029]')
_DROPPED = ("Cf", "Cs", "Co")


def is_reserved(name: str) -> bool:
    """True when Windows reserves ``name`` for a device (``CON``, ``nul.txt``, ``COM1``...)."""
    return name.split(".", maxsplit=1)[0].strip().casefold() in RESERVED_NAMES


def safe_stem(
    text: str,
    *,
    fallback: str,
    max_length: int,
    replacement: str = "-",
    letters_only: bool = False,
) -> str:
    """``text`` as a file or folder name (without suffix) under the policy above."""
    text = unicodedata.normalize("NFC", text)
    if letters_only:
        text = "".join(c if unicodedata.category(c)[0] in "LMN" else replacement for c in text)
    else:
        text = _FORBIDDEN.sub(replacement, text)
        text = "".join(c for c in text if unicodedata.category(c) not in _DROPPED)
    text = re.sub(r"\s+", " ", text)
    if letters_only:
        text = re.sub(f"(?:{re.escape(replacement)}){{2,}}", replacement, text)
    ends = ". " + replacement
    text = text.strip(ends)[:max_length].rstrip(ends)
    if not text:
        return fallback
    if is_reserved(text):
        head, dot, rest = text.partition(".")
        text = f"{head.rstrip()}_{dot}{rest}"
    return text


def safe_slug(text: str, fallback: str, max_length: int = MAX_SLUG) -> str:
    """``Acme-Exports-Pvt-Ltd``: letters, marks and digits joined by ``-`` (file stems the
    app makes for participants and follow-ups)."""
    return safe_stem(text, fallback=fallback, max_length=max_length, letters_only=True)


def safe_pdf_name(company: str, day: dt.date) -> str:
    """``Shree Ganesh Textiles-2026-11-27.pdf``: the name suggested for a PDF export."""
    stem = safe_stem(company, fallback="assessment", max_length=MAX_EXPORT_STEM)
    return f"{stem}-{day.isoformat()}.pdf"


def safe_summary_name(company: str, day: dt.date, suffix: str = ".png") -> str:
    """``Shree Ganesh Textiles-summary-2026-11-27.png``: the name suggested for the summary."""
    stem = safe_stem(company, fallback="assessment", max_length=MAX_EXPORT_STEM)
    return f"{stem}-summary-{day.isoformat()}{suffix}"


def safe_plan_name(company: str, day: dt.date, suffix: str = ".xlsx") -> str:
    """``Shree Ganesh Textiles-plan-2026-11-27.xlsx``: the name suggested for a plan table."""
    stem = safe_stem(company, fallback="assessment", max_length=MAX_EXPORT_STEM)
    return f"{stem}-plan-{day.isoformat()}{suffix}"
