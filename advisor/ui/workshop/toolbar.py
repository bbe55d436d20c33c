"""The workshop toolbar: "Finish and next participant", the event, and the facilitator's buttons.

Finish comes first (it must never fall into the toolbar's overflow), then a label with
the event, its date and the participant's number; the facilitator's "Cohort summary…"
and "Leave workshop mode…" are at the right (the Workshop menu, declared by
:class:`~advisor.ui.workshop.feature.WorkshopFeature`, offers them too). They have no
Alt letter: on a participant's page no single shortcut writes files or ends the mode.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from advisor.domain.formatting import format_date
from advisor.storage.workshop import WorkshopSession
from advisor.ui.common.style import named, scaled_font

__all__ = ["WorkshopToolbar"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


class _EventLabel(QLabel):
    """The event and the participant: takes the toolbar's free room and, when that is too
    little (a small window), draws the text shortened in the middle ("Ludhiana exp…
    participant 3") so that the facilitator's buttons stay on the toolbar. ``text()`` and
    the accessible name keep it in full."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """Small: the toolbar lays the buttons out first, the label gets what is left."""
        hint = super().sizeHint()
        room = self.fontMetrics().horizontalAdvance("M") * 12
        return QSize(min(hint.width(), room), hint.height())

    def minimumSizeHint(self) -> QSize:
        """As small as the size hint."""
        return self.sizeHint()

    def shown_text(self) -> str:
        """The text as drawn: shortened in the middle when the label is too narrow."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, room)

    def paintEvent(self, _event: QEvent) -> None:
        """The text, shortened to the label's width."""
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter, self.contentsRect(), int(align), self.palette(), self.isEnabled(),
            self.shown_text(), QPalette.ColorRole.WindowText,
        )  # fmt: skip


class WorkshopToolbar(QToolBar):
    """The toolbar of a window in workshop mode; the buttons call the given functions."""

    def __init__(
        self,
        parent: QWidget,
        finish: Callable[[], None],
        summary: Callable[[], None],
        leave: Callable[[], None],
    ) -> None:
        super().__init__(_tr("Workshop"), parent)
        self.setObjectName("workshopToolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.finish_button = named(
            QPushButton(_tr("F&inish and next participant"), self),
            _tr("Finish and next participant"),
            _tr("Save this participant's assessment and PDF, then start clean"),
        )
        self.finish_button.setObjectName("finishParticipant")
        self.finish_button.setFont(scaled_font(self.finish_button, 1.1, bold=True))
        self.finish_button.setStyleSheet(
            "QPushButton#finishParticipant { background: #1e8449; color: white;"
            " padding: 6px 16px; border-radius: 4px; }"
            "QPushButton#finishParticipant:disabled { background: #7f8c8d; }"
        )
        self.finish_button.clicked.connect(finish)
        self.addWidget(self.finish_button)
        self.label = _EventLabel(self)  # takes the room between Finish and the others
        self.label.setContentsMargins(12, 0, 8, 0)
        self.addWidget(self.label)
        self.cohort_button = named(
            QPushButton(_tr("Cohort summary…"), self),
            _tr("Cohort summary"),
            _tr("Write an anonymised summary of every finished participant"),
        )
        self.cohort_button.clicked.connect(summary)
        self.addWidget(self.cohort_button)
        self.leave_button = named(QPushButton(_tr("Leave workshop mode…"), self), _tr("Leave"))
        self.leave_button.clicked.connect(leave)
        self.addWidget(self.leave_button)

    def show_participant(
        self, session: WorkshopSession, participant: int, lang: str, folder: Path
    ) -> None:
        """The event, its date and the participant's number; the folder in the tooltip."""
        parts = [session.event or _tr("Workshop")]
        if session.date is not None:
            parts.append(format_date(session.date, lang, "short"))
        parts.append(_tr("participant %1").replace("%1", str(participant)))
        text = " · ".join(parts)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setToolTip(_tr("Files are saved in %1").replace("%1", str(folder)))
