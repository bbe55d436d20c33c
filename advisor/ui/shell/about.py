"""The text of the About box: version, question bank and licences."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from advisor import __version__
from advisor.domain.bank import Bank
from advisor.domain.rules_date import rules_as_of_text

__all__ = ["about_html"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def about_html(bank: Bank, lang: str = "en") -> str:
    """The About box as simple HTML (every value escaped)."""
    rows = [
        (_tr("Version"), __version__),
        (_tr("Question bank"), f"{bank.title.get(lang)} ({bank.id} {bank.version})"),
        (_tr("Questions"), str(len(bank.questions))),
        (_tr("Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    licences = html.escape(
        _tr(
            "Export Readiness Advisor is free software under the MIT licence. "
            "It uses Qt and PySide6 under the GNU LGPL version 3, and embeds the Noto Sans "
            "and Noto Sans Devanagari fonts (Google) under the SIL Open Font License 1.1. "
            "It never connects to the internet."
        )
    )
    intro = html.escape(
        _tr(
            "Scores an exporter's readiness in logistics, payments, quality and branding, "
            "and writes a PDF action plan."
        )
    )
    name = html.escape(_tr("Export Readiness Advisor"))
    # the bank's own words (its "rules as of" date), in the interface language
    as_of = rules_as_of_text(bank, lang)
    rules = f"<p>{html.escape(as_of)}</p>" if as_of else ""
    return f"<h3>{name}</h3><p>{intro}</p><table>{table}</table>{rules}<p>{licences}</p>"
