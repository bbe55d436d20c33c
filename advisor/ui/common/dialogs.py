"""Every file and message dialog the app opens, in one place.

Nothing else in :mod:`advisor.ui` creates a ``QFileDialog`` or a ``QMessageBox``: tests
replace these functions with ``monkeypatch`` so no real modal dialog ever opens. The Qt
dialog classes are imported when a dialog opens (their first use costs ~25 ms, which the
window's start-up does not need to pay).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = [
    "DiscardChoice",
    "ask_open_path",
    "ask_provisional",
    "ask_save_path",
    "ask_save_pdf_path",
    "confirm_discard",
    "message_box",
    "offer_save_as",
    "show_about",
    "show_error",
    "show_file_written",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class DiscardChoice(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    KEEP = "keep"  # close; the recovery copy is offered at the next start
    DISCARD = "discard"
    CANCEL = "cancel"


def _filter_assessments() -> str:
    return _tr("Assessments (*.json);;All files (*)")


def ask_open_path(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask for an assessment file to open (None when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open assessment"), folder, _filter_assessments()
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the assessment (None when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save assessment"), suggested, _filter_assessments()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".json")


def ask_save_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write the PDF action plan (None when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export PDF action plan"), suggested, _tr("PDF documents (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_save_summary_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write the one-page summary: a PNG (for a phone) or a PDF."""
    from PySide6.QtWidgets import QFileDialog

    name, chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Share summary"),
        suggested,
        _tr("Image for a phone (*.png)") + ";;" + _tr("PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in (".png", ".pdf"):
        return path
    return path.with_name(path.name + (".pdf" if "pdf" in chosen.lower() else ".png"))


def confirm_discard(parent: QWidget | None, name: str, kept: bool = False) -> DiscardChoice:
    """Ask whether to save the changes to ``name`` before closing it.

    ``kept``: the recovery copy holds the changes, so nothing is called lost: Save, Keep
    for next time (offered again at the next start), Discard or Cancel.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question if kept else QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to “%1” before closing?").replace("%1", name))
    if kept:
        box.setInformativeText(
            _tr(
                "Your changes are kept safe in recovery, not in a file yet. Keep them for "
                "next time and the app offers them when it starts again."
            )
        )
        save = box.addButton(_tr("&Save…"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(_tr("&Keep for next time"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(_tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return DiscardChoice.SAVE
        if clicked is keep:
            return DiscardChoice.KEEP
        return DiscardChoice.DISCARD if clicked is discard else DiscardChoice.CANCEL
    box.setInformativeText(_tr("If you don't save, your changes since the last save are lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return DiscardChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DiscardChoice.DISCARD
    return DiscardChoice.CANCEL


#: Qt's message box wraps its detail at about a third of a small screen: a file's path and
#: the reason after it then run to six short lines. This width reads as two or three.
_DETAIL_WIDTH = "QLabel#qt_msgbox_informativelabel { min-width: 30em; }"


def message_box(parent: QWidget | None) -> QMessageBox:
    """A message box whose detail (a path, a reason) has room to be read."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setStyleSheet(_DETAIL_WIDTH)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong, in one clear message."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(message)
    box.exec()


def offer_save_as(parent: QWidget | None, sentence: str) -> bool:
    """Say an automatic save failed (one sentence) and offer to save elsewhere."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Could not save"))
    box.setText(_tr("Could not save: %1").replace("%1", sentence))
    box.setInformativeText(
        _tr("Your work is kept in a recovery copy. Save it under another name or place?")
    )
    save_as = box.addButton(_tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def show_file_written(parent: QWidget | None, path: Path, title: str, text: str) -> Any:
    """Say where a written file is, with Open and Show in folder (non-modal: returns the
    box, already shown; see :class:`advisor.ui.common.written.FileWrittenBox`)."""
    from advisor.ui.common.written import FileWrittenBox

    box = FileWrittenBox(parent, path, title, text)
    box.show()
    box.raise_()
    return box


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    """The About box."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, html)


CONTINUE = "continue"


def ask_provisional(parent: QWidget | None, missing: list[tuple[str, str, str]]) -> str | None:
    """Warn that the result is provisional and name the missing areas, each a link.

    ``missing`` holds (area title, how far it is answered, first question id or "").
    Returns :data:`CONTINUE` to go on anyway, a question id when the user picked an area
    to answer, or None to cancel.
    """
    import html

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("The result is provisional"))
    layout = QVBoxLayout(dialog)
    rows = []
    for title, state, qid in missing:
        name = html.escape(title)
        link = f"<a href='{html.escape(qid)}'>{name}</a>" if qid else name
        rows.append(f"<li>{link} ({html.escape(state)})</li>")
    heading = _tr("Some areas are not answered enough yet:")
    advice = _tr(
        "The score and the plan would be marked provisional. Answer an area (click it) for "
        "a result you can rely on, or continue anyway."
    )
    text = (
        f"<p><b>{html.escape(heading)}</b></p><ul>{''.join(rows)}</ul><p>{html.escape(advice)}</p>"
    )
    label = QLabel(text, dialog)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    layout.addWidget(label)
    picked: list[str] = []

    def pick(qid: str) -> None:
        picked.append(qid)
        dialog.reject()

    label.linkActivated.connect(pick)
    buttons = QDialogButtonBox(dialog)
    go_on = buttons.addButton(_tr("&Continue anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    go_on.setDefault(True)
    layout.addWidget(buttons)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return CONTINUE
    return picked[0] if picked else None
