"""Progress since the client's previous assessment, shown on the results page.

:class:`ProgressPanel` lays out :func:`advisor.domain.progress.compare`: the overall and
per-area score change with arrows, the stage change, gaps closed / still open / new, the
plan actions completed and the questions that could not be compared. Which assessment
is the previous one, and the comparison itself, come from :mod:`advisor.services.previous`
(``find_previous``, ``compare_with``), shared with ``export-advisor report``.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from advisor.domain.formatting import format_date, join_list
from advisor.domain.progress import REASON_LABELS, GapChange, Progress, ScoreChange
from advisor.domain.progress_summary import ProgressSummary, summarise_progress
from advisor.ui.common.focusable import FocusFrame, plain_text
from advisor.ui.common.style import alert_colour, muted_label, section_heading

__all__ = ["ProgressPanel", "format_day"]

_UP, _DOWN, _SAME = "▲", "▼", "="
_MAX_LISTED = 12


def format_day(day: dt.date, lang: str = "en") -> str:
    """``27 Nov 2026`` (Hindi month names for ``hi``), the same in every system locale."""
    return format_date(day, lang, "short")


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _arrow(change: ScoreChange) -> str:
    delta = change.delta
    if delta is None:
        return ""
    if delta > 0:
        return f"<span style='color:{alert_colour(good=True).name()}'>{_UP} +{delta:.0f}</span>"
    if delta < 0:
        return f"<span style='color:{alert_colour().name()}'>{_DOWN} {delta:.0f}</span>"
    return f"{_SAME} 0"


class ProgressPanel(FocusFrame):
    """What changed since the previous assessment (hidden until given a comparison).

    A tab stop: its accessible description is what it shows, as plain text.
    """

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.progress: Progress | None = None
        self.setObjectName("progressPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Progress since the previous assessment"))
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(8)
        self.heading = section_heading("", self)
        box.addWidget(self.heading)
        self.summary = self._rich(box)
        self.table = self._rich(box)
        self.gaps = self._rich(box)
        self.notes = muted_label("", self)
        box.addWidget(self.notes)
        self.setVisible(False)

    def _rich(self, box: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(label)
        return label

    def show_error(self, message: str) -> None:
        """Say why no comparison can be shown (e.g. different banks)."""
        self.progress = None
        self.heading.setText(self.tr("Progress since the previous assessment"))
        self.summary.setText(html.escape(message))
        for label in (self.table, self.gaps):
            label.clear()
        self.notes.clear()
        self._describe()
        self.setVisible(True)

    def set_progress(self, progress: Progress | None) -> None:
        """Show a comparison (None hides the panel)."""
        self.progress = progress
        if progress is None:
            self.setVisible(False)
            return
        lang = self.lang
        day = format_day(progress.old.created_at.date(), lang)
        self.heading.setText(self.tr("Progress since %1").replace("%1", day))
        overall = progress.overall
        lines = [
            html.escape(self.tr("Overall score:"))
            + f" <b>{_score(overall.old)} → {_score(overall.new)}</b> {_arrow(overall)}"
        ]
        if overall.old_stage is not None and overall.new_stage is not None:
            old_t = html.escape(overall.old_stage.title.get(lang))
            new_t = html.escape(overall.new_stage.title.get(lang))
            direction = overall.stage_direction
            if direction == 0:
                text = html.escape(self.tr("Stage unchanged:")) + f" <b>{new_t}</b>"
            else:
                colour, mark = (
                    alert_colour(good=direction > 0).name(),
                    _UP if direction > 0 else _DOWN,
                )
                text = (
                    html.escape(self.tr("Stage:"))
                    + f" {old_t} → <b>{new_t}</b> <span style='color:{colour}'>{mark}</span>"
                )
            lines.append(text)
        summary = summarise_progress(progress)
        if summary.nothing_changed:
            lines.append(
                html.escape(
                    self.tr(
                        "Nothing has changed since %1: the same answers give the same scores, "
                        "and no action has been marked done."
                    ).replace("%1", day)
                )
            )
        self.summary.setText("<br>".join(lines))
        self.table.setText(self._dimension_table(summary, day))
        self.table.setVisible(not summary.nothing_changed)
        self.gaps.setText(self._gap_lists(progress, summary.nothing_changed))
        notes = [text.get(lang) for text in progress.warning_texts]
        if progress.not_comparable:
            listed = [
                f"{n.question.text.get(lang)} ({REASON_LABELS[n.reason].get(lang)})"
                for n in progress.not_comparable[:_MAX_LISTED]
            ]
            more = len(progress.not_comparable) - len(listed)
            notes.append(
                self.tr("Not comparable (the question bank changed): %1").replace(
                    "%1", "; ".join(listed) + (f" … (+{more})" if more > 0 else "")
                )
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._describe()
        self.setVisible(True)

    def _describe(self) -> None:
        labels = (self.heading, self.summary, self.table, self.gaps, self.notes)
        said = [plain_text(label.text()) for label in labels if not label.isHidden()]
        self.setAccessibleDescription("\n".join(text for text in said if text))

    def _dimension_table(self, summary: ProgressSummary, day: str) -> str:
        """The areas that moved; the unchanged ones in one line below."""
        unchanged = ""
        if summary.unchanged:
            titles = [d.dimension.title.get(self.lang) for d in summary.unchanged]
            areas = join_list(titles, self.lang)
            line = self.tr("No change in %1 since %2.").replace("%1", areas).replace("%2", day)
            unchanged = f"<p>{html.escape(line)}</p>"
        if not summary.moved:
            return unchanged
        head = [self.tr("Area"), self.tr("Before"), self.tr("Now"), self.tr("Change")]
        rows = ["<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)]
        for change in summary.moved:
            c = change.change
            cells = [
                html.escape(change.dimension.title.get(self.lang)),
                _score(c.old),
                _score(c.new),
                _arrow(c),
            ]
            rows.append("<tr>" + "".join(f"<td>{v}</td>" for v in cells) + "</tr>")
        return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>" + unchanged

    def _gap_list(self, title: str, gaps: tuple[GapChange, ...], listed: int = _MAX_LISTED) -> str:
        """A count, then up to ``listed`` questions (open gaps are listed on the page below)."""
        text = f"<b>{html.escape(title.replace('%1', str(len(gaps))))}</b>"
        if gaps and listed:
            names = [html.escape(g.question.text.get(self.lang)) for g in gaps[:listed]]
            if len(gaps) > listed:
                names.append(
                    html.escape(self.tr("… and %1 more").replace("%1", str(len(gaps) - listed)))
                )
            text += (
                "<ul style='margin-top:2px'>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>"
            )
        return text

    def _gap_lists(self, progress: Progress, nothing_changed: bool = False) -> str:
        """Gaps closed and new, actions done, then the count of gaps still open.

        With nothing changed only the count is left: lists of zeros say nothing.
        """
        still_open = self._gap_list(self.tr("Gaps still open: %1"), progress.gaps_open, listed=0)
        if nothing_changed:
            return f"<div>{still_open}</div>"
        parts = [
            self._gap_list(self.tr("Gaps closed: %1"), progress.gaps_closed),
            self._gap_list(self.tr("New gaps: %1"), progress.gaps_new),
        ]
        done = progress.actions_completed
        title = self.tr("Plan actions completed: %1").replace("%1", str(len(done)))
        text = f"<b>{html.escape(title)}</b>"
        if done:
            text += (
                "<ul style='margin-top:2px'>"
                + "".join(
                    f"<li>{html.escape(a.recommendation.title.get(self.lang))}</li>"
                    for a in done[:_MAX_LISTED]
                )
                + "</ul>"
            )
        parts.append(text)
        parts.append(still_open)
        return "".join(f"<div>{part}</div>" for part in parts)
