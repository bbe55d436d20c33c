"""Where the company stands: overall score and stage, charts, blockers, gaps per area.

Everything shown comes from :func:`advisor.domain.scoring.score_assessment` through
``doc.result()``; the page only lays it out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advisor.domain.answers import answer_label, best_answer_label
from advisor.domain.scoring import Gap
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.widgets.charts import BarChart, RadarChart
from advisor.ui.common.style import (
    muted_label,
    scaled_font,
    section_heading,
    stage_colour,
    wrapped_label,
)
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ResultsPage"]


class _RichLabel(QLabel):
    """A rich-text label that remembers its height per width.

    Qt asks a wrapped label for its height many times per layout pass, and each answer
    lays out the whole HTML table again; the gap tables made a move to this page slow.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = super().heightForWidth(width)
            self._heights[width] = height
        return height


class ResultsPage(Page):
    """The scores, the charts and the gaps."""

    def __init__(self, doc: AssessmentDocument, lang: str, parent=None) -> None:
        super().__init__(
            doc,
            self.tr("Results"),
            self.tr(
                "Your readiness in each area, from your answers. Blockers come first: fix them "
                "before anything else. Unanswered and not applicable questions are left out."
            ),
            parent,
        )
        self.lang = lang
        inner = self.widget()

        summary = QFrame(inner)
        summary.setFrameShape(QFrame.Shape.StyledPanel)
        top = QHBoxLayout(summary)
        score_box = QVBoxLayout()
        self.score_label = QLabel(inner)
        self.score_label.setFont(scaled_font(self.score_label, 2.6, bold=True))
        self.score_label.setAccessibleName(self.tr("Overall score"))
        self.stage_label = wrapped_label("", inner)
        self.stage_label.setFont(scaled_font(self.stage_label, 1.3, bold=True))
        self.completeness_label = muted_label("", inner)
        self.capped_label = muted_label("", inner)
        for widget in (
            self.score_label,
            self.stage_label,
            self.completeness_label,
            self.capped_label,
        ):
            score_box.addWidget(widget)
        score_box.addStretch(1)
        top.addLayout(score_box, 2)
        self.radar = RadarChart(inner)
        top.addWidget(self.radar, 3)
        self.body.addWidget(summary)

        self.bars = BarChart(inner)
        self.body.addWidget(self.bars)
        stages = doc.bank.stages_ordered
        legend = " &nbsp; ".join(
            f"<span style='color: {stage_colour(i, len(stages)).name()}'>■</span> "
            f"{html.escape(stage.title.get(lang))}"
            for i, stage in enumerate(stages)
        )
        self.legend = muted_label("", inner)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(html.escape(self.tr("Bar colours show the stage:")) + " " + legend)
        self.body.addWidget(self.legend)
        self.body.addLayout(self.panel_box)  # features' panels: after the charts and legend

        self.blockers_heading = section_heading(self.tr("Blockers: fix these first"), inner)
        self.body.addWidget(self.blockers_heading)
        self.blockers_label = self._rich_label(inner)
        self.body.addWidget(self.blockers_label)

        self.gaps_heading = section_heading(self.tr("Gaps in each area"), inner)
        self.body.addWidget(self.gaps_heading)
        self.gaps_box = QVBoxLayout()
        self.body.addLayout(self.gaps_box)
        self.dimension_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for dimension in doc.bank.dimensions:
            title = section_heading(dimension.title.get(lang), inner)
            title.setFont(scaled_font(title, 1.05, bold=True))
            table = self._rich_label(inner)
            self.gaps_box.addWidget(title)
            self.gaps_box.addWidget(table)
            self.dimension_labels[dimension.id] = (title, table)
        doc.changed.connect(self.mark_dirty)

    def _rich_label(self, parent: QWidget) -> QLabel:
        label = _RichLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _gap_rows(self, gaps: tuple[Gap, ...], with_area: bool) -> str:
        lang = self.lang
        head = [self.tr("Question"), self.tr("Your answer"), self.tr("Best answer")]
        if with_area:
            head.insert(0, self.tr("Area"))
        cells = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
        rows = [f"<tr>{cells}</tr>"]
        for gap in gaps:
            q = gap.question
            given = answer_label(q, gap.answer, lang)
            given = f"<i>{html.escape(given)}</i>" if gap.unknown else html.escape(given)
            values = [
                html.escape(q.text.get(lang)),
                given,
                html.escape(best_answer_label(q, lang)),
            ]
            if with_area:
                values.insert(
                    0, html.escape(self.doc.bank.dimension_by_id[q.dimension].title.get(lang))
                )
            row = "".join(f"<td valign='top'>{v}</td>" for v in values)
            rows.append(f"<tr>{row}</tr>")
        return (
            "<table width='100%' cellspacing='0' cellpadding='4' border='0'>"
            + "".join(rows)
            + "</table>"
        )

    def refresh(self) -> None:
        """Lay out the current result."""
        result = self.doc.result()
        lang = self.lang
        stages = self.doc.bank.stages_ordered
        stage_index = next(i for i, s in enumerate(stages) if s.id == result.stage.id)
        colour = stage_colour(stage_index, len(stages)).name()
        self.score_label.setText(self.tr("%1 / 100").replace("%1", f"{result.score:.0f}"))
        self.stage_label.setText(result.stage.title.get(lang))
        self.stage_label.setStyleSheet(f"color: {colour};")
        self.stage_label.setAccessibleName(self.tr("Stage: ") + result.stage.title.get(lang))
        self.completeness_label.setText(
            self.tr("%1% of the questions that apply are answered.").replace(
                "%1", f"{result.completeness * 100:.0f}"
            )
        )
        self.capped_label.setText(
            self.tr("The stage is held back by blockers.") if result.capped else ""
        )
        self.capped_label.setVisible(result.capped)

        scores = [(d.dimension.title.get(lang), d.score) for d in result.dimensions]
        self.radar.set_scores(scores)
        colours = [
            stage_colour(next(i for i, s in enumerate(stages) if s.id == d.stage.id), len(stages))
            for d in result.dimensions
        ]
        self.bars.set_scores(scores, colours)

        blockers = result.blockers
        self.blockers_heading.setVisible(bool(blockers))
        self.blockers_label.setVisible(bool(blockers))
        if blockers:
            _set_text(self.blockers_label, self._gap_rows(blockers, with_area=True))
        any_gap = False
        for dim in result.dimensions:
            title, table = self.dimension_labels[dim.id]
            heading_text = self.tr("%1: %2 / 100, %3").replace("%1", dim.dimension.title.get(lang))
            heading_text = heading_text.replace("%2", f"{dim.score:.0f}").replace(
                "%3", dim.stage.title.get(lang)
            )
            _set_text(title, heading_text)
            others = tuple(g for g in dim.gaps if not g.critical)
            if others:
                _set_text(table, self._gap_rows(others, with_area=False))
                any_gap = True
            elif dim.scored == 0:
                _set_text(table, html.escape(self.tr("No answers yet in this area.")))
            else:
                _set_text(
                    table, html.escape(self.tr("No gaps left in this area (apart from blockers)."))
                )
        self.gaps_heading.setText(
            self.tr("Gaps in each area") if any_gap or blockers else self.tr("Each area")
        )


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text changes (rich text is costly to lay out)."""
    if label.text() != text:
        label.setText(text)
