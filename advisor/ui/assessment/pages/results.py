"""Where the company stands: overall score and stage, charts, blockers, gaps per area.

Everything shown comes from :func:`advisor.domain.scoring.score_assessment` through
``doc.result()``; the page only lays it out.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advisor.domain.answers import answer_label, best_answer_label
from advisor.domain.rounding import whole
from advisor.domain.rules_date import rules_as_of_text, stale_rules_text
from advisor.domain.scoring import (
    STANDING_COVERAGE,
    DimensionResult,
    Gap,
    ReadinessResult,
)
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.widgets.charts import BarChart, RadarChart
from advisor.ui.common.style import (
    alert_colour,
    muted_label,
    scaled_font,
    section_heading,
    stage_colour,
    wrapped_label,
)
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ResultsPage", "today"]


def today() -> date:
    """Today's date, for the old-rules warning (tests replace it)."""
    return date.today()


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




def missing_areas(result: ReadinessResult) -> list[tuple[DimensionResult, str | None]]:
    """The areas a provisional result is missing, each with the first question to answer."""
    return [(dim, result.first_unanswered(dim.id)) for dim in result.missing]


class ResultsPage(Page):
    """The scores, the charts and the gaps.

    Signals:
        jumpRequested(str): the user wants to go to this question id (a missing area, an
            unconfirmed blocker).
    """

    jumpRequested = Signal(str)  # noqa: N815 - Qt signal naming

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
        self.provisional_label = QLabel(inner)
        self.provisional_label.setFont(scaled_font(self.provisional_label, 1.9, bold=True))
        self.provisional_label.setStyleSheet(f"color: {alert_colour().name()};")
        self.stage_label = wrapped_label("", inner)
        self.stage_label.setFont(scaled_font(self.stage_label, 1.3, bold=True))
        self.missing_label = self._rich_label(inner)
        self.missing_label.linkActivated.connect(self.jumpRequested)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.completeness_label = muted_label("", inner)
        self.capped_label = muted_label("", inner)
        # the bank's rules date, and a plain warning once it is over 12 months old
        self.rules_label = muted_label("", inner)
        self.stale_label = wrapped_label("", inner)
        self.stale_label.setStyleSheet("font-weight: bold;")
        for widget in (
            self.score_label,
            self.provisional_label,
            self.stage_label,
            self.missing_label,
            self.completeness_label,
            self.capped_label,
            self.rules_label,
            self.stale_label,
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
        self.no_blockers_label = muted_label("", inner)
        self.body.addWidget(self.no_blockers_label)
        self.unconfirmed_heading = section_heading(
            self.tr("Unconfirmed blockers: answer these first"), inner
        )
        self.body.addWidget(self.unconfirmed_heading)
        self.unconfirmed_label = self._rich_label(inner)
        self.unconfirmed_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
        )
        self.unconfirmed_label.linkActivated.connect(self.jumpRequested)
        self.body.addWidget(self.unconfirmed_label)

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
        self._show_overall(result)
        self.completeness_label.setText(
            self.tr("%1% of the questions that apply are answered.").replace(
                "%1", f"{result.completeness * 100:.0f}"
            )
        )
        if result.capped and result.blockers:
            held = self.tr("The stage is held back by blockers.")
        elif result.capped:
            held = self.tr("The stage is held back by critical questions not answered yet.")
        else:
            held = ""
        self.capped_label.setText(held)
        self.capped_label.setVisible(bool(held))
        self._show_rules_date()
        self._show_charts(result)

        blockers = result.blockers
        self.blockers_heading.setVisible(bool(blockers))
        self.blockers_label.setVisible(bool(blockers))
        if blockers:
            _set_text(self.blockers_label, self._gap_rows(blockers, with_area=True))
        self.no_blockers_label.setText(
            self.tr("No blockers: every critical question that applies is answered.")
        )
        self.no_blockers_label.setVisible(result.no_blockers)
        self._show_unconfirmed(result)
        any_gap = False
        for dim in result.dimensions:
            title, table = self.dimension_labels[dim.id]
            _set_text(title, self._area_heading(dim))
            others = tuple(g for g in dim.gaps if not g.critical)
            if others:
                _set_text(table, self._gap_rows(others, with_area=False))
                any_gap = True
            elif not dim.assessed:
                _set_text(table, html.escape(self.tr("No answers yet in this area.")))
            else:
                _set_text(
                    table, html.escape(self.tr("No gaps left in this area (apart from blockers)."))
                )
        self.gaps_heading.setText(
            self.tr("Gaps in each area") if any_gap or blockers else self.tr("Each area")
        )

    def _show_rules_date(self) -> None:
        bank, lang = self.doc.bank, self.lang
        as_of = rules_as_of_text(bank, lang)
        self.rules_label.setText(as_of or "")
        self.rules_label.setVisible(as_of is not None)
        stale = stale_rules_text(bank, today(), lang)
        self.stale_label.setText(stale or "")
        self.stale_label.setVisible(stale is not None)

    def _show_overall(self, result: ReadinessResult) -> None:
        """Score, "Provisional" as large as it, the stage and the missing areas' links."""
        lang = self.lang
        stages = self.doc.bank.stages_ordered
        if result.score is None or result.stage is None:
            self.score_label.setText(self.tr("Not assessed yet"))
            self.stage_label.setText(self.tr("Answer the questions of each area for a result."))
            self.stage_label.setStyleSheet("")
            self.stage_label.setAccessibleName(self.tr("Stage: not assessed yet"))
        else:
            stage_index = next(i for i, s in enumerate(stages) if s.id == result.stage.id)
            colour = stage_colour(stage_index, len(stages)).name()
            self.score_label.setText(self.tr("%1 / 100").replace("%1", str(whole(result.score))))
            self.stage_label.setText(result.stage.title.get(lang))
            self.stage_label.setStyleSheet(f"color: {colour};")
            self.stage_label.setAccessibleName(self.tr("Stage: ") + result.stage.title.get(lang))
        self.provisional_label.setText(self.tr("PROVISIONAL"))
        self.provisional_label.setAccessibleName(self.tr("The result is provisional"))
        self.provisional_label.setVisible(result.provisional)
        missing = missing_areas(result)
        self.missing_label.setVisible(bool(missing))
        if missing:
            links = []
            for dim, qid in missing:
                name = html.escape(dim.dimension.title.get(lang))
                state = (
                    self.tr("not assessed yet")
                    if not dim.assessed
                    else self.tr("%1% answered").replace("%1", f"{dim.coverage * 100:.0f}")
                )
                link = f"<a href='{html.escape(qid)}'>{name}</a>" if qid else name
                links.append(f"{link} ({html.escape(state)})")
            intro = self.tr(
                "Provisional until every area is at least %1% answered. Still missing:"
            ).replace("%1", f"{STANDING_COVERAGE * 100:.0f}")
            _set_text(self.missing_label, f"{html.escape(intro)} {', '.join(links)}")

    def _show_charts(self, result: ReadinessResult) -> None:
        lang = self.lang
        stages = self.doc.bank.stages_ordered
        scores = [(d.dimension.title.get(lang), d.score) for d in result.dimensions]
        complete = all(score is not None for _, score in scores)
        self.radar.setVisible(complete)  # a radar with a hole would read as a zero
        if complete:
            self.radar.set_scores(scores)  # type: ignore[arg-type]
        colours = [
            stage_colour(next(i for i, s in enumerate(stages) if s.id == d.stage.id), len(stages))
            if d.stage is not None
            else stage_colour(0, len(stages))
            for d in result.dimensions
        ]
        self.bars.set_scores(scores, colours, missing=self.tr("not assessed yet"))

    def _show_unconfirmed(self, result: ReadinessResult) -> None:
        outcomes = result.unconfirmed
        self.unconfirmed_heading.setVisible(bool(outcomes))
        self.unconfirmed_label.setVisible(bool(outcomes))
        if not outcomes:
            return
        lang = self.lang
        rows = []
        for outcome in outcomes:
            q = outcome.question
            state = self.tr("don't know") if outcome.answer is not None else self.tr("not answered")
            rows.append(
                f"<li><a href='{html.escape(q.id)}'>{html.escape(q.text.get(lang))}</a> "
                f"<i>({html.escape(state)})</i></li>"
            )
        intro = self.tr(
            "We cannot tell whether you can ship or get paid until these critical questions "
            "are answered. Each holds the stage back like a blocker."
        )
        _set_text(
            self.unconfirmed_label,
            f"{html.escape(intro)}<ul style='margin-left: 0px'>{''.join(rows)}</ul>",
        )

    def _area_heading(self, dim: DimensionResult) -> str:
        name = dim.dimension.title.get(self.lang)
        if dim.score is None or dim.stage is None:
            return self.tr("%1: not assessed yet").replace("%1", name)
        text = (
            self.tr("%1: %2 / 100, %3")
            .replace("%1", name)
            .replace("%2", str(whole(dim.score)))
            .replace("%3", dim.stage.title.get(self.lang))
        )
        if dim.provisional:
            text += " " + self.tr("(provisional)")
        return text


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text changes (rich text is costly to lay out)."""
    if label.text() != text:
        label.setText(text)
