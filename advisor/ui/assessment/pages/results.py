"""Where the company stands: overall score and stage, charts, blockers, gaps per area.

Everything shown comes from :func:`advisor.domain.scoring.score_assessment` through
``doc.result()``; the page only lays it out. Everything on it can be reached with Tab, top
to bottom, and says what it is to a screen reader: the score block, each missing area and
unconfirmed blocker (links: Enter or Space follows them), a feature's panel, each blocker,
each area's result and each gap.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from advisor.domain.answers import answer_label, best_answer_label
from advisor.domain.rounding import whole
from advisor.domain.scoring import DimensionResult, Gap, ReadinessResult
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.pages.results_summary import ScoreSummary, missing_areas
from advisor.ui.assessment.widgets.charts import BarChart
from advisor.ui.assessment.widgets.gap_table import GapTable, RowText
from advisor.ui.common.focusable import (
    RING,
    FocusFrame,
    LinkLabel,
    add_link,
    set_tab_chain,
    show_if,
)
from advisor.ui.common.style import (
    focus_visibly,
    muted_label,
    scaled_font,
    section_heading,
    stage_colour,
)
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ResultsPage", "missing_areas", "today"]


def today() -> date:
    """Today's date, for the old-rules warning (tests replace it)."""
    return date.today()


def _sentence(text: str) -> str:
    """``text`` ending as a sentence (questions end with "?", some texts with nothing)."""
    text = text.strip()
    return text if text.endswith(("?", ".", "!", "।", ":")) else text + "."


class _AreaSection:
    """One area: its heading (a tab stop saying the area's result), and its gaps."""

    def __init__(self, page: ResultsPage, title: str, inner: QWidget) -> None:
        self.box = FocusFrame(inner)
        box = QVBoxLayout(self.box)
        box.setContentsMargins(RING + 4, RING + 2, RING + 4, RING + 2)
        self.title = section_heading(title, self.box)
        self.title.setFont(scaled_font(self.title, 1.05, bold=True))
        self.status = muted_label("", self.box)
        box.addWidget(self.title)
        box.addWidget(self.status)
        self.table = GapTable(page.gap_headers(with_area=False), (4, 3, 3), inner)
        page.gaps_box.addWidget(self.box)
        page.gaps_box.addWidget(self.table)
        self.shown: tuple[str, str] | None = None  # heading and status last shown

    def show(self, heading: str, status: str, rows: list[RowText]) -> None:
        """Show the area's result (the table skips rows that did not change)."""
        self.table.set_rows(rows)
        show_if(self.table, bool(rows))
        if self.shown == (heading, status):
            return
        self.shown = (heading, status)
        _set_text(self.title, heading)
        _set_text(self.status, status)
        show_if(self.status, bool(status))
        if self.box.accessibleName() != heading:
            self.box.setAccessibleName(heading)
        if self.box.accessibleDescription() != status:
            self.box.setAccessibleDescription(status)


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

        self.summary = ScoreSummary(inner)
        self.summary.jumpRequested.connect(self.jumpRequested)
        for name in (
            "score_label",
            "provisional_label",
            "stage_label",
            "rules_label",
            "stale_label",
            "radar",
        ):
            setattr(self, name, getattr(self.summary, name))  # what tests and tools read
        self.body.addWidget(self.summary)

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
        self.blockers = GapTable(self.gap_headers(with_area=True), (2, 4, 3, 3), inner)
        self.body.addWidget(self.blockers)
        self.no_blockers_label = muted_label("", inner)
        self.body.addWidget(self.no_blockers_label)
        self.unconfirmed_heading = section_heading(
            self.tr("Unconfirmed blockers: answer these first"), inner
        )
        self.body.addWidget(self.unconfirmed_heading)
        self.unconfirmed_label = muted_label(
            self.tr(
                "We cannot tell whether you can ship or get paid until these critical questions "
                "are answered. Each holds the stage back like a blocker."
            ),
            inner,
        )
        self.body.addWidget(self.unconfirmed_label)
        self.unconfirmed_box = QVBoxLayout()
        self.unconfirmed_box.setSpacing(0)
        self.body.addLayout(self.unconfirmed_box)
        self.unconfirmed_links: list[LinkLabel] = []

        self.gaps_heading = section_heading(self.tr("Gaps in each area"), inner)
        self.body.addWidget(self.gaps_heading)
        self.gaps_box = QVBoxLayout()
        self.body.addLayout(self.gaps_box)
        self.areas = {
            dimension.id: _AreaSection(self, dimension.title.get(lang), inner)
            for dimension in doc.bank.dimensions
        }
        self._chained: list[int] = []  # the tab stops last put in order
        # each gap's row texts, by (question, blocker): kept while its answer is the same
        self._rows: dict[tuple[str, bool], tuple[object, bool, RowText]] = {}
        doc.changed.connect(self.mark_dirty)

    def gap_headers(self, with_area: bool) -> list[str]:
        """The column headers of a table of gaps (blockers also name their area)."""
        head = [self.tr("Question"), self.tr("Your answer"), self.tr("Best answer")]
        return [self.tr("Area"), *head] if with_area else head

    def _gap_row(self, gap: Gap, blocker: bool) -> RowText:
        """The texts of a gap's row (the same object as last time when nothing changed:
        a refresh after an edit then compares rows by identity and sets no text)."""
        key = (gap.question.id, blocker)
        cached = self._rows.get(key)
        if cached is not None and cached[1] == gap.unknown:
            answer = cached[0]
            if answer is gap.answer or answer == gap.answer:
                return cached[2]
        row = self._make_row(gap, blocker)
        self._rows[key] = (gap.answer, gap.unknown, row)
        return row

    def _make_row(self, gap: Gap, blocker: bool) -> RowText:
        lang = self.lang
        q = gap.question
        question = q.text.get(lang)
        given = answer_label(q, gap.answer, lang)
        best = best_answer_label(q, lang)
        area = self.doc.bank.dimension_by_id[q.dimension].title.get(lang)
        said = (
            self.tr("Blocker: %1 Your answer: %2.")
            if blocker
            else self.tr("Gap in %3: %1 Your answer: %2.")
        )
        name = said.replace("%1", _sentence(question)).replace("%2", given).replace("%3", area)
        description = self.tr("Best answer: %1.").replace("%1", best)
        if blocker:
            description += " " + self.tr("Area: %1.").replace("%1", area)
        cells = (question, given, best)
        return RowText(
            cells=(area, *cells) if blocker else cells,
            name=name,
            description=description,
            unsure_column=(2 if blocker else 1) if gap.unknown else -1,
        )

    def refresh(self) -> None:
        """Lay out the current result."""
        result = self.doc.result()
        self.summary.show_result(result, self.doc.bank.stages_ordered, self.lang)
        self.summary.show_rules_date(self.doc.bank, today(), self.lang)
        self._show_charts(result)

        blockers = result.blockers
        show_if(self.blockers_heading, bool(blockers))
        show_if(self.blockers, bool(blockers))
        self.blockers.set_rows([self._gap_row(gap, blocker=True) for gap in blockers])
        _set_text(
            self.no_blockers_label,
            self.tr("No blockers: every critical question that applies is answered."),
        )
        show_if(self.no_blockers_label, result.no_blockers)
        self._show_unconfirmed(result)
        any_gap = False
        for dim in result.dimensions:
            rows = [self._gap_row(gap, blocker=False) for gap in dim.gaps if not gap.critical]
            any_gap = any_gap or bool(rows)
            if rows:
                status = ""
            elif not dim.assessed:
                status = self.tr("No answers yet in this area.")
            else:
                status = self.tr("No gaps left in this area (apart from blockers).")
            self.areas[dim.id].show(self._area_heading(dim), status, rows)
        _set_text(
            self.gaps_heading,
            self.tr("Gaps in each area") if any_gap or blockers else self.tr("Each area"),
        )
        stops = self.focus_stops(shown_only=False)
        if [id(w) for w in stops] != self._chained:  # new rows or links since last time
            set_tab_chain(stops)
            self._chained = [id(w) for w in stops]

    def focus_stops(self, shown_only: bool = True) -> list[QWidget]:
        """The page's tab stops, top to bottom (by default only those shown now)."""
        stops: list[QWidget] = [self.summary.score_box, *self.summary.missing_links]
        for index in range(self.panel_box.count()):
            panel = self.panel_box.itemAt(index).widget()
            if panel is not None and panel.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(panel)
        stops += self.blockers.all_rows()
        stops += self.unconfirmed_links
        for area in self.areas.values():
            stops += [area.box, *area.table.all_rows()]
        if shown_only:
            inner = self.widget()
            stops = [w for w in stops if w.isVisibleTo(inner)]
        return stops

    def _show_charts(self, result: ReadinessResult) -> None:
        lang = self.lang
        stages = self.doc.bank.stages_ordered
        scores = [(d.dimension.title.get(lang), d.score) for d in result.dimensions]
        complete = all(score is not None for _, score in scores)
        show_if(self.radar, complete)  # a radar with a hole would read as a zero
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
        show_if(self.unconfirmed_heading, bool(outcomes))
        show_if(self.unconfirmed_label, bool(outcomes))
        inner = self.widget()
        while len(self.unconfirmed_links) < len(outcomes):
            link = LinkLabel("", "", inner)
            link.setAccessibleDescription(self.tr("Enter or Space goes to the question."))
            link.activated.connect(self.jumpRequested)
            add_link(self.unconfirmed_box, link)
            self.unconfirmed_links.append(link)
        for link, outcome in zip(self.unconfirmed_links, outcomes, strict=False):
            q = outcome.question
            state = self.tr("don't know") if outcome.answer is not None else self.tr("not answered")
            question = q.text.get(self.lang)
            link.set_link(f"{question} ({state})", q.id)
            link.setAccessibleName(
                self.tr("Unconfirmed blocker: %1 (%2)").replace("%1", question).replace("%2", state)
            )
            show_if(link, True)
        for link in self.unconfirmed_links[len(outcomes) :]:
            show_if(link, False)

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

    def focus_first(self) -> None:
        """Focus the score block, visibly (as Tab would)."""
        focus_visibly(self.summary.score_box)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab as usual; back on the score block, show the page's heading above it too."""
        moved = super().focusNextPrevChild(next)
        if self.summary.score_box.hasFocus():
            self.verticalScrollBar().setValue(0)
        return moved


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text changes."""
    if label.text() != text:
        label.setText(text)
