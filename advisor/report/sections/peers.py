"""The "You and your peers" section: where the firm stands in its room or client book.

Only what :class:`~advisor.domain.peers.PeerComparison` holds is printed: the group's
size, dates, medians and middle halves, and the firm's own position. Below the
minimum group size the section is one sentence. Each row has a strip from 0 to 100:
the shaded box is the middle half of the group, the line its median, the dot the firm.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.platypus import Flowable, Spacer

from advisor.domain.formatting import format_date
from advisor.domain.peer_words import group_sentence, position, whole, word
from advisor.domain.peers import AreaComparison, PeerComparison
from advisor.report.context import ReportContext
from advisor.report.tables import data_table

__all__ = ["peer_flowables", "peer_strip"]

STRIP_HEIGHT = 14.0


def peer_strip(area: AreaComparison, width: float, ctx: ReportContext) -> Drawing:
    """A 0-100 strip: middle half shaded, median as a line, the firm as a dot."""
    palette = ctx.styles.palette
    drawing = Drawing(width, STRIP_HEIGHT)
    drawing.initialFontName = ctx.styles.fonts.regular  # else the renderer adds Helvetica
    mid = STRIP_HEIGHT / 2

    def x(score: float) -> float:
        return max(0.0, min(100.0, score)) / 100 * (width - 6) + 3

    drawing.add(Line(3, mid, width - 3, mid, strokeColor=palette.rule, strokeWidth=1))
    low, high = x(area.lower_quartile), x(area.upper_quartile)
    drawing.add(
        Rect(low, mid - 4, max(high - low, 1), 8, fillColor=palette.accent_light, strokeColor=None)
    )
    median = x(area.median)
    drawing.add(Line(median, mid - 5, median, mid + 5, strokeColor=palette.text, strokeWidth=1.2))
    if area.own is not None:
        drawing.add(
            Circle(x(area.own), mid, 3.4, fillColor=palette.accent, strokeColor=palette.accent)
        )
    return drawing


def _row(ctx: ReportContext, area: AreaComparison, title: str, strip: float) -> list[object]:
    lang = ctx.lang
    own = whole(area.own) if area.own is not None else "-"
    return [
        ctx.para(title, "cell-bold" if area.id is None else "cell"),
        ctx.para(own, "cell-right"),
        ctx.para(whole(area.median), "cell-right"),
        ctx.para(f"{whole(area.lower_quartile)}-{whole(area.upper_quartile)}", "cell-right"),
        ctx.para(position(area, lang), "cell"),
        peer_strip(area, strip, ctx),
    ]


def peer_flowables(ctx: ReportContext, comparison: PeerComparison, width: float) -> list[Flowable]:
    """The section's flowables (a heading, the group sentence, the table or nothing)."""
    lang = ctx.lang
    story: list[Flowable] = [ctx.heading(word("title", lang))]
    story.append(ctx.para(group_sentence(comparison, lang, lambda d: format_date(d, lang))))
    if not comparison.enough or comparison.overall is None:
        return story
    if comparison.own_provisional:
        story.append(ctx.para(word("own_provisional", lang), "small"))
    fractions = [0.22, 0.08, 0.1, 0.12, 0.24, 0.24]
    strip = width * fractions[-1] - 8
    rows = [_row(ctx, comparison.overall, word("overall", lang), strip)]
    rows += [_row(ctx, a, ctx.tr(a.title), strip) for a in comparison.areas]
    header = [
        word("col_area", lang),
        word("col_you", lang),
        word("col_median", lang),
        word("col_middle", lang),
        word("col_position", lang),
        "0 - 100",
    ]
    story.append(Spacer(1, 4))
    story.append(data_table(ctx, header, rows, fractions, width, numeric=(1, 2, 3)))
    story.append(Spacer(1, 4))
    story.append(ctx.para(word("legend", lang), "small"))
    story.append(ctx.para(word("privacy", lang), "small"))
    return story
