"""Results with the keyboard and a screen reader: key events only, names checked against
the domain's result.

From the page's first stop, Tab visits the score block, each missing area's link, each
blocker, each unconfirmed blocker's link, then each area's result followed by its gaps,
top to bottom, each scrolled into view with its focus ring drawn; each says what it is
(its accessible name) in English and in Hindi. Enter and Space follow the links.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from advisor.domain.answers import answer_label
from advisor.domain.rounding import whole
from advisor.domain.scoring import ReadinessResult
from advisor.resources import resources_root
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank
from advisor.ui.common.style import readable_highlight

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
EXAMPLE = resources_root() / "examples" / "first-time-textiles-eu.json"


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifiers)


def _window(make_window, qtbot):  # type: ignore[no-untyped-def]
    """The example with its branding area unanswered (provisional), on the Review page."""
    bank = default_bank()
    assessment = load_assessment(EXAMPLE).assessment
    for question in bank.questions:
        if question.dimension == "branding":
            assessment.answers.pop(question.id, None)
    window = make_window(bank, show=False)
    window.files.load_assessment(assessment, None)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.go_to_section("review")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def _expected(window, result: ReadinessResult) -> list[str]:  # type: ignore[no-untyped-def]
    """The accessible names Tab should visit, from the domain's result."""
    lang = window.lang
    page = window.page("results")
    tr = page.tr
    assert result.score is not None and result.stage is not None
    names = [
        tr("Overall readiness %1 of 100, %2")
        .replace("%1", str(whole(result.score)))
        .replace("%2", result.stage.title.get(lang))
        + ", "
        + tr("provisional: %1 of %2 areas not answered enough")
        .replace("%1", str(len(result.missing)))
        .replace("%2", str(len(result.dimensions)))
    ]
    names += [
        tr("Missing area: %1, %2").replace("%1", d.dimension.title.get(lang))
        for d in result.missing
    ]
    names += [
        tr("Blocker: %1 Your answer: %2.").replace("%1", g.question.text.get(lang))
        for g in result.blockers
    ]
    names += [
        tr("Unconfirmed blocker: %1 (%2)").replace("%1", o.question.text.get(lang))
        for o in result.unconfirmed
    ]
    for dim in result.dimensions:
        names.append(dim.dimension.title.get(lang))
        for gap in dim.gaps:
            if not gap.critical:
                names.append(
                    tr("Gap in %3: %1 Your answer: %2.")
                    .replace("%3", dim.dimension.title.get(lang))
                    .replace("%1", gap.question.text.get(lang))
                    .replace("%2", answer_label(gap.question, gap.answer, lang))
                )
    return names


def _matches(said: str, expected: str) -> bool:
    """``expected`` with its open places (``%n``) filled in: compared up to the first."""
    head = expected.split("%", 1)[0] if "%" in expected else expected
    return said.startswith(head)


def _walk(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Tab from the page's first stop until the focus leaves the page."""
    page = window.page("results")
    visited = [_focus()]
    for _ in range(300):
        press(Qt.Key.Key_Tab)
        widget = _focus()
        if not page.isAncestorOf(widget):
            break
        visited.append(widget)
    return visited


def _ring_drawn(widget: QWidget) -> bool:
    """The focus ring's colour at the middle of the widget's left edge."""
    image = widget.grab().toImage()
    ring = readable_highlight(widget.palette())
    colour = image.pixelColor(1, image.height() // 2)
    return max(abs(colour.red() - ring.red()), abs(colour.blue() - ring.blue())) < 40


def _check_walk(window, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_PageDown, CTRL)
    assert window.current_key() == "results"
    page = window.page("results")
    qtbot.waitUntil(lambda: page.isAncestorOf(_focus()))
    result = window.doc.result()
    assert result.provisional and result.blockers and result.unconfirmed
    expected = _expected(window, result)
    visited = _walk(window)
    said = [w.accessibleName() for w in visited]
    assert len(said) == len(expected), "\n".join(said)
    for name, want in zip(said, expected, strict=True):
        assert _matches(name, want), (name, want)
    assert visited == page.focus_stops()
    return visited


def test_tab_visits_the_score_every_blocker_and_every_gap(make_window, qtbot) -> None:
    window = _window(make_window, qtbot)
    visited = _check_walk(window, qtbot)
    page = window.page("results")
    result = window.doc.result()
    score = visited[0]
    assert score.accessibleName().startswith(f"Overall readiness {whole(result.score)} of 100, ")
    assert "provisional: 1 of 4 areas not answered enough" in score.accessibleName()
    assert "% of the questions that apply are answered." in score.accessibleDescription()
    blocker = next(w for w in visited if w.accessibleName().startswith("Blocker: "))
    gap = result.blockers[0]
    assert blocker.accessibleName() == (
        f"Blocker: {gap.question.text.get()} Your answer: {answer_label(gap.question, gap.answer)}."
    )
    assert blocker.accessibleDescription().startswith("Best answer: ")
    assert blocker.accessibleDescription().endswith(
        f"Area: {window.bank.dimension_by_id[gap.question.dimension].title.get()}."
    )
    # going back: Shift+Tab walks the same stops upwards, each scrolled into view and ringed
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    QTest.keyClick(_focus(), Qt.Key.Key_Backtab, SHIFT)
    for widget in reversed(visited[1:]):
        assert _focus() is widget
        assert not widget.visibleRegion().isEmpty(), widget.accessibleName()
        assert _ring_drawn(widget), widget.accessibleName()
        QTest.keyClick(_focus(), Qt.Key.Key_Backtab, SHIFT)
    assert _focus() is visited[0]
    assert page.verticalScrollBar().value() == 0


def test_links_follow_with_enter_and_space(make_window, qtbot) -> None:
    window = _window(make_window, qtbot)
    press(Qt.Key.Key_PageDown, CTRL)
    press(Qt.Key.Key_Tab)
    assert _focus().accessibleName().startswith("Missing area: Branding")
    press(Qt.Key.Key_Return)
    assert window.current_key() == "branding"
    first = window.doc.result().first_unanswered("branding")
    card = window.page("branding").cards[first]
    qtbot.waitUntil(lambda: card.isAncestorOf(_focus()))

    window.go_to_section("review")
    press(Qt.Key.Key_PageDown, CTRL)
    unconfirmed = window.doc.result().unconfirmed[0].question
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        if _focus().accessibleName().startswith("Unconfirmed blocker: "):
            break
    press(Qt.Key.Key_Space)
    assert window.current_key() == unconfirmed.dimension
    card = window.page(unconfirmed.dimension).cards[unconfirmed.id]
    qtbot.waitUntil(lambda: card.isAncestorOf(_focus()))


def test_results_speak_hindi(hindi, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot)
    assert window.lang == "hi"
    visited = _check_walk(window, qtbot)
    for widget in visited:
        name = widget.accessibleName()
        assert not any(w in name for w in ("Blocker", "Gap in", "Overall", "Missing")), name
    assert "100 में से" in visited[0].accessibleName()


def test_a_screen_reader_hears_each_gap_as_an_item_of_a_list(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Blockers and gaps are list items of their table (a list), not a generic frame; the
    score and each area's result are a panel (grouping); each keeps its name."""
    from PySide6.QtGui import QAccessible

    from advisor.ui.assessment.widgets.gap_table import GapTable

    window = _window(make_window, qtbot)
    visited = _check_walk(window, qtbot)
    page = window.page("results")
    rows = [row for table in page.findChildren(GapTable) for row in table.rows()]
    assert len(rows) > 5
    Role = QAccessible.Role
    for row in rows:
        face = QAccessible.queryAccessibleInterface(row)
        assert face is not None and face.role() == Role.ListItem, face
        assert face.text(QAccessible.Text.Name) == row.accessibleName() != ""
        assert face.text(QAccessible.Text.Description) == row.accessibleDescription()
        assert face.state().focusable
        parent = face.parent()
        assert parent is not None and parent.role() == Role.List
        assert isinstance(parent.object(), GapTable)
    frames = [w for w in visited if type(w).__name__ == "FocusFrame"]
    assert frames, "the score and the areas"
    for widget in frames:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face.role() not in (Role.Border, Role.Client), widget.accessibleName()
