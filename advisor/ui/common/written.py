"""After a file is written (the PDF action plan, the plan as XLSX/CSV): Open, Show in folder.

:class:`FileWrittenBox` is a small non-modal box: where the file is, an **Open** button
(the desktop's default application) and **Show in folder** (the file manager, with the
file selected where the system can do it). The window stays usable behind it.

The two launchers are module functions (:func:`open_file`, :func:`show_in_folder`) and
the box looks them up when a button is pressed, so tests replace them with
``monkeypatch`` and nothing is launched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FileWrittenBox", "open_file", "show_in_folder"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileWrittenBox", text)


def open_file(path: Path) -> bool:
    """Open a file with the desktop's default application."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Show ``path`` in the file manager: selected on Windows (``explorer /select``) and
    macOS (``open -R``); its folder opened elsewhere."""
    native = str(Path(path).absolute())
    if sys.platform.startswith("win"):
        return bool(QProcess.startDetached("explorer", [f"/select,{native}"]))
    if sys.platform == "darwin":
        return bool(QProcess.startDetached("open", ["-R", native]))
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(native).parent))))


class FileWrittenBox(QDialog):
    """Says where a written file is, with Open and Show in folder; non-modal."""

    def __init__(self, parent: QWidget | None, path: Path, title: str, text: str) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("fileWrittenBox")
        self.setWindowTitle(title)
        self.setModal(False)
        self.setMinimumWidth(400)  # the file name on one line where it fits
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.where = QLabel(str(self.path.parent), self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(_tr("Folder"))
        layout.addWidget(self.where)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(_tr("&Open"), self)
        self.folder_button = QPushButton(_tr("Show in &folder"), self)
        self.close_button = QPushButton(_tr("&Close"), self)
        for button, role in (
            (self.open_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.folder_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            buttons.addButton(button, role)
        self.open_button.setDefault(True)
        self.open_button.setAccessibleName(_tr("Open %1").replace("%1", self.path.name))
        self.folder_button.setAccessibleName(
            _tr("Show %1 in its folder").replace("%1", self.path.name)
        )
        self.open_button.clicked.connect(self.open_it)
        self.folder_button.clicked.connect(self.show_it)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(buttons)
        self.launched: list[str] = []  # what was asked of the desktop ("open", "folder")

    def open_it(self) -> bool:
        """Open the file (the desktop's default application), then close the box; when
        the desktop cannot, the box stays and says so."""
        failed = _tr("No program on this computer opens %1. Use Show in folder to find it.")
        return self._launch("open", open_file, failed)

    def show_it(self) -> bool:
        """Show the file in its folder, then close the box; when the desktop cannot, the
        box stays and says so (the folder is written above)."""
        failed = _tr("The folder could not be shown. %1 is in the folder written above.")
        return self._launch("folder", show_in_folder, failed)

    def _launch(self, what: str, launcher: Callable[[Path], bool], failed: str) -> bool:
        self.launched.append(what)
        ok = launcher(self.path)  # looked up at each press: tests replace the launchers
        if ok:
            self.close()
        else:
            self.message.setText(failed.replace("%1", self.path.name))
        return ok

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.open_button.setFocus(Qt.FocusReason.TabFocusReason)  # a visible focus ring
