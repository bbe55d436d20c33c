"""The plan table: dates in full, no text cut with "…", editors inside their cells, in
English and Hindi, at the usual size and at the window's minimum size. The table scrolls
inside the page (which fits the window) and follows the keys; the selected action's
details stay in sight below it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QStyle

from advisor.resources import resources_root
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank
from advisor.ui.assessment.plan_model import COLUMNS
from advisor.ui.assessment.plan_table import unbreakable

EXAMPLE = resources_root() / "examples" / "growing-spices-us-uae.json"


def _plan(make_window, qtbot, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), show=False)
    window.files.load_assessment(load_assessment(EXAMPLE).assessment, None)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.go_to_section("plan")
    QApplication.processEvents()
    qtbot.wait(1)
    QApplication.processEvents()
    return window, page


def _padding(table) -> int:  # type: ignore[no-untyped-def]
    """What Qt leaves out of a cell's width for its text: a margin each side, the grid line."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return 2 * margin + (1 if table.showGrid() else 0)


def _drawn_lines(text: str, font, width: int) -> list[float]:  # type: ignore[no-untyped-def]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    heights = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        heights.append(line.height())
    layout.endLayout()
    return heights


def _cut(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Cells Qt would end with "…": a word wider than its column, or a line it stops before
    (it stops when the next line, guessed as tall as the current one, would not fit)."""
    model = table.model()
    metrics = QFontMetrics(table.font())
    padding = _padding(table)
    cut = []
    for row in range(model.rowCount()):
        room = table.rowHeight(row) - (1 if table.showGrid() else 0)
        for column, name in enumerate(COLUMNS):
            text = str(model.index(row, column).data() or "")
            if not text:
                continue
            width = table.columnWidth(column) - padding
            for word in unbreakable(text):  # Qt wraps at spaces and after hyphens
                if metrics.horizontalAdvance(word) > width:
                    cut.append(f"{name} row {row}: {word!r} wider than {width}")
            lines = _drawn_lines(text, table.font(), width)
            total = 0.0
            for index, height in enumerate(lines[:-1]):
                total += height
                if total + height > room:
                    cut.append(f"{name} row {row}: {text!r} stops after line {index + 1}")
                    break
            if sum(lines) > room:
                cut.append(f"{name} row {row}: {text!r} needs {sum(lines)} px, has {room}")
    return cut


def _check(window, page) -> None:  # type: ignore[no-untyped-def]
    table = page.table
    model = table.model()
    assert model.rowCount() > 10
    due = COLUMNS.index("due")
    dates = [str(model.index(r, due).data() or "") for r in range(model.rowCount())]
    assert any(dates), "the example has due dates"
    # the due column: as wide as its content and its header, dates in one line
    assert table.columnWidth(due) >= table.sizeHintForColumn(due)
    assert table.columnWidth(due) >= table.horizontalHeader().sectionSizeHint(due)
    metrics = QFontMetrics(table.font())
    for text in dates:
        assert metrics.horizontalAdvance(text) + _padding(table) <= table.columnWidth(due)
    assert not _cut(table), "\n".join(_cut(table))
    # the columns fit the width; the long plan scrolls inside the table, the page fits
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.verticalScrollBar().maximum() > 0
    assert page.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1024, 700), (800, 560)])
def test_plan_table_fits_its_content_in_english(make_window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window, page = _plan(make_window, qtbot, size)
    _check(window, page)


@pytest.mark.parametrize("size", [(1024, 700), (800, 560)])
def test_plan_table_fits_its_content_in_hindi(hindi, make_window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window, page = _plan(make_window, qtbot, size)
    assert window.lang == "hi"
    _check(window, page)


def test_the_keys_move_through_every_row_and_the_table_follows(make_window, qtbot) -> None:
    _window, page = _plan(make_window, qtbot, (1024, 700))
    table = page.table
    page.focus_first()
    assert table.hasFocus()
    viewport = table.viewport()
    for _ in range(table.model().rowCount() - 1):
        QTest.keyClick(table, Qt.Key.Key_Down)
        rect = table.visualRect(table.currentIndex())
        assert viewport.rect().contains(rect), table.currentIndex().row()
    assert table.currentIndex().row() == table.model().rowCount() - 1
    assert table.verticalScrollBar().value() > 0


def test_the_date_editor_is_not_clipped(make_window, qtbot) -> None:
    _window, page = _plan(make_window, qtbot, (800, 560))
    table = page.table
    page.focus_first()
    assert COLUMNS[table.currentIndex().column()] == "owner"
    QTest.keyClick(table, Qt.Key.Key_Right)
    assert COLUMNS[table.currentIndex().column()] == "due"
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QDateEdit)
    assert editor is not None and editor.isVisible()
    hint = editor.sizeHint()
    assert editor.width() >= hint.width() and editor.height() >= hint.height()
    assert table.viewport().rect().contains(editor.geometry())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


SIZES = [(1024, 700), (800, 560)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_due_date_and_status_editors_stay_inside_their_cells(
    lang, size, request, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Editing never covers the next cell (the date editor covered the status at 800x560):
    the columns are as wide as their editors."""
    if lang == "hi":
        request.getfixturevalue("hindi")
    window, page = _plan(make_window, qtbot, size)
    assert window.lang == lang
    table = page.table
    page.focus_first()
    for name, kind in (("due", QDateEdit), ("status", QComboBox)):
        index = table.model().index(0, COLUMNS.index(name))
        table.setCurrentIndex(index)
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = table.viewport().findChild(kind)
        assert editor is not None and editor.isVisible()
        cell = table.visualRect(index)
        assert cell.contains(editor.geometry()), (name, cell, editor.geometry())
        assert editor.width() >= editor.sizeHint().width()
        assert editor.height() >= editor.sizeHint().height()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        QApplication.processEvents()


def _fully_in_sight(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_selected_actions_details_are_in_sight(lang, size, request, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Moving through the plan with the keys, each action's details show below the table,
    in sight without scrolling the page (they were below a plan as long as the page)."""
    if lang == "hi":
        request.getfixturevalue("hindi")
    window, page = _plan(make_window, qtbot, size)
    table = page.table
    page.focus_first()
    rows = table.model().rowCount()
    for target in (0, rows // 2, rows - 1):
        while table.currentIndex().row() < target:
            QTest.keyClick(table, Qt.Key.Key_Down)
        title = table.model().action(target).recommendation.title.get(window.lang)
        assert page.detail_heading.text() == title
        assert _fully_in_sight(page.detail_heading), (target, page.detail_heading.visibleRegion())
        assert not page.detail.visibleRegion().isEmpty()
        assert not table.visualRect(table.currentIndex()).isEmpty()
        assert page.verticalScrollBar().value() == 0
    # Tab goes from the table to the details (their text can be selected with the keys)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.detail
    assert page.detail.accessibleName()
    # and the keys scroll them when they are longer than their room
    scroll = page.detail_area.verticalScrollBar()
    assert scroll.maximum() > 0 and scroll.value() == 0
    QTest.keyClick(page.detail, Qt.Key.Key_PageDown)
    assert scroll.value() > 0
    QTest.keyClick(page.detail, Qt.Key.Key_Home)
    assert scroll.value() == 0


def test_the_line_between_table_and_details_is_remembered(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page = _plan(make_window, qtbot, (800, 560))
    total = sum(page.split.sizes())
    page.split.moveSplitter(total - page.split.handleWidth() - 60, 1)  # the details: 60 px
    moved = page.split.sizes()
    assert moved[1] < total // 3  # really moved (the default gives the details a third)
    window.doc.undo_stack.setClean()
    window.close()
    # the next window (the next run: the setting is on disk) opens the plan the same way
    _again, page_again = _plan(make_window, qtbot, (800, 560))
    assert page_again.split.sizes() == moved


def _drag(handle, dy: int, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Drag ``handle`` ``dy`` px down in ``steps`` moves, as a mouse does."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    start = QPointF(handle.width() / 2, handle.height() / 2)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    plain = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, y: float, button, buttons) -> None:  # type: ignore[no-untyped-def]
        at = QPointF(start.x(), y)
        event = QMouseEvent(kind, at, handle.mapToGlobal(at), button, buttons, plain)
        QApplication.sendEvent(handle, event)

    send(QEvent.Type.MouseButtonPress, start.y(), left, left)
    for i in range(1, steps + 1):
        send(QEvent.Type.MouseMove, start.y() + dy * i / steps, none, left)
    send(QEvent.Type.MouseButtonRelease, start.y() + dy, left, none)


def test_the_line_is_written_to_the_windows_settings_once_when_let_go(  # type: ignore[no-untyped-def]
    qtbot, dialogs, tmp_path, monkeypatch
) -> None:
    """The plan page uses the window's settings (a test's own file here: nothing else is
    touched) and writes the line's place once, when the drag ends, not at every pixel."""
    from PySide6.QtCore import QSettings

    from advisor.ui import app
    from advisor.ui.common.settings import Settings
    from advisor.ui.shell.mainwindow import MainWindow

    app.create_application()
    writes: list[object] = []
    real_set = Settings.set

    def noted(self, name: str, value: object) -> None:  # type: ignore[no-untyped-def]
        writes.append(name)
        real_set(self, name, value)

    monkeypatch.setattr(Settings, "set", noted)
    own = Settings(QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat))

    def plan_in_window():  # type: ignore[no-untyped-def]
        window = MainWindow(default_bank(), own)
        qtbot.addWidget(window)
        window.files.load_assessment(load_assessment(EXAMPLE).assessment, None)
        window.resize(800, 560)
        window.show()
        qtbot.waitExposed(window)
        page = window.go_to_section("plan")
        QApplication.processEvents()
        return window, page

    window, page = plan_in_window()
    before = page.split.sizes()
    _drag(page.split.handle(1), -50, steps=8)
    moved = page.split.sizes()
    assert moved[0] < before[0] - 25  # really moved: the details are taller
    assert writes.count("plan/split") == 1  # once, at the release
    window.go_to_section("profile")  # hidden after the write: nothing more to write
    assert writes.count("plan/split") == 1
    window.doc.undo_stack.setClean()
    window.close()
    assert not QSettings().contains("plan/split")  # the app's default settings: untouched

    window, page = plan_in_window()  # the next window on the same settings
    assert page.split.sizes() == moved
    window.doc.undo_stack.setClean()
    window.close()
