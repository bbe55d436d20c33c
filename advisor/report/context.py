"""What every section of the report needs: the data, the styles and safe paragraph helpers.

Section builders (:mod:`advisor.report.sections`) receive one :class:`ReportContext` and
return flowables. They never build a ``Paragraph`` from raw text: :meth:`ReportContext.para`
escapes and splits it into font runs first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.planning import ActionPlan
from advisor.domain.rounding import whole
from advisor.domain.scoring import ReadinessResult
from advisor.domain.text import Text
from advisor.domain.words import Words, words
from advisor.report.options import ReportOptions
from advisor.report.styles import Stylesheet
from advisor.report.text import markup, plain

__all__ = ["Heading", "ReportContext", "score_text"]

# A user string longer than this is cut: no field of a valid document is longer, and a
# report must not take minutes because a caller passed an unchecked megabyte of text.
MAX_TEXT = 6000


def score_text(score: float) -> str:
    """A score as printed in the report: a whole number (half rounds up)."""
    return str(whole(score))


# Room a heading needs below it, or it moves to the next page (no orphaned headings).
KEEP_SPACE = {"h1": 150.0, "h2": 90.0, "h3": 48.0}


class Heading(Paragraph):
    """A heading that adds a PDF bookmark where it lands and is never left orphaned.

    reportlab's ``keepWithNext`` glues a heading to the whole next flowable, and when
    that is a long table it pushes both to the next page, leaving an empty page. This
    heading instead asks for ``keep_space`` points of room below itself: with less room
    left on the page it does not fit, and the frame moves it to the next page.
    """

    def __init__(
        self,
        text: str,
        style: object,
        outline: tuple[str, str, int] | None,
        keep_space: float,
    ) -> None:
        super().__init__(text, style)
        self.outline = outline
        self.keep_space = keep_space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The paragraph's size, or more than ``availHeight`` when too little room is left."""
        width, height = super().wrap(availWidth, availHeight)
        if height + self.keep_space > availHeight and height < availHeight / 2:
            return width, availHeight + 1
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Never split a normal heading; only one taller than half a page splits."""
        if self.height < 300:
            return []
        return super().split(availWidth, availHeight)


@dataclass
class ReportContext:
    """The data of one report and the helpers the sections share."""

    bank: Bank
    assessment: Assessment
    result: ReadinessResult
    plan: ActionPlan
    options: ReportOptions
    styles: Stylesheet
    _keys: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def lang(self) -> str:
        """The report's language."""
        return self.options.lang

    @property
    def words(self) -> Words:
        """The word catalogue of the report's language (:mod:`advisor.domain.words`)."""
        return words(self.lang)

    def label(self, key: str, **values: object) -> str:
        """One of the report's own words: ``report.<key>`` of the catalogue."""
        return self.words.get(f"report.{key}", **values)

    def tr(self, text: Text | None) -> str:
        """A bank text in the report's language ("" for None)."""
        return text.get(self.lang) if text is not None else ""

    def markup(self, text: str, style: str = "body") -> str:
        """Safe paragraph markup of ``text`` for the named style."""
        return markup(text[:MAX_TEXT], self.styles[style].fontName)

    def para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph that prints ``text`` literally."""
        return self.paragraph(self.markup(text, style), style)

    def paragraph(self, markup: str, style: str = "body", **kw: object) -> Paragraph:
        """A paragraph of already safe markup (shaped only when it holds Devanagari)."""
        return Paragraph(markup, self.styles.for_markup(style, markup), **kw)  # type: ignore[arg-type]

    def labelled(self, name: str, value: str, style: str = "body") -> Paragraph:
        """``Name: value`` with the name in bold; both printed literally."""
        head = self.markup(f"{name}:", style)  # the colon in the same font run as the name
        return self.paragraph(f"<b>{head}</b> {self.markup(value, style)}", style)

    def bullet(self, text: str, style: str = "bullet", bullet: str = "•") -> Paragraph:
        """A bulleted paragraph."""
        return self.paragraph(self.markup(text, style), style, bulletText=bullet)

    def heading(self, text: str, style: str = "h1", level: int = 0) -> Flowable:
        """A heading with a bookmark in the PDF outline."""
        key = f"section-{next(self._keys)}"
        outline = (plain(text, 120), key, level)
        markup = self.markup(text, style)
        return Heading(
            markup, self.styles.for_markup(style, markup), outline, KEEP_SPACE.get(style, 48.0)
        )

    def subheading(self, text: str, style: str = "h3") -> Flowable:
        """A heading without a bookmark (it still never ends a page)."""
        markup = self.markup(text, style)
        return Heading(markup, self.styles.for_markup(style, markup), None, KEEP_SPACE[style])
