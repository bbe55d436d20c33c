"""The warning before a provisional result leaves the window (Export PDF, Finish).

A provisional result (an area not answered enough, see
:data:`advisor.domain.scoring.STANDING_COVERAGE`) may still be exported, but the user is
told which areas are missing first, each a link to its first unanswered question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor.domain.scoring import ReadinessResult
from advisor.ui.common import dialogs

__all__ = ["confirm_provisional", "missing_area_items"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("provisional", text)


def missing_area_items(result: ReadinessResult, lang: str) -> list[tuple[str, str, str]]:
    """(area title, how far it is answered, first unanswered question id or "")."""
    items = []
    for dim in result.missing:
        if dim.assessed:
            state = _tr("%1% answered").replace("%1", f"{dim.coverage * 100:.0f}")
        else:
            state = _tr("not assessed yet")
        items.append((dim.dimension.title.get(lang), state, result.first_unanswered(dim.id) or ""))
    return items


def confirm_provisional(
    parent: QWidget, result: ReadinessResult, lang: str, show_question: Callable[[str], None]
) -> bool:
    """True to go on: the result stands, or the user chose to continue anyway. When the
    user picks a missing area, that area's first open question is shown instead."""
    if not result.provisional:
        return True
    answer = dialogs.ask_provisional(parent, missing_area_items(result, lang))
    if answer == dialogs.CONTINUE:
        return True
    if answer:
        show_question(answer)
    return False
