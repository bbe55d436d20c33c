"""The window names the bank's rules date (About box, Results page) and warns when it is old.

The Results page reads today's date through its ``today`` function; the tests replace it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextDocumentFragment

from advisor.storage.banks import default_bank

OLD_WARNING = "These rules were last checked on 30 Nov 2026, more than 12 months ago"


def _about_text(lang: str) -> str:
    from advisor.ui.shell.about import about_html

    return QTextDocumentFragment.fromHtml(about_html(default_bank(), lang)).toPlainText()


def test_about_box_names_the_rules_date(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "Rules as of 30 Nov 2026" in _about_text("en")
    assert "30 नवंबर 2026 तक के नियम" in _about_text("hi")


def _results(make_window, qtbot, monkeypatch, today: date):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("advisor.ui.assessment.pages.results.today", lambda: today)
    window = make_window(default_bank())
    page = window.go_to_section("results")
    page.refresh()
    return page


def test_results_page_shows_the_date_without_warning_while_recent(
    make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _results(make_window, qtbot, monkeypatch, date(2026, 12, 1))
    assert page.rules_label.text() == "Rules as of 30 Nov 2026"
    assert page.rules_label.isVisible()
    assert not page.stale_label.isVisible()


def test_results_page_says_plainly_when_the_rules_are_old(make_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _results(make_window, qtbot, monkeypatch, date(2028, 1, 5))
    assert OLD_WARNING in page.stale_label.text()
    assert page.stale_label.isVisible()
    assert page.score_label.text()  # it still works
