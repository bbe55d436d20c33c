"""The main window's sections: their pages (built on first visit), moving between them.

:class:`Sections` is mixed into :class:`~advisor.ui.shell.mainwindow.MainWindow`: the
navigator's rows, the stack of pages (placeholders until a page is first shown, with the
features' panels added then), Back and Next (hidden sections skipped: workshop mode), and
going to a question. The window owns the widgets; this holds what they do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from advisor.ui.shell import start

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton, QStackedWidget

    from advisor.domain.bank import Bank
    from advisor.ui.assessment.pages.base import Page
    from advisor.ui.common.settings import Settings
    from advisor.ui.document.model import AssessmentDocument
    from advisor.ui.shell.actions import ActionBoard, PanelSpec
    from advisor.ui.shell.navigator import Navigator, Section

__all__ = ["Sections"]


class Sections:
    """The pages of a window's sections and the moves between them (see the module)."""

    if TYPE_CHECKING:  # the window's
        bank: Bank
        doc: AssessmentDocument
        lang: str
        settings: Settings
        sections: list[Section]
        navigator: Navigator
        stack: QStackedWidget
        back_button: QPushButton
        next_button: QPushButton
        board: ActionBoard
        _pages: dict[str, Page]
        _panels: list[PanelSpec]
        _hidden_sections: set[str]
        export_action: QAction

    def _drop_pages(self) -> None:
        for key, page in list(self._pages.items()):
            index = self.stack.indexOf(page)
            placeholder = QWidget(self.stack)
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages[key]

    def page(self, key: str) -> Page:
        """The page of a section, built on first use (with the features' panels)."""
        page = self._pages.get(key)
        if page is not None:
            return page
        page = self._make_page(key)
        for panel in self._panels:
            if panel.section == key:
                page.add_panel(panel.make(page.widget()))
        row = self.navigator.row_of(key)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[key] = page
        return page

    def _make_page(self, key: str) -> Page:
        doc, lang = self.doc, self.lang
        if key == "profile":
            from advisor.ui.assessment.pages.profile import ProfilePage

            return ProfilePage(doc, lang, self.stack)
        if key == "review":
            from advisor.ui.assessment.pages.review import ReviewPage

            page = ReviewPage(doc, lang, self.stack)
            page.jumpRequested.connect(self.show_question)
            return page
        if key == "results":
            from advisor.ui.assessment.pages.results import ResultsPage

            results = ResultsPage(doc, lang, self.stack)
            results.jumpRequested.connect(self.show_question)
            return results
        if key == "plan":
            from advisor.ui.assessment.pages.plan import PlanPage

            plan = PlanPage(doc, lang, self.stack, settings=self.settings)
            # the page's primary button is the File menu's Export PDF: one export path
            plan.exportRequested.connect(self.export_action.trigger)
            plan.get_plan.setEnabled(self.export_action.isEnabled())
            self.export_action.enabledChanged.connect(plan.get_plan.setEnabled)
            return plan
        from advisor.ui.assessment.pages.questions import QuestionsPage

        area = QuestionsPage(doc, self.bank.dimension_by_id[key], lang, self.stack)
        area.chunkChanged.connect(lambda: self._update_navigation(self.stack.currentIndex()))
        return area

    def current_key(self) -> str:
        """The key of the section on screen."""
        return self.sections[self.stack.currentIndex()].key

    def set_hidden_sections(self, keys: Sequence[str]) -> None:
        """Hide sections from the navigator; Back and Next skip them (workshop mode)."""
        self._hidden_sections = set(keys)
        for section in self.sections:
            row = self.navigator.row_of(section.key)
            self.navigator.setRowHidden(row, section.key in self._hidden_sections)
        self._update_navigation(self.stack.currentIndex())

    def _rows(self) -> list[int]:
        return [i for i, s in enumerate(self.sections) if s.key not in self._hidden_sections]

    def go_to(self, row: int) -> None:
        """Show the section at ``row``."""
        row = max(0, min(row, len(self.sections) - 1))
        if self.navigator.currentRow() != row:
            self.navigator.setCurrentRow(row)  # comes back through _on_navigator_row
            return
        self._show_row(row)

    def _on_navigator_row(self, row: int) -> None:
        if row >= 0:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        page = self.page(self.sections[row].key)
        self.stack.setCurrentWidget(page)
        page.activate()
        self._update_navigation(row)

    def _update_navigation(self, row: int) -> None:
        rows = self._rows()
        page = self._pages.get(self.sections[row].key) if 0 <= row < len(self.sections) else None
        has_before = any(r < row for r in rows) or (page is not None and page.can_step(-1))
        has_after = any(r > row for r in rows) or (page is not None and page.can_step(+1))
        self.back_button.setEnabled(has_before)
        self.next_button.setEnabled(has_after)
        covered = start.start_page_shown(self)  # no section to go to from there
        self.board.set_enabled("back", has_before and not covered)
        self.board.set_enabled("forward", has_after and not covered)

    def go_to_section(self, key: str) -> Page:
        """Show a section by key and return its page."""
        self.go_to(self.navigator.row_of(key))
        return self.page(key)

    def _step(self, direction: int) -> None:
        current = self.stack.currentIndex()
        page = self._pages.get(self.sections[current].key)
        if page is not None and page.step(direction):  # a big area's next chunk first
            return
        later = [r for r in self._rows() if (r - current) * direction > 0]
        if not later:
            return
        self.go_to(later[0] if direction > 0 else later[-1])
        self.page(self.current_key()).enter(direction)

    def go_next(self) -> None:
        """The next part of the page (a big area's next chunk), else the next section
        (hidden ones skipped), from its start."""
        self._step(+1)

    def go_back(self) -> None:
        """The part of the page before, else the previous section, from its last part."""
        self._step(-1)

    def show_question(self, qid: str) -> None:
        """Go to a question's section, scroll to it and focus it."""
        question = self.bank.question_by_id.get(qid)
        if question is None:
            return
        page = self.go_to_section(question.dimension)
        QTimer.singleShot(0, lambda: page.show_question(qid))  # type: ignore[attr-defined]
