"""The main window's central area: the section navigator, the page stack, the progress
bar and Back/Next (:func:`build_central`). The window connects them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor.ui.common.style import named
from advisor.ui.shell.navigator import Navigator, Section

__all__ = ["Central", "build_central"]


def _tr(text: str) -> str:
    """Translate in the main window's context (where these texts always were)."""
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Central:
    """The widgets of the central area."""

    widget: QWidget
    navigator: Navigator
    stack: QStackedWidget
    progress_label: QLabel
    progress: QProgressBar
    back_button: QPushButton
    next_button: QPushButton


def build_central(parent: QWidget, sections: Sequence[Section]) -> Central:
    """Navigator at the left; at the right the pages (placeholders until built) above the
    overall progress and Back/Next."""
    central = QWidget(parent)
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    navigator = Navigator(list(sections), central)
    row.addWidget(navigator)
    right = QVBoxLayout()
    right.setContentsMargins(0, 0, 0, 0)
    stack = QStackedWidget(central)
    for _ in sections:
        stack.addWidget(QWidget(stack))
    right.addWidget(stack, 1)
    bar = QHBoxLayout()
    bar.setContentsMargins(16, 8, 16, 10)
    progress_label = QLabel(central)
    progress = named(QProgressBar(central), _tr("Questions answered overall"))
    progress.setRange(0, 100)
    progress.setTextVisible(True)
    progress.setMaximumWidth(320)
    progress_label.setBuddy(progress)
    back_button = named(QPushButton(_tr("< &Back"), central), _tr("Back"))
    next_button = named(QPushButton(_tr("&Next >"), central), _tr("Next"))
    next_button.setDefault(False)
    bar.addWidget(progress_label)
    bar.addWidget(progress, 1)
    bar.addStretch(1)
    bar.addWidget(back_button)
    bar.addWidget(next_button)
    right.addLayout(bar)
    row.addLayout(right, 1)
    QWidget.setTabOrder(navigator, stack)
    QWidget.setTabOrder(stack, back_button)
    QWidget.setTabOrder(back_button, next_button)
    return Central(central, navigator, stack, progress_label, progress, back_button, next_button)
