"""The cover page: who the plan is for, who assessed, when, against which bank; branding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from advisor.domain.formatting import format_date
from advisor.report.context import ReportContext
from advisor.report.logo import load_logo
from advisor.report.sections.honesty import overall_score_cell, provisional_note, stage_text
from advisor.report.tables import band_table, table_style

__all__ = ["cover", "logo_path", "rules_paragraphs"]


def logo_path(ctx: ReportContext) -> Path | None:
    """The branding logo's path (relative paths are taken from ``branding_dir``)."""
    branding = ctx.options.branding
    if branding is None or not branding.logo:
        return None
    path = Path(branding.logo)
    if not path.is_absolute() and ctx.options.branding_dir is not None:
        path = ctx.options.branding_dir / path
    return path


def _profile_rows(ctx: ReportContext) -> list[tuple[str, str]]:
    profile = ctx.assessment.profile
    bank = ctx.bank

    def one(field: str, value: str | None) -> str:
        return bank.profile_label(field, value, ctx.lang) if value else ctx.label("not_given")

    def many(field: str, values: list[str]) -> str:
        if not values:
            return ctx.label("not_given")
        return ", ".join(bank.profile_label(field, v, ctx.lang) for v in values)

    return [
        (ctx.label("sector"), one("sectors", profile.sector)),
        (ctx.label("size"), one("sizes", profile.size)),
        (ctx.label("experience"), one("experience", profile.experience)),
        (ctx.label("markets"), many("markets", profile.target_markets)),
        (ctx.label("channels"), many("channels", profile.channels)),
    ]


def _grid(ctx: ReportContext, rows: list[tuple[str, str]], width: float) -> Table:
    data = [[ctx.para(name, "cover-key"), ctx.para(value, "cover-text")] for name, value in rows]
    table = Table(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            ctx,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (0, -1), 4.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, ctx.styles.palette.rule),
            ],
        )
    )
    return table


def _at_a_glance(ctx: ReportContext, width: float) -> Table:
    result = ctx.result
    cells = [
        [
            ctx.para(ctx.label("overall"), "kicker"),
            *overall_score_cell(ctx, "big-stage", "big-stage-provisional"),
        ],
        [ctx.para(ctx.label("stage"), "kicker"), ctx.para(stage_text(ctx), "big-stage")],
        [
            ctx.para(ctx.label("blockers"), "kicker"),
            ctx.para(str(len(result.blockers)), "big-stage"),
            *(
                [ctx.para(ctx.label("unconfirmed_count", count=len(result.unconfirmed)), "flag")]
                if result.unconfirmed
                else []
            ),
        ],
        [ctx.para(ctx.label("actions"), "kicker"), ctx.para(str(len(ctx.plan)), "big-stage")],
    ]
    return band_table(ctx, cells, [width * f for f in (0.28, 0.32, 0.2, 0.2)], bottom=7)


def rules_paragraphs(ctx: ReportContext) -> list[Flowable]:
    """'Rules as of ...' and, when that date is over 12 months old, the plain warning."""
    from advisor.domain.rules_date import rules_as_of_text, stale_rules_text

    story: list[Flowable] = []
    as_of = rules_as_of_text(ctx.bank, ctx.lang)
    if as_of:
        story.append(ctx.para(as_of, "small"))
    stale = stale_rules_text(ctx.bank, ctx.options.today or date.today(), ctx.lang)
    if stale:
        story.append(ctx.para(stale, "flag"))
    return story


def _assessed_by(ctx: ReportContext) -> str:
    assessor = ctx.assessment.assessor
    parts = [p for p in (assessor.name.strip(), assessor.organisation.strip()) if p]
    return ", ".join(parts) if parts else ctx.label("not_given")


def cover(ctx: ReportContext, width: float) -> list[Flowable]:
    """The cover page's flowables, ending with a page break."""
    story: list[Flowable] = []
    path = logo_path(ctx)
    if path is not None:
        story.append(load_logo(path, max_width=60 * mm, max_height=24 * mm))
    else:
        story.append(Spacer(1, 24 * mm))
    story.append(Spacer(1, 18 * mm))
    story.append(ctx.para(ctx.label("report_title"), "title"))
    company = ctx.assessment.profile.company.strip() or ctx.label("unnamed_company")
    story.append(ctx.para(company, "company"))
    story.append(Spacer(1, 6 * mm))
    story.append(_grid(ctx, _profile_rows(ctx), width))
    story.append(Spacer(1, 10 * mm))
    bank = ctx.bank
    details = [
        (ctx.label("assessed_by"), _assessed_by(ctx)),
        (ctx.label("date"), format_date(ctx.assessment.updated_at.date(), ctx.lang)),
        (
            ctx.label("question_bank"),
            ctx.label("bank_version", title=ctx.tr(bank.title), version=bank.version),
        ),
    ]
    story.append(_grid(ctx, details, width))
    story.extend(rules_paragraphs(ctx))
    story.append(Spacer(1, 10 * mm))
    story.append(_at_a_glance(ctx, width))
    note = provisional_note(ctx)
    if note:
        story.append(Spacer(1, 3 * mm))
        story.extend(note)
    branding = ctx.options.branding
    if branding is not None and (
        branding.consultancy or branding.consultant or branding.contact_lines
    ):
        story.append(Spacer(1, 14 * mm))
        story.append(ctx.para(ctx.label("prepared_by"), "cover-label"))
        for line in (branding.consultancy, branding.consultant, *branding.contact_lines):
            if line.strip():
                story.append(ctx.para(line, "cover-text"))
    story.append(PageBreak())
    return story
