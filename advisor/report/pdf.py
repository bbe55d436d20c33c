"""The PDF action plan renderer, modelled on pretix's invoice renderer.

:class:`ActionPlanRenderer` holds the page size and margins as attributes, registers the
fonts once per process, builds a stylesheet of named styles, draws the page furniture in
first-page and later-page callbacks, assembles the story from one builder per section
(:meth:`ActionPlanRenderer.sections`) and returns the PDF as bytes from :meth:`build`.

The fonts, "Page X of Y", bookmarks where each :class:`~advisor.report.context.Heading`
lands, ``/Lang`` and the deterministic build come from
:class:`~advisor.report.renderer.PdfRenderer`, shared with the cohort summary; the
creation and modification dates are the document's ``updated_at``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import ClassVar

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.report.context import ReportContext
from advisor.report.options import ReportOptions
from advisor.report.renderer import PdfRenderer, pdf_date
from advisor.report.sections.appendix import (
    answers_given,
    disclaimer,
    not_in_bank,
    where_to_get_help,
)
from advisor.report.sections.cover import cover
from advisor.report.sections.dimensions import dimension_section
from advisor.report.sections.peers import peer_flowables
from advisor.report.sections.plan_table import action_plan
from advisor.report.sections.summary import executive_summary, readiness_profile
from advisor.report.text import plain, shorten

__all__ = ["PROGRESS_MODULE", "ActionPlanRenderer", "pdf_date"]  # pdf_date: see renderer

# An optional module that adds a "progress since last time" section when
# ``ReportOptions.previous`` is given: ``progress_flowables(ctx, width) -> list[Flowable]``.
PROGRESS_MODULE = "advisor.report.progress_section"

SectionBuilder = Callable[[ReportContext, float], list[Flowable]]


class ActionPlanRenderer(PdfRenderer):
    """Renders one assessment's PDF action plan. Subclass to change the look."""

    page_sizes: ClassVar[dict[str, tuple[float, float]]] = {"a4": A4, "letter": LETTER}
    # Sections that follow the previous one on the same page instead of a new page.
    same_page_sections: ClassVar[tuple[SectionBuilder, ...]] = (disclaimer,)
    left_margin = 20 * mm
    right_margin = 20 * mm
    top_margin = 22 * mm
    bottom_margin = 20 * mm
    header_offset = 12 * mm  # from the top edge to the header's baseline
    footer_offset = 10 * mm  # from the bottom edge to the footer's baseline

    def __init__(self, bank: Bank, assessment: Assessment, options: ReportOptions) -> None:
        super().__init__(options.lang, options.branding.accent if options.branding else None)
        self.bank = bank
        self.assessment = assessment
        self.options = options
        result = score_assessment(bank, assessment)
        self.ctx = ReportContext(
            bank=bank,
            assessment=assessment,
            result=result,
            plan=build_plan(bank, assessment, result),
            options=options,
            styles=self.styles,
        )

    # --- geometry -----------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        """The paper size in points."""
        return self.page_sizes.get(self.options.paper, A4)

    # --- text of the page furniture -------------------------------------------------

    @property
    def company(self) -> str:
        """The company name, or the "unnamed company" label."""
        return self.assessment.profile.company.strip() or self.ctx.label("unnamed_company")

    def metadata(self) -> dict[str, str]:
        """Title, author, subject and keywords of the PDF (clean plain text)."""
        assessor = self.assessment.assessor
        branding = self.options.branding
        author = assessor.name or (branding.consultant if branding else "") or assessor.organisation
        return {
            "title": plain(f"{self.ctx.label('report_title')}: {self.company}", 300),
            "author": plain(author, 200),
            "subject": plain(self.ctx.tr(self.bank.title), 300),
            "creator": "Export Readiness Advisor",
            "keywords": plain(f"{self.bank.id} {self.bank.version}", 100),
        }

    def pdf_date(self) -> str:
        """Dated from the assessment's last change, never the clock."""
        return pdf_date(self.assessment.updated_at)

    # --- page callbacks --------------------------------------------------------------

    def style_for(self, name: str, safe_markup: str) -> ParagraphStyle:
        """Latin-only text is left unshaped (searchable, no ligatures)."""
        return self.styles.for_markup(name, safe_markup)  # type: ignore[no-any-return]

    def _one_line(self, text: str, style: str, width: float) -> Paragraph:
        """``text`` shortened until it fits on one line of ``width``."""
        limit = 90
        para = self.para(shorten(plain(text), limit), style)
        while para.wrap(width, 100)[1] > self.styles[style].leading * 1.5 and limit > 8:
            limit = limit * 2 // 3
            para = self.para(shorten(plain(text), limit), style)
        return para

    def _footer(self, canvas: Canvas) -> None:
        width, _ = self.pagesize
        branding = self.options.branding
        text = branding.footer if branding and branding.footer.strip() else ""
        text = text or self.ctx.label("generated_with")
        para = self._one_line(text, "footer", self.frame_width * 0.7)
        para.wrap(self.frame_width * 0.7, 100)
        para.drawOn(canvas, self.left_margin, self.footer_offset - 2)
        canvas.setStrokeColor(self.palette.rule)
        canvas.setLineWidth(0.5)
        top = self.footer_offset + 10
        canvas.line(self.left_margin, top, width - self.right_margin, top)
        self.place_page_number(canvas, width - self.right_margin, self.footer_offset)

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The cover: an accent band across the top, and the footer."""
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFillColor(self.palette.accent)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def on_later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Company name and report title in the header; the footer."""
        canvas.saveState()
        width, height = self.pagesize
        half = self.frame_width / 2 - 6
        left = self._one_line(self.company, "header", half)
        left.wrap(half, 100)
        left.drawOn(canvas, self.left_margin, height - self.header_offset)
        right = self._one_line(self.ctx.label("report_title"), "header-right", half)
        right.wrap(half, 100)
        right.drawOn(canvas, width - self.right_margin - half, height - self.header_offset)
        canvas.setStrokeColor(self.palette.accent)
        canvas.setLineWidth(0.8)
        rule = height - self.header_offset - 3
        canvas.line(self.left_margin, rule, width - self.right_margin, rule)
        self._footer(canvas)
        canvas.restoreState()

    # --- the story ----------------------------------------------------------------------

    def extra_sections(self) -> list[SectionBuilder]:
        """Optional sections: peers, and progress since the previous assessment."""
        found: list[SectionBuilder] = []
        peers = self.options.peers
        if peers is not None:
            found.append(lambda ctx, width: peer_flowables(ctx, peers, width))
        if self.options.previous is None:
            return found
        try:
            module = importlib.import_module(PROGRESS_MODULE)
        except ModuleNotFoundError as exc:
            if exc.name != PROGRESS_MODULE:
                raise
            return found
        builder: SectionBuilder = module.progress_flowables
        return [*found, builder]

    def sections(self) -> list[SectionBuilder]:
        """The section builders after the cover, in order; each starts a new page."""
        dims: list[SectionBuilder] = [
            (lambda ctx, width, d=dim: dimension_section(ctx, d, width))
            for dim in self.ctx.result.dimensions
        ]
        return [
            executive_summary,
            readiness_profile,
            *self.extra_sections(),
            *dims,
            action_plan,
            where_to_get_help,
            answers_given,
            not_in_bank,
            disclaimer,
        ]

    def story(self) -> list[Flowable]:
        """Every flowable of the report."""
        width = self.frame_width
        story: list[Flowable] = [NextPageTemplate("later")]
        story.extend(cover(self.ctx, width))
        for index, section in enumerate(self.sections()):
            flowables = section(self.ctx, width)
            starts_page = flowables and isinstance(flowables[0], PageBreak)
            if index and not starts_page and section not in self.same_page_sections:
                story.append(PageBreak())
            story.extend(flowables)
        return story

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """The cover (accent band) first, then the pages with a header."""
        return [
            PageTemplate("cover", frames=[frame], onPage=self.on_first_page),
            PageTemplate("later", frames=[frame], onPage=self.on_later_pages),
        ]
