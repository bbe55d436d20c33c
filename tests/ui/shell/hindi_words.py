"""Which words of a Hindi window may stay in Latin letters.

A page "has English left" when a word of three or more Latin letters appears on a label,
button, group box, tab, combo box, table header or cell, menu or the window title, and
that word is neither a name kept in Latin (:data:`KEPT_IN_LATIN`), nor in the bank's own
Hindi texts (acronyms such as IEC or GST, checked by the bank's tests), nor the user's
own text (company, names, owners, notes, the file name).
"""

from __future__ import annotations

import re

# Names, acronyms and technical words that stay in Latin letters in the Hindi interface.
KEPT_IN_LATIN = {
    # the app's own name, kept in brackets after the Hindi name; the language menu
    "Export", "Readiness", "Advisor", "English", "Language",
    # documents, formats and standards known by these names in India
    "PDF", "CSV", "XLSX", "Excel", "JSON", "json", "PNG", "JPEG", "png", "jpg", "jpeg",
    "pdf", "csv", "xlsx", "yaml", "yml", "REACH", "RRGGBB", "USB", "KB",
    # codes named as the glossary says, in Latin letters: IEC, AD code, HS code
    "IEC", "code",
    # software and licences named in About
    "Qt", "PySide", "GNU", "LGPL", "MIT", "Noto", "Sans", "Devanagari", "Google", "SIL",
    "Open", "Font", "License",
    # keys and the command line
    "Tab", "Enter", "export", "advisor", "workshop", "FOLDER", "bank", "BANK", "archive",
}  # fmt: skip


WORD = re.compile(r"[A-Za-z]{3,}")


def words(text: str) -> set[str]:
    return set(WORD.findall(text or ""))
