"""Workshop Finish: the box that says where the participant's PDF is can open it (Open
keeps the box; "Next participant" goes on, as before)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from advisor.ui.common import written
from advisor.ui.workshop import dialogs as workshop_dialogs


def test_open_shows_the_pdf_and_next_participant_goes_on(qtbot, tmp_path, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(written, "open_file", lambda p: opened.append(p) or True)
    pdf = tmp_path / "participant-3.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    seen: dict[str, object] = {}

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        texts = [b.text() for b in box.buttons()]
        seen["texts"] = texts
        open_button = next(b for b in box.buttons() if b.text() == "&Open the PDF")
        open_button.click()
        seen["still_open"] = box.isVisible()
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(20, press)
    workshop_dialogs.show_participant_done(None, pdf, None, "")
    assert opened == [pdf]
    assert seen["still_open"] is True
    assert "Next participant" in seen["texts"]
