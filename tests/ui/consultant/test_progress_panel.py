"""The panel that shows progress since the previous assessment (finding it: tests/services)."""

from __future__ import annotations

import datetime as dt

import consultant_fixtures as fx
from PySide6.QtCore import Qt

from advisor.domain.assessment import Answer
from advisor.domain.bank import Bank
from advisor.domain.progress import compare
from advisor.ui.consultant.progress_panel import ProgressPanel, format_day

english_interface = fx.english_interface
bank = fx.bank


def test_format_day() -> None:
    assert format_day(dt.date(2026, 11, 27)) == "27 Nov 2026"
    assert format_day(dt.date(2026, 11, 27), "hi") == "27 नव॰ 2026"  # CLDR hi_IN medium


def _improved(bank: Bank) -> tuple:  # type: ignore[type-arg]
    old = fx.example(0)
    new = old.model_copy(deep=True)
    new.created_at = old.created_at + dt.timedelta(days=100)
    for question in bank.questions:
        if question.kind.value == "single" and question.id in old.answers:
            new.answers[question.id] = Answer(choice=question.best_options()[0].id)
    return old, new


def test_panel_shows_the_changes(qtbot, bank: Bank) -> None:  # type: ignore[no-untyped-def]
    old, new = _improved(bank)
    progress = compare(bank, old, new)
    panel = ProgressPanel("en")
    qtbot.addWidget(panel)
    assert not panel.isVisible()
    panel.set_progress(progress)
    panel.resize(900, 700)
    panel.show()
    assert panel.heading.text() == f"Progress since {format_day(old.created_at.date())}"
    assert "▲" in panel.summary.text()
    assert f"{progress.overall.old:.0f} → {progress.overall.new:.0f}" in panel.summary.text()
    for change in progress.dimensions:
        assert change.dimension.title.get("en") in panel.table.text()
    gaps = panel.gaps.text()
    assert f"Gaps closed: {len(progress.gaps_closed)}" in gaps
    assert f"Gaps still open: {len(progress.gaps_open)}" in gaps
    assert f"New gaps: {len(progress.gaps_new)}" in gaps
    assert "Plan actions completed:" in gaps
    assert len(progress.gaps_closed) > 0
    # a tab stop on the Results page that says what it shows
    assert panel.focusPolicy() & Qt.FocusPolicy.TabFocus
    said = panel.accessibleDescription()
    assert panel.heading.text() in said
    assert f"Gaps closed: {len(progress.gaps_closed)}" in said and "<" not in said
    panel.set_progress(None)
    assert not panel.isVisible()


def test_panel_in_hindi_and_with_questions_not_comparable(qtbot, bank: Bank) -> None:  # type: ignore[no-untyped-def]
    old, new = _improved(bank)
    question = bank.questions[0]
    old.answers[question.id] = Answer(choice="an-option-that-was-removed")
    progress = compare(bank, old, new)
    assert progress.not_comparable
    panel = ProgressPanel("hi")
    qtbot.addWidget(panel)
    panel.set_progress(progress)
    assert "Not comparable" in panel.notes.text()
    assert question.text.get("hi") in panel.notes.text()
    assert bank.dimensions[0].title.get("hi") in panel.table.text()


def test_html_in_company_names_is_escaped(qtbot, bank: Bank) -> None:  # type: ignore[no-untyped-def]
    old, new = _improved(bank)
    old.profile.company = "<b>Old</b>"
    progress = compare(bank, old, new)
    panel = ProgressPanel("en")
    qtbot.addWidget(panel)
    panel.set_progress(progress)
    assert "company names differ" in panel.notes.text()  # warnings are plain text


def test_error_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ProgressPanel("en")
    qtbot.addWidget(panel)
    panel.show_error("cannot compare <these>")
    assert not panel.isHidden()
    assert "&lt;these&gt;" in panel.summary.text()


def test_a_follow_up_with_no_change_says_so_in_a_few_lines(qtbot, bank: Bank) -> None:  # type: ignore[no-untyped-def]
    old = fx.example(0)
    new = old.model_copy(deep=True)
    new.created_at = old.created_at + dt.timedelta(hours=2)
    panel = ProgressPanel("en")
    qtbot.addWidget(panel)
    panel.set_progress(compare(bank, old, new))
    day = format_day(old.created_at.date())
    assert f"Nothing has changed since {day}" in panel.summary.text()
    assert panel.table.isHidden()
    assert "Gaps closed" not in panel.gaps.text()
    assert "Gaps still open" in panel.gaps.text()


def test_unchanged_areas_collapse_into_one_line(qtbot, bank: Bank) -> None:  # type: ignore[no-untyped-def]
    old = fx.example(0)
    new = old.model_copy(deep=True)
    new.created_at = old.created_at + dt.timedelta(days=30)
    moved = bank.dimensions[0]
    for question in bank.questions:
        if question.dimension == moved.id and question.kind.value == "single":
            new.answers[question.id] = Answer(choice=question.best_options()[0].id)
    panel = ProgressPanel("en")
    qtbot.addWidget(panel)
    panel.set_progress(compare(bank, old, new))
    table = panel.table.text()
    assert moved.title.get("en") in table
    others = [d.title.get("en") for d in bank.dimensions[1:]]
    line = f"No change in {', '.join(others[:-1])} and {others[-1]} since"
    assert line in table
    assert table.index("</table>") < table.index(line)  # the moved areas come first
