"""The cohort summary as an A4 PDF: the room of a workshop at a glance, anonymised.

Contents: title (the event from ``workshop.json`` when there is one), date and key
figures; participants by sector, size, experience, target market and channel; the
overall stage counts; one bar chart per dimension of the score distribution (10-point
bins, greyscale-readable, with counts over the bars); the most common blockers and gaps;
the actions most often recommended; how many files were left out. With ``names`` a last
section lists each participant's pseudonym beside the company and assessor; without it
no company or person name appears anywhere (not in the metadata either).

Fonts, styles, words, text safety, "Page X of Y" and the build are the action plan's:
:class:`~advisor.report.renderer.PdfRenderer` is the base of both. Every string goes
through :func:`~advisor.report.text.markup` before it reaches a Paragraph; chart labels
are numbers only (graphics strings are not shaped). Same input, same bytes; the PDF is
dated with the last change to any participant's assessment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from advisor.domain.cohort import (
    CohortSummary,
    Distribution,
    ProfileCount,
    QuestionCount,
)
from advisor.domain.formatting import format_date
from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS, PHASE_LABELS
from advisor.report._cohort_base import CohortStyles, distribution_chart
from advisor.report.renderer import PdfRenderer, pdf_date
from advisor.report.text import plain

__all__ = ["CohortDetails", "cohort_pdf_bytes"]


@dataclass(frozen=True)
class CohortDetails:
    """The event around the cohort (from ``workshop.json``); all optional."""

    event: str = ""
    date: dt.date | None = None
    facilitator: str = ""


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


class CohortRenderer(PdfRenderer):
    """Builds the cohort PDF: page set-up, styles, then one method per section."""

    page_size = A4
    margin = 16 * mm
    left_margin = right_margin = top_margin = margin
    bottom_margin = margin + 4 * mm
    frame_padding = 6.0
    page_number_style = "footer"

    def __init__(
        self, summary: CohortSummary, details: CohortDetails, *, names: bool, lang: str
    ) -> None:
        super().__init__(lang)
        self.summary = summary
        self.details = details
        self.names = names
        self.styles = CohortStyles(self.stylesheet, self.fonts, self.palette)
        self.width = self.page_size[0] - 2 * self.margin

    # --- small helpers ---------------------------------------------------------------

    def w(self, key: str, **fields: object) -> str:
        """A fixed word of the summary in the document's language (not escaped)."""
        return self.words.get(f"cohort.{key}", **fields)

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph that prints ``text`` literally (escaped, cleaned, font runs)."""
        return self.para(text, style)

    def table(
        self, rows: Sequence[Sequence[object]], widths: Sequence[float], numeric_from: int
    ) -> Table:
        """A plain table: header row in bold, thin rules, numbers right-aligned."""

        def cell(column: int, value: object, style: str) -> Flowable:
            if isinstance(value, Flowable):
                return value
            return self.p(str(value), style + ("-num" if column >= numeric_from else ""))

        cells = [[cell(i, c, "cell") for i, c in enumerate(row)] for row in rows[1:]]
        cells.insert(0, [cell(i, c, "head") for i, c in enumerate(rows[0])])
        table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.styles.palette.text),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, self.styles.palette.rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    # --- sections --------------------------------------------------------------------

    def heading(self) -> list[Flowable]:
        """Title, date, key figures."""
        s, d = self.summary, self.details
        story: list[Flowable] = [self.p(d.event or self.w("title"), "title")]
        facts: list[str] = []
        if d.event:
            facts.append(self.w("title"))
        if d.date:
            facts.append(format_date(d.date, self.lang))
        elif s.first_created and s.last_created:
            first, last = s.first_created.date(), s.last_created.date()
            span = format_date(first, self.lang)
            if first != last:
                start, end = (format_date(x, self.lang, "short") for x in (first, last))
                span = f"{start} – {end}"
            facts.append(f"{self.w('assessed')}: {span}")
        if d.facilitator and self.names:
            facts.append(f"{self.w('facilitator')}: {d.facilitator}")
        story.append(self.p(" · ".join(facts), "subtitle"))
        figures = [f"{s.count} {self.w('participants')}"]
        if s.overall.mean is not None:
            figures.append(self.w("mean_over", mean=f"{s.overall.mean:g}", n=s.overall.count))
        story.append(self.p(" · ".join(figures), "figure"))
        if s.provisional:
            story.append(self.p(self.w("provisional_count", n=len(s.provisional)), "body"))
        if s.left_out:
            story.append(self.p(self.words.count("cohort.left_out", s.left_out), "body"))
        bank = s.bank
        story.append(
            self.p(f"{self.w('bank')}: {bank.title.get(self.lang)} {bank.version}", "small")
        )
        if not self.names:
            story.append(self.p(self.w("anonymous"), "small"))
        return story

    def _profile_table(self, title: str, counts: Sequence[ProfileCount]) -> Table:
        rows: list[list[object]] = [[title, self.w("count"), self.w("share")]]
        rows += [[c.label.get(self.lang), c.count, _pct(c.share)] for c in counts]
        half = (self.width - 6 * mm) / 2
        return self.table(rows, [half - 32 * mm, 16 * mm, 16 * mm], 1)

    def who(self) -> list[Flowable]:
        """Participants by profile field, two small tables a row."""
        s = self.summary
        tables = [
            self._profile_table(self.w("sector"), s.by_sector),
            self._profile_table(self.w("size"), s.by_size),
            self._profile_table(self.w("market"), s.by_market),
            self._profile_table(self.w("experience"), s.by_experience),
            self._profile_table(self.w("channel"), s.by_channel),
        ]
        return [self.p(self.w("who"), "h1"), *self._pairs(tables)]

    def _pairs(self, flowables: Sequence[Flowable | list[Flowable]]) -> list[Flowable]:
        half = self.width / 2
        out: list[Flowable] = []
        for i in range(0, len(flowables), 2):
            pair = list(flowables[i : i + 2]) + ([Spacer(1, 1)] if i + 1 >= len(flowables) else [])
            grid = Table([pair], colWidths=[half, half], hAlign="LEFT")
            grid.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                    ]
                )
            )
            out.append(grid)
        return out

    def _stage_table(self) -> Table:
        rows: list[list[object]] = [[self.w("stage"), self.w("overall")]]
        rows[0] += [d.title.get(self.lang) for d in self.summary.dimensions]
        for i, stage_count in enumerate(self.summary.overall.stages):
            row: list[object] = [stage_count.stage.title.get(self.lang), stage_count.count]
            row += [d.stages[i].count for d in self.summary.dimensions]
            rows.append(row)
        columns = 1 + len(self.summary.dimensions)
        first = max(40 * mm, self.width - columns * 24 * mm)
        rest = (self.width - first) / columns
        return self.table(rows, [first] + [rest] * columns, 1)

    def _dimension_block(self, dist: Distribution) -> list[Flowable]:
        block: list[Flowable] = [self.p(dist.title.get(self.lang), "h2")]
        partial = self.w("partial", partial=dist.partial) if dist.partial else ""
        if not dist.count:
            empty = "no_complete" if dist.id == "overall" else "no_scores"
            return [*block, self.p(self.w(empty) + partial, "small")]
        block.append(distribution_chart(dist.bins, self.width / 2 - 4 * mm, self.fonts.regular))
        stats = self.w(
            "stats",
            n=dist.count,
            mean=_num(dist.mean),
            median=_num(dist.median),
            lo=_num(dist.minimum),
            hi=_num(dist.maximum),
            blocked=dist.blocked,
        )
        return [*block, self.p(stats + partial, "small")]

    def readiness(self) -> list[Flowable]:
        """How many participants reached each stage, overall and per dimension."""
        return [self.p(self.w("readiness"), "h1"), self._stage_table(), Spacer(1, 4 * mm)]

    def scores(self) -> list[Flowable]:
        """One bar chart per dimension (and overall) of the score distribution."""
        blocks = [
            self._dimension_block(d) for d in (self.summary.overall, *self.summary.dimensions)
        ]
        return [
            CondPageBreak(80 * mm),
            self.p(self.w("scores"), "h1"),
            self.p(self.w("chart_note"), "small"),
            Spacer(1, 2 * mm),
            *self._pairs(blocks),
        ]

    def _question_table(self, counts: Sequence[QuestionCount]) -> Flowable:
        if not counts:
            return self.p(self.w("none"))
        bank = self.summary.bank
        rows: list[list[object]] = [
            [
                self.w("question"),
                self.w("dimension"),
                self.w("count"),
                self.w("share"),
                self.w("unknown"),
            ]
        ]
        for c in counts:
            dim = bank.dimension_by_id.get(c.question.dimension)
            rows.append(
                [
                    c.question.text.get(self.lang),
                    dim.title.get(self.lang) if dim else c.question.dimension,
                    c.count,
                    _pct(c.share),
                    c.unknown,
                ]
            )
        fixed = [30 * mm, 14 * mm, 14 * mm, 18 * mm]
        return self.table(rows, [self.width - sum(fixed), *fixed], 2)

    def gaps(self) -> list[Flowable]:
        """The most common blockers, then the most common gaps."""
        return [
            CondPageBreak(50 * mm),
            self.p(self.w("blockers"), "h1"),
            self.p(self.w("blockers_note"), "small"),
            self._question_table(self.summary.blockers),
            Spacer(1, 4 * mm),
            CondPageBreak(50 * mm),
            self.p(self.w("gaps"), "h1"),
            self._question_table(self.summary.gaps),
        ]

    def actions(self) -> list[Flowable]:
        """The actions most often in the participants' plans."""
        story: list[Flowable] = [CondPageBreak(50 * mm), self.p(self.w("actions"), "h1")]
        if not self.summary.actions:
            return [*story, self.p(self.w("none"))]
        rows: list[list[object]] = [
            [
                self.w("action"),
                self.w("when"),
                self.w("count"),
                self.w("share"),
                self.w("as_blocker"),
            ]
        ]
        for a in self.summary.actions:
            rec = a.recommendation
            when = " / ".join(
                label.get(self.lang)
                for label in (
                    PHASE_LABELS[rec.phase],
                    EFFORT_LABELS[rec.effort],
                    COST_LABELS[rec.cost],
                )
            )
            rows.append([rec.title.get(self.lang), when, a.count, _pct(a.share), a.critical])
        fixed = [44 * mm, 14 * mm, 14 * mm, 18 * mm]
        return [*story, self.table(rows, [self.width - sum(fixed), *fixed], 2)]

    def participants(self) -> list[Flowable]:
        """With ``names`` only: pseudonym, company, assessor, score and stage."""
        if not self.names:
            return []
        rows: list[list[object]] = [
            [self.w("id"), self.w("company"), self.w("assessor"), self.w("score"), self.w("stage")]
        ]
        for p in self.summary.participants:
            assessor = p.assessment.assessor
            who = ", ".join(x for x in (assessor.name, assessor.organisation) if x)
            result = p.result
            score = "-" if result.score is None else f"{result.score:g}"
            stage = "-" if result.stage is None else result.stage.title.get(self.lang)
            if p.provisional:
                stage += f" ({self.w('provisional_mark')})"
            rows.append([p.id, p.assessment.profile.company, who, score, stage])
        fixed = [16 * mm, 16 * mm, 34 * mm]
        rest = (self.width - sum(fixed)) / 2
        return [
            CondPageBreak(50 * mm),
            self.p(self.w("names"), "h1"),
            self.table(rows, [fixed[0], rest, rest, fixed[1], fixed[2]], 3),
        ]

    # --- the document ----------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """Every section in order."""
        return [
            *self.heading(),
            Spacer(1, 5 * mm),
            *self.readiness(),
            *self.who(),
            *self.scores(),
            *self.gaps(),
            Spacer(1, 4 * mm),
            *self.actions(),
            *self.participants(),
        ]

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """ "Page X of Y" at the bottom right."""
        self.place_page_number(canvas, self.page_size[0] - self.margin, 9 * mm)

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """One kind of page, numbered."""
        return [PageTemplate(id="page", frames=[frame], onPage=self._on_page)]

    def pdf_date(self) -> str | None:
        """The PDF's date: the last change to any participant's assessment."""
        stamps = [p.assessment.updated_at for p in self.summary.participants]
        return pdf_date(max(stamps, key=lambda s: s.astimezone(dt.UTC))) if stamps else None

    def metadata(self) -> dict[str, str]:
        """The event as title; no company or person name (the summary is anonymous)."""
        return {
            "title": plain(self.details.event or self.w("title"), 300),
            "subject": plain(self.w("title")),
            "author": "",
        }


def cohort_pdf_bytes(
    summary: CohortSummary,
    details: CohortDetails | None = None,
    *,
    names: bool = False,
    lang: str = "en",
) -> bytes:
    """The cohort summary PDF. Company and person names appear only with ``names``."""
    return CohortRenderer(summary, details or CohortDetails(), names=names, lang=lang).build()
