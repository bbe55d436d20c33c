"""Reports: the PDF action plan (reportlab) and other exports. Never imports Qt.

The public entry points are :class:`ReportOptions` and :func:`render_report`; reportlab is
imported only when a report is rendered, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.report.options import ReportOptions

if TYPE_CHECKING:
    from advisor.domain.assessment import Assessment
    from advisor.domain.bank import Bank

__all__ = ["ReportOptions", "render_report"]

_DEFAULT_OPTIONS = ReportOptions()


def render_report(
    bank: Bank, assessment: Assessment, options: ReportOptions = _DEFAULT_OPTIONS
) -> bytes:
    """The PDF action plan of ``assessment`` scored against ``bank``, as bytes.

    Pure and deterministic: the same inputs give byte-identical PDFs. Nothing is read
    from disk but the bundled fonts and the branding logo (``options.branding.logo``).
    Raises ``ValueError`` when the branding logo cannot be used.
    """
    from advisor.report.pdf import ActionPlanRenderer

    return ActionPlanRenderer(bank, assessment, options).build()
