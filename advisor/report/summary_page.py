"""The one-page summary to share on a phone: a narrow PDF page, and a PNG drawn from it.

One layout serves both: the page is drawn with reportlab (text shaped with HarfBuzz, so
Hindi prints correctly, fonts embedded) on a page 360 points wide and as tall as its
content; :func:`summary_png` rasterises that page with PDFium at 3 pixels per point,
giving an image 1080 pixels wide (see :mod:`advisor.report.raster`). The same
assessment gives the same bytes: the shared renderer base
(:class:`~advisor.report.renderer.PdfRenderer`: reportlab's invariant mode, the PDF dated
from the document), and a PNG with no time stamp. Its words are the ``summary.*`` entries
of the word catalogues (:mod:`advisor.domain.words`).

What it shows: the company and the date; the overall score and stage, and each area as
a bar (a provisional result says so next to the score; an area not assessed has an
empty outlined bar and says "not assessed", never 0; an area answered only in part says
"provisional" beside its score); the blockers, then the critical questions not answered
yet ("No blockers" only when there are neither); the first five
actions with when and who helps; the consultant's name, contacts and logo when a
branding profile is given. Type is large: 12 points of body text are about 13 CSS
pixels on a phone showing the image edge to edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table
from reportlab.platypus.doctemplate import BaseDocTemplate

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.formatting import format_date
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.vocabulary import PHASE_LABELS
from advisor.report.context import ReportContext, score_text
from advisor.report.fonts import register_fonts
from advisor.report.logo import load_logo
from advisor.report.options import ReportOptions
from advisor.report.renderer import PdfRenderer, pdf_date
from advisor.report.sections.cover import logo_path
from advisor.report.styles import Palette, Stylesheet
from advisor.report.text import plain

__all__ = ["PAGE_WIDTH", "PNG_SCALE", "summary_pdf", "summary_png"]

PAGE_WIDTH = 360.0
PNG_SCALE = 3.0  # 360 points x 3 = 1080 pixels
MIN_HEIGHT = 640.0  # a phone's proportions at least (9:16)
MARGIN = 20.0
ACTIONS = 5
BLOCKERS = 4
HELPERS = 2  # who helps: the first two sources (the PDF report lists them all)


class _PhoneStyles(Stylesheet):
    """The report's stylesheet with the large sizes a phone screen needs."""

    def __init__(self, palette: Palette) -> None:
        super().__init__(register_fonts(), palette)
        bold = self.fonts.bold
        base = self["body"]

        def add(name: str, **kw: object) -> None:
            self._styles[name] = ParagraphStyle(name, base, **kw)

        add("p-body", fontSize=12, leading=16, spaceAfter=3)
        add("p-small", fontSize=10, leading=13, textColor=palette.muted, spaceAfter=2)
        add("p-brand", fontName=bold, fontSize=11, leading=14, textColor=palette.accent)
        add("p-kicker", fontName=bold, fontSize=10, leading=13, textColor=palette.muted)
        add("p-company", fontName=bold, fontSize=22, leading=27, spaceAfter=2)
        add("p-h", fontName=bold, fontSize=15, leading=19, spaceBefore=10, spaceAfter=5)
        add("p-score", fontName=bold, fontSize=34, leading=38, textColor=palette.accent)
        add("p-stage", fontName=bold, fontSize=15, leading=19)
        add("p-flag", fontName=bold, fontSize=11.5, leading=15, textColor=palette.blocker)
        add("p-area", fontSize=12.5, leading=16)
        add("p-area-score", fontName=bold, fontSize=12.5, leading=16, alignment=2)
        add("p-item", fontName=bold, fontSize=12.5, leading=16, leftIndent=18, bulletIndent=0)
        add("p-blocker", fontSize=12, leading=16, leftIndent=18, bulletIndent=2, spaceAfter=3)
        add("p-meta", fontSize=10.5, leading=14, textColor=palette.muted, leftIndent=18)


@dataclass
class _Page:
    ctx: ReportContext
    width: float

    def word(self, key: str, **values: object) -> str:
        return self.ctx.words.get(f"summary.{key}", **values)

    def bar(self, score: float | None, height: float = 10) -> Drawing:
        palette = self.ctx.styles.palette
        drawing = Drawing(self.width, height)
        drawing.initialFontName = self.ctx.styles.fonts.regular  # not Helvetica
        if score is None:  # not assessed: an empty outline, never a bar of 0
            drawing.add(
                Rect(
                    0,
                    0,
                    self.width,
                    height,
                    fillColor=None,
                    strokeColor=palette.rule,
                    strokeWidth=1,
                    strokeDashArray=[3, 3],
                )
            )
            return drawing
        drawing.add(Rect(0, 0, self.width, height, fillColor=palette.shade, strokeColor=None))
        filled = max(0.0, min(100.0, score)) / 100 * self.width
        if filled > 0:
            drawing.add(Rect(0, 0, filled, height, fillColor=palette.accent, strokeColor=None))
        return drawing

    def row(
        self, left: str, right: str, left_style: str, right_style: str, split: float = 0.72
    ) -> Table:
        table = Table(
            [[self.ctx.para(left, left_style), self.ctx.para(right, right_style)]],
            colWidths=[self.width * split, self.width * (1 - split)],
        )
        table.setStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), self.ctx.styles.fonts.regular),
            ]
        )
        return table


def _header(page: _Page) -> list[Flowable]:
    ctx = page.ctx
    story: list[Flowable] = []
    branding = ctx.options.branding
    path = logo_path(ctx)
    if path is not None:
        logo = load_logo(path, max_width=page.width * 0.5, max_height=40)
        logo.hAlign = "LEFT"
        story += [logo, Spacer(1, 6)]
    if branding is not None and (branding.consultancy or branding.consultant):
        names = " · ".join(n for n in (branding.consultancy, branding.consultant) if n.strip())
        story.append(ctx.para(names, "p-brand"))
    story.append(ctx.para(page.word("title"), "p-kicker"))
    company = ctx.assessment.profile.company.strip() or page.word("unnamed")
    story.append(ctx.para(company, "p-company"))
    story.append(ctx.para(format_date(ctx.assessment.updated_at.date(), ctx.lang), "p-small"))
    return story


def _scores(page: _Page) -> list[Flowable]:
    ctx = page.ctx
    result = ctx.result
    story: list[Flowable] = [Spacer(1, 10), ctx.para(page.word("overall"), "p-kicker")]
    assessed = result.assessed and result.score is not None and result.stage is not None
    overall = score_text(result.score) if assessed else "-"  # type: ignore[arg-type]
    stage = ctx.tr(result.stage.title) if assessed else ""  # type: ignore[union-attr]
    story.append(page.row(f"{overall} / 100", stage, "p-score", "p-stage", 0.55))
    if result.provisional:  # as prominent as the score, right under it
        areas = len(result.dimensions)
        standing = areas - len(result.missing)
        story.append(ctx.para(page.word("provisional", standing=standing, areas=areas), "p-flag"))
    story += [page.bar(result.score if assessed else None, 14), Spacer(1, 10)]
    for dim in result.dimensions:
        if dim.score is None:
            value = page.word("not_assessed")
        elif dim.provisional:
            value = page.word("area_provisional", score=score_text(dim.score))
        else:
            value = score_text(dim.score)
        story.append(page.row(ctx.tr(dim.dimension.title), value, "p-area", "p-area-score", 0.6))
        story += [page.bar(dim.score), Spacer(1, 7)]
    return story


def _blockers(page: _Page) -> list[Flowable]:
    ctx = page.ctx
    result = ctx.result
    blockers, unconfirmed = result.blockers, result.unconfirmed_blockers
    story: list[Flowable] = [ctx.para(page.word("blockers"), "p-h")]
    if result.no_blockers:
        return [*story, ctx.para(page.word("no_blockers"), "p-body")]
    for gap in blockers[:BLOCKERS]:
        story.append(ctx.bullet(ctx.tr(gap.question.text), "p-blocker", "!"))
    if len(blockers) > BLOCKERS:
        story.append(
            ctx.para(page.word("more_blockers", count=len(blockers) - BLOCKERS), "p-small")
        )
    if unconfirmed:
        story += [Spacer(1, 6), ctx.para(page.word("unconfirmed"), "p-kicker"), Spacer(1, 3)]
        for outcome in unconfirmed[:BLOCKERS]:
            story.append(ctx.bullet(ctx.tr(outcome.question.text), "p-blocker", "?"))
        if len(unconfirmed) > BLOCKERS:
            more = len(unconfirmed) - BLOCKERS
            story.append(ctx.para(page.word("more_unconfirmed", count=more), "p-small"))
    return story


def _actions(page: _Page) -> list[Flowable]:
    ctx = page.ctx
    story: list[Flowable] = [ctx.para(page.word("actions"), "p-h")]
    actions = ctx.plan.actions[:ACTIONS]
    if not actions:
        nothing = ctx.result.score is None  # nothing answered: not "every answer is the best"
        key = "no_actions_yet" if nothing else "no_actions"
        return [*story, ctx.para(page.word(key), "p-body")]
    sources = ctx.bank.source_by_id
    for number, action in enumerate(actions, start=1):
        rec = action.recommendation
        story.append(ctx.bullet(ctx.tr(rec.title), "p-item", f"{number}."))
        named = [ctx.tr(sources[s].name) for s in rec.help if s in sources]
        helpers = ", ".join(named[:HELPERS]) + (" …" if len(named) > HELPERS else "")
        meta = ctx.tr(PHASE_LABELS[action.phase])
        if helpers:
            meta += " · " + page.word("help", sources=helpers)
        story.append(ctx.para(meta, "p-meta"))
    return story


def _footer(page: _Page) -> list[Flowable]:
    ctx = page.ctx
    story: list[Flowable] = [Spacer(1, 12)]
    branding = ctx.options.branding
    if branding is not None:
        for line in branding.contact_lines:
            if line.strip():
                story.append(ctx.para(line, "p-small"))
        if branding.footer.strip():
            story.append(ctx.para(branding.footer, "p-small"))
    story.append(ctx.para(page.word("footer"), "p-small"))
    return story


def _story(ctx: ReportContext, width: float) -> list[Flowable]:
    page = _Page(ctx, width)
    return [*_header(page), *_scores(page), *_blockers(page), *_actions(page), *_footer(page)]


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for index, flowable in enumerate(story):
        _, height = flowable.wrap(width, 10_000)
        total += height + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _context(bank: Bank, assessment: Assessment, options: ReportOptions) -> ReportContext:
    accent = options.branding.accent if options.branding else None
    result = score_assessment(bank, assessment)
    return ReportContext(
        bank=bank,
        assessment=assessment,
        result=result,
        plan=build_plan(bank, assessment, result),
        options=options,
        styles=_PhoneStyles(Palette.from_accent(accent)),
    )


class _SummaryRenderer(PdfRenderer):
    """One narrow page as tall as ``height``, with the accent band across the top."""

    numbered = False
    accent_band = 8.0

    def __init__(self, ctx: ReportContext, height: float) -> None:
        super().__init__(ctx.lang, None)
        self.ctx = ctx
        self.styles = ctx.styles
        self.page_size = (PAGE_WIDTH, height)
        self.left_margin = self.right_margin = self.bottom_margin = MARGIN
        self.top_margin = MARGIN + self.accent_band

    def metadata(self) -> dict[str, str]:
        """The summary's title with the company."""
        company = self.ctx.assessment.profile.company.strip() or self.ctx.words.get(
            "summary.unnamed"
        )
        return {"title": plain(f"{self.ctx.words.get('summary.title')}: {company}", 300)}

    def pdf_date(self) -> str:
        """Dated from the assessment's last change."""
        return pdf_date(self.ctx.assessment.updated_at)

    def _band(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.page_size
        canvas.saveState()
        canvas.setFillColor(self.ctx.styles.palette.accent)
        canvas.rect(0, height - self.accent_band, width, self.accent_band, stroke=0, fill=1)
        canvas.restoreState()

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """The one phone page."""
        return [PageTemplate("phone", frames=[frame], onPage=self._band)]

    def story(self) -> list[Flowable]:
        """The summary's flowables."""
        return _story(self.ctx, self.frame_width)


def summary_pdf(bank: Bank, assessment: Assessment, options: ReportOptions) -> bytes:
    """The one-page summary as PDF bytes (one page, 360 points wide, deterministic).

    Raises ``ValueError`` when the branding logo cannot be used.
    """
    ctx = _context(bank, assessment, options)
    width = PAGE_WIDTH - 2 * MARGIN
    band = _SummaryRenderer.accent_band
    height = max(MIN_HEIGHT, _height(_story(ctx, width), width) + 2 * MARGIN + band + 8)
    for _ in range(4):  # grow the page until the story fits on one
        renderer = _SummaryRenderer(ctx, height)
        pdf = renderer.build()
        if renderer.page_count == 1:
            return pdf
        height += 120
    return pdf


def summary_png(bank: Bank, assessment: Assessment, options: ReportOptions) -> bytes:
    """The one-page summary as a PNG about 1080 pixels wide (deterministic)."""
    from advisor.report.raster import pdf_page_png

    return pdf_page_png(summary_pdf(bank, assessment, options), PNG_SCALE)
