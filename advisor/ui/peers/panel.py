"""The peer panel of the Results page: where the firm stands in its room or client book.

:class:`PeerPanel` lays out a :class:`~advisor.domain.peers.PeerComparison` and nothing
else: the group sentence (size, dates, which group), and per area the firm's score, the
group's median and middle half, and the position ("above 7 of 12 firms"). Below the
minimum group size it shows one sentence. The words come from
:mod:`advisor.domain.peer_words`, as in the PDF and on the command line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from advisor.domain.peer_words import group_sentence, position, whole, word
from advisor.domain.peers import AreaComparison, PeerComparison
from advisor.ui.common.focusable import FocusFrame, plain_text
from advisor.ui.common.style import muted_label, section_heading

__all__ = ["PeerPanel"]


def _day(lang: str):  # type: ignore[no-untyped-def]
    from advisor.domain.formatting import format_date

    return lambda day: format_date(day, lang, "short")


class PeerPanel(FocusFrame):
    """The comparison with the peers (hidden until given one).

    A tab stop: its accessible description is what it shows, in words.
    """

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.comparison: PeerComparison | None = None
        self.setObjectName("peerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(word("title", lang))
        box = QVBoxLayout(self)
        self.heading = section_heading(word("title", lang), self)
        box.addWidget(self.heading)
        self.group_label = QLabel(self)
        self.group_label.setWordWrap(True)
        box.addWidget(self.group_label)
        self.table = QLabel(self)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.table)
        self.note = muted_label("", self)
        box.addWidget(self.note)
        self.setVisible(False)

    def show_comparison(self, comparison: PeerComparison | None) -> None:
        """Show ``comparison`` (None hides the panel)."""
        self.comparison = comparison
        if comparison is None:
            self.setVisible(False)
            return
        lang = self.lang
        self.group_label.setText(group_sentence(comparison, lang, _day(lang)))
        enough = comparison.enough and comparison.overall is not None
        self.table.setVisible(enough)
        self.note.setVisible(enough)
        if enough and comparison.overall is not None:
            rows = [(word("overall", lang), comparison.overall, True)]
            rows += [(a.title.get(lang), a, False) for a in comparison.areas]
            self.table.setText(self._table(rows))
            notes = [word("privacy", lang)]
            if comparison.own_provisional:
                notes.insert(0, word("own_provisional", lang))
            self.note.setText(" ".join(notes))
        else:
            self.table.setText("")
            self.note.setText("")
        self.setAccessibleDescription(self._said(comparison))
        self.setVisible(True)

    def _said(self, comparison: PeerComparison) -> str:
        """The panel in sentences: the group, then one line per area."""
        lang = self.lang
        lines = [self.group_label.text()]
        if comparison.enough and comparison.overall is not None:
            areas = [(word("overall", lang), comparison.overall)]
            areas += [(a.title.get(lang), a) for a in comparison.areas]
            for title, area in areas:
                own = whole(area.own) if area.own is not None else "–"
                middle = f"{whole(area.lower_quartile)}–{whole(area.upper_quartile)}"
                lines.append(
                    f"{title}: {word('col_you', lang)} {own}, "
                    f"{word('col_median', lang)} {whole(area.median)}, "
                    f"{word('col_middle', lang)} {middle}, {position(area, lang)}."
                )
            lines.append(plain_text(self.note.text()))
        return " ".join(line for line in lines if line)

    def _table(self, rows: list[tuple[str, AreaComparison, bool]]) -> str:
        lang = self.lang
        head = [
            word("col_area", lang),
            word("col_you", lang),
            word("col_median", lang),
            word("col_middle", lang),
            word("col_position", lang),
        ]
        aligns = ["left", "right", "right", "right", "left"]
        cells = "".join(
            f"<th align='{a}'>{html.escape(h)}</th>" for h, a in zip(head, aligns, strict=True)
        )
        lines = [f"<tr>{cells}</tr>"]
        for title, area, bold in rows:
            own = whole(area.own) if area.own is not None else "–"
            values = [
                title,
                own,
                whole(area.median),
                f"{whole(area.lower_quartile)}–{whole(area.upper_quartile)}",
                position(area, lang),
            ]
            tds = "".join(
                f"<td align='{a}'>{'<b>' if bold else ''}{html.escape(v)}{'</b>' if bold else ''}"
                "</td>"
                for v, a in zip(values, aligns, strict=True)
            )
            lines.append(f"<tr>{tds}</tr>")
        return "<table cellspacing='0' cellpadding='4'>" + "".join(lines) + "</table>"
