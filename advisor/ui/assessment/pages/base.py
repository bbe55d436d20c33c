"""What every page has: a heading, a short muted introduction, and scrolling content."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from advisor.ui.common.style import MARGIN, focus_visibly, heading, muted_label
from advisor.ui.document.model import AssessmentDocument

__all__ = ["Page"]

CONTENT_MAX_WIDTH = 980


class _Content(QWidget):
    """A page's content: as tall as its text needs at the page's width, no taller.

    A scroll area makes its widget at least as tall as the widget's minimum size hint,
    and the minimum size hint of wrapped text is its height at its narrowest: a page
    ended in blank space as tall as a screen, and more (2,000 px under a chunk of 50
    questions). Its height is the layout's height for its width (the scroll area asks).
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), 0)
        return hint


class Page(QScrollArea):
    """A scrolling page with a heading; subclasses fill ``self.body``.

    ``activate()`` is called each time the page is shown; pages that show computed
    results recompute there, and only when the document changed since (``dirty``).
    The window's Back and Next move inside a page that has parts of its own first (a big
    area's chunks: :meth:`step`), and a page reached by them starts at its first part
    (Next) or its last (Back): :meth:`enter`.
    """

    def __init__(self, doc: AssessmentDocument, title: str, intro: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.title = title
        self.dirty = True
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(title)
        # The scroll area is no tab stop (it never shows focus); Tab reaches its controls.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = _Content()
        inner.setObjectName("pageContent")
        inner.setMaximumWidth(CONTENT_MAX_WIDTH)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        outer.setSpacing(12)
        self.heading = heading(title, inner)
        outer.addWidget(self.heading)
        self.intro = muted_label(intro, inner)
        self.intro.setVisible(bool(intro))
        outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body)
        # Where features' panels go (``add_panel``); a page may place it, else it ends the body.
        self.panel_box = QVBoxLayout()
        self.panel_box.setSpacing(12)
        outer.addStretch(1)
        self.setWidget(inner)

    def add_panel(self, panel: QWidget) -> None:
        """Show a feature's panel on this page, in the page's place for panels."""
        if self.panel_box.parent() is None:
            self.body.addLayout(self.panel_box)
        self.panel_box.addWidget(panel)

    def activate(self) -> None:
        """The page is being shown: bring it up to date (cheap when nothing changed)."""
        if self.dirty:
            self.dirty = False
            # Hiding a section while rebuilding (e.g. no unconfirmed blockers) can make the
            # scroll area jump to another child: the page then opened with its heading cut
            # off. A refresh keeps the place the reader was at (the top, on a first visit).
            scroll = self.verticalScrollBar()
            place = scroll.value()
            self.refresh()
            scroll.setValue(place)

    def refresh(self) -> None:
        """Rebuild what the page shows from the document."""

    def mark_dirty(self) -> None:
        """The document changed: refresh now if visible, else on the next ``activate``."""
        self.dirty = True
        if self.isVisible():
            self.activate()

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's first control, visibly (as Tab would)."""
        inner = self.widget()
        widget = inner.nextInFocusChain()
        while widget is not None and widget is not inner:
            if (
                inner.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(inner)
                and widget.isEnabled()
            ):
                focus_visibly(widget)
                return
            widget = widget.nextInFocusChain()

    def can_step(self, direction: int) -> bool:
        """True when Back (-1) or Next (+1) has a part of this page to go to."""
        return False

    def step(self, direction: int) -> bool:
        """Back (-1) or Next (+1) inside the page; False when there is no part to go to
        (the window goes to the section before or after)."""
        return False

    def enter(self, direction: int) -> None:
        """The page was reached by Next (+1) from the section before or by Back (-1) from
        the one after: its first control gets the focus."""
        self.focus_first()
