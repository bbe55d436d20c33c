"""The top of the Results page: overall score, stage, "provisional", the missing areas.

The score block is one tab stop whose accessible name says the result in words ("Overall
readiness 72 of 100, Emerging, provisional: 2 of 5 areas not answered enough"); each
missing area is a link (a tab stop; Enter or Space goes to its first open question). The
texts belong to the Results page (translation context ``ResultsPage``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advisor.domain.rounding import whole
from advisor.domain.rules_date import rules_as_of_text, stale_rules_text
from advisor.domain.scoring import STANDING_COVERAGE, DimensionResult, ReadinessResult
from advisor.ui.assessment.widgets.charts import RadarChart
from advisor.ui.common.focusable import RING, FocusFrame, LinkLabel, add_link, show_if
from advisor.ui.common.style import (
    alert_colour,
    muted_label,
    scaled_font,
    stage_colour,
    wrapped_label,
)

__all__ = ["ScoreSummary", "missing_areas"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


def missing_areas(result: ReadinessResult) -> list[tuple[DimensionResult, str | None]]:
    """The areas a provisional result is missing, each with the first question to answer."""
    return [(dim, result.first_unanswered(dim.id)) for dim in result.missing]


def _set_style(label: QLabel, style: str) -> None:
    """Set a style sheet only when it changes: setting one polishes the label again and
    lays out the page anew, even when it is the same (Results is refreshed after edits)."""
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def _state(dim: DimensionResult) -> str:
    if not dim.assessed:
        return _tr("not assessed yet")
    return _tr("%1% answered").replace("%1", f"{dim.coverage * 100:.0f}")


class ScoreSummary(QFrame):
    """Score, "Provisional" as large as it, the stage, the missing areas and the radar.

    Signals:
        jumpRequested(str): go to this question (a missing area's first open question).
    """

    jumpRequested = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        top = QHBoxLayout(self)
        left = QVBoxLayout()
        self.score_box = FocusFrame(self)
        self.score_box.setObjectName("scoreSummary")
        box = QVBoxLayout(self.score_box)
        box.setContentsMargins(RING + 4, RING + 2, RING + 4, RING + 4)
        self.score_label = QLabel(self.score_box)
        self.score_label.setFont(scaled_font(self.score_label, 2.6, bold=True))
        self.provisional_label = QLabel(self.score_box)
        self.provisional_label.setFont(scaled_font(self.provisional_label, 1.9, bold=True))
        self.provisional_label.setStyleSheet(f"color: {alert_colour().name()};")
        self.stage_label = wrapped_label("", self.score_box)
        self.stage_label.setFont(scaled_font(self.stage_label, 1.3, bold=True))
        self.completeness_label = muted_label("", self.score_box)
        self.capped_label = muted_label("", self.score_box)
        # the bank's rules date, and a plain warning once it is over 12 months old
        self.rules_label = muted_label("", self.score_box)
        self.stale_label = wrapped_label("", self.score_box)
        self.stale_label.setStyleSheet("font-weight: bold;")
        for widget in (
            self.score_label,
            self.provisional_label,
            self.stage_label,
            self.completeness_label,
            self.capped_label,
            self.rules_label,
            self.stale_label,
        ):
            box.addWidget(widget)
        left.addWidget(self.score_box)
        self.missing_intro = wrapped_label("", self)
        left.addWidget(self.missing_intro)
        self.missing_box = QVBoxLayout()
        self.missing_box.setSpacing(0)
        left.addLayout(self.missing_box)
        self.missing_links: list[LinkLabel] = []
        left.addStretch(1)
        top.addLayout(left, 2)
        self.radar = RadarChart(self)
        top.addWidget(self.radar, 3)

    def show_result(self, result: ReadinessResult, stages: list, lang: str) -> None:  # type: ignore[type-arg]
        """Lay out ``result``; ``stages`` are the bank's stages, lowest first."""
        if result.score is None or result.stage is None:
            self.score_label.setText(_tr("Not assessed yet"))
            self.stage_label.setText(_tr("Answer the questions of each area for a result."))
            _set_style(self.stage_label, "")
            name = _tr("Overall readiness: not assessed yet")
        else:
            stage_index = next(i for i, s in enumerate(stages) if s.id == result.stage.id)
            colour = stage_colour(stage_index, len(stages)).name()
            score, stage = str(whole(result.score)), result.stage.title.get(lang)
            self.score_label.setText(_tr("%1 / 100").replace("%1", score))
            self.stage_label.setText(stage)
            _set_style(self.stage_label, f"color: {colour};")
            name = _tr("Overall readiness %1 of 100, %2").replace("%1", score).replace("%2", stage)
        self.provisional_label.setText(_tr("PROVISIONAL"))
        show_if(self.provisional_label, result.provisional)
        missing = missing_areas(result)
        if result.provisional:
            name += ", " + (
                _tr("provisional: %1 of %2 areas not answered enough")
                .replace("%1", str(len(missing)))
                .replace("%2", str(len(result.dimensions)))
            )
        self.completeness_label.setText(
            _tr("%1% of the questions that apply are answered.").replace(
                "%1", f"{result.completeness * 100:.0f}"
            )
        )
        if result.capped and result.blockers:
            held = _tr("The stage is held back by blockers.")
        elif result.capped:
            held = _tr("The stage is held back by critical questions not answered yet.")
        else:
            held = ""
        self.capped_label.setText(held)
        show_if(self.capped_label, bool(held))
        self.score_box.setAccessibleName(name)
        self._describe()
        self._show_missing(missing, lang)

    def show_rules_date(self, bank, today, lang: str) -> None:  # type: ignore[no-untyped-def]
        """The bank's rules date, and the warning when the rules are old."""
        as_of = rules_as_of_text(bank, lang)
        self.rules_label.setText(as_of or "")
        show_if(self.rules_label, as_of is not None)
        stale = stale_rules_text(bank, today, lang)
        self.stale_label.setText(stale or "")
        show_if(self.stale_label, stale is not None)
        self._describe()

    def _describe(self) -> None:
        """The score block's description: the smaller lines under the score, in order."""
        lines = [
            label.text()
            for label in (
                self.completeness_label,
                self.capped_label,
                self.rules_label,
                self.stale_label,
            )
            if label.text() and not label.isHidden()
        ]
        self.score_box.setAccessibleDescription(" ".join(lines))

    def _show_missing(self, missing: list[tuple[DimensionResult, str | None]], lang: str) -> None:
        show_if(self.missing_intro, bool(missing))
        self.missing_intro.setText(
            _tr("Provisional until every area is at least %1% answered. Still missing:").replace(
                "%1", f"{STANDING_COVERAGE * 100:.0f}"
            )
        )
        while len(self.missing_links) < len(missing):
            link = LinkLabel("", "", self)
            link.setAccessibleDescription(_tr("Enter or Space goes to its first open question."))
            link.activated.connect(self.jumpRequested)
            add_link(self.missing_box, link)
            self.missing_links.append(link)
        for link, (dim, qid) in zip(self.missing_links, missing, strict=False):
            area, state = dim.dimension.title.get(lang), _state(dim)
            link.set_link(f"{area} ({state})", qid or "")
            link.setAccessibleName(
                _tr("Missing area: %1, %2").replace("%1", area).replace("%2", state)
            )
            link.setEnabled(bool(qid))
            show_if(link, True)
        for link in self.missing_links[len(missing) :]:
            show_if(link, False)

    def links(self) -> list[LinkLabel]:
        """The missing areas' links shown, top to bottom."""
        return [link for link in self.missing_links if not link.isHidden()]
