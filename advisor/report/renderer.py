"""The base of the app's PDF renderers: the action plan and the cohort summary share it.

:class:`PdfRenderer` holds what every PDF of the app does the same way: the bundled fonts
(registered once per process), the palette and the stylesheet, the word catalogue of the
document's language, paragraphs that print user text literally
(:func:`~advisor.report.text.markup`), "Page X of Y" in that language, PDF bookmarks
where headings land, the ``/Lang`` entry (the language code: ``en``, ``hi``) and
deterministic output: reportlab's invariant mode and a creation date taken from the
documents (:meth:`PdfRenderer.pdf_date`), never the clock.

Page X of Y: the total is not known while pages are drawn, so each page places an empty
form XObject (:meth:`PdfRenderer.place_page_number`) and the canvas fills every form
when the document is saved (:func:`page_canvas`). A subclass gives the page set-up
(:meth:`PdfRenderer.page_templates`), the metadata and the story.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from advisor.domain.words import words
from advisor.report.fonts import register_fonts
from advisor.report.styles import Palette, Stylesheet
from advisor.report.text import markup

__all__ = ["BookmarkedDoc", "PdfRenderer", "page_canvas", "pdf_date"]

CREATOR = "Export Readiness Advisor"


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``) for an aware datetime."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"


class BookmarkedDoc(BaseDocTemplate):
    """Adds a PDF bookmark where each flowable with an ``outline`` (title, key, level) lands."""

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, key, level = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


def page_canvas(
    date_text: str | None, page_number: Callable[[Canvas, int, int], None] | None
) -> type[Canvas]:
    """A canvas that dates the PDF with ``date_text`` and, when saved, fills the form
    ``pageno<N>`` of every page with ``page_number(canvas, N, pages)`` (no forms when
    ``page_number`` is None)."""

    class PageCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if date_text:
                self.setDateFormatter(lambda *_: date_text)

        def save(self) -> None:
            pages = self.getPageNumber() - 1
            for page in range(1, pages + 1 if page_number is not None else 1):
                self.beginForm(f"pageno{page}", lowerx=-300, lowery=-6, upperx=2, uppery=16)
                page_number(self, page, pages)  # type: ignore[misc]
                self.endForm()
            super().save()

    return PageCanvas


class PdfRenderer:
    """One PDF of the app: set-up shared by every report. Subclass and give the story."""

    page_size: tuple[float, float] = A4
    left_margin = 20 * mm
    right_margin = 20 * mm
    top_margin = 22 * mm
    bottom_margin = 20 * mm
    frame_padding = 0.0
    numbered = True  # "Page X of Y" forms (a one-page document goes without)
    page_number_style = "footer-right"  # a style of :attr:`styles`

    def __init__(self, lang: str, accent: str | None = None) -> None:
        self.lang = lang
        self.words = words(lang)
        self.fonts = register_fonts()
        self.palette = Palette.from_accent(accent)
        self.stylesheet = Stylesheet(self.fonts, self.palette)
        self.styles: Any = self.stylesheet  # a subclass may name its styles its own way
        self.page_count = 0  # set by :meth:`build`

    # --- geometry ----------------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        """The paper size in points."""
        return self.page_size

    @property
    def frame_width(self) -> float:
        """The width of the text frame."""
        return self.pagesize[0] - self.left_margin - self.right_margin

    # --- text --------------------------------------------------------------------------

    def style_for(self, name: str, safe_markup: str) -> ParagraphStyle:
        """The paragraph style ``name`` for this markup (a subclass may pick a variant)."""
        return self.styles[name]  # type: ignore[no-any-return]

    def para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph that prints ``text`` literally (escaped, cleaned, font runs)."""
        safe = markup(text, self.styles[style].fontName)
        return Paragraph(safe, self.style_for(style, safe))

    # --- page numbers ------------------------------------------------------------------

    def page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draws "Page X of Y" right-aligned at the origin (inside the page's form)."""
        text = self.words.get("pdf.page_of", page=page, pages=pages)
        para = self.para(text, self.page_number_style)
        para.wrap(300, 20)
        para.drawOn(canvas, -300, -2)

    def place_page_number(self, canvas: Canvas, right: float, baseline: float) -> None:
        """Puts this page's "Page X of Y" with its right edge at ``right``."""
        canvas.saveState()
        canvas.translate(right, baseline)
        canvas.doForm(f"pageno{canvas.getPageNumber()}")
        canvas.restoreState()

    # --- what a subclass gives ---------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        """Title, author, subject, keywords of the PDF (clean plain text)."""
        return {"creator": CREATOR}

    def pdf_date(self) -> str | None:
        """The PDF's creation date (:func:`pdf_date` of the documents'), None: undated."""
        return None

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """The page templates; the first is used first."""
        return [PageTemplate("page", frames=[frame])]

    def story(self) -> list[Flowable]:
        """Every flowable of the document."""
        raise NotImplementedError

    # --- building ----------------------------------------------------------------------

    def build(self) -> bytes:
        """The PDF as bytes; the same input always gives the same bytes."""
        buffer = io.BytesIO()
        height = self.pagesize[1]
        frame = Frame(
            self.left_margin,
            self.bottom_margin,
            self.frame_width,
            height - self.top_margin - self.bottom_margin,
            leftPadding=self.frame_padding,
            rightPadding=self.frame_padding,
            topPadding=self.frame_padding,
            bottomPadding=self.frame_padding,
            id="body",
        )
        doc = BookmarkedDoc(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            invariant=1,
            lang=self.lang,
            initialFontName=self.fonts.regular,  # no stray, unembedded Helvetica
            pageCompression=1,
            **{"creator": CREATOR, **self.metadata()},
        )
        doc.addPageTemplates(self.page_templates(frame))
        numbers = self.page_number if self.numbered else None
        doc.build(self.story(), canvasmaker=page_canvas(self.pdf_date(), numbers))
        self.page_count = doc.page
        return buffer.getvalue()
