"""Message boxes give a file's path and the reason after it room to be read."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from advisor.ui.common import dialogs

LONG = (
    "/home/asha/Documents/Export plans/clients/ग्राहक-2026/first-time-textiles-eu.json: "
    "not valid JSON at line 1, column 52: Invalid \\escape"
)


def test_an_errors_detail_is_wide_enough_to_read(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        detail = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if detail is not None and detail.text() == LONG:
            seen["width"] = detail.width()
            seen["em"] = detail.fontMetrics().horizontalAdvance("M")
        box.done(0)  # (an assertion here would leave the box open)

    QTimer.singleShot(0, look)
    dialogs.show_error(None, "Cannot open this file", LONG)
    assert seen and seen["width"] >= 28 * seen["em"]  # about two lines, not six
