"""The report's one table look: a coloured header row repeated on every page, zebra rows.

Tables split between rows and, when one row is taller than a page (a very long note or
question), inside the row (``splitInRow``), so no content can raise ``LayoutError``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table, TableStyle

from advisor.report.context import ReportContext

__all__ = ["band_table", "data_table", "table_style"]


def table_style(ctx: ReportContext, commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells start in the embedded font (reportlab's default is
    Helvetica, which would add an unembedded font to the PDF)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.regular), *commands])


def band_table(
    ctx: ReportContext,
    cells: Sequence[object],
    widths: Sequence[float],
    *,
    top: float = 6,
    bottom: float = 6,
    left: float | None = None,
) -> Table:
    """One shaded row under an accent rule: the look of the cover's, the summary's and each
    area's key figures. ``widths`` are the column widths in points; ``left`` overrides the
    left padding (reportlab's default when None)."""
    table = Table([list(cells)], colWidths=list(widths), splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), ctx.styles.palette.shade),
        ("LINEABOVE", (0, 0), (-1, 0), 2, ctx.styles.palette.accent),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]
    if left is not None:
        commands.append(("LEFTPADDING", (0, 0), (-1, -1), left))
    table.setStyle(table_style(ctx, commands))
    return table


def data_table(
    ctx: ReportContext,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    width: float,
    *,
    numeric: Sequence[int] = (),
) -> Flowable:
    """A table of ``rows`` (cells are flowables) under a header of plain labels.

    ``fractions`` are the column widths as parts of ``width``; the header of the
    ``numeric`` columns is right-aligned like their numbers.
    """
    palette = ctx.styles.palette
    head = [
        ctx.para(text, "cell-head-right" if index in numeric else "cell-head")
        for index, text in enumerate(header)
    ]
    table = Table(
        [head, *rows],
        colWidths=[width * f for f in fractions],
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), palette.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, palette.rule),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in range(2, len(rows) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), palette.shade))
    table.setStyle(table_style(ctx, commands))
    return table
