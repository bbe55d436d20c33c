"""The PDF action plan of a file: which options apply, and the one way to export it.

:func:`report_options` answers "what goes into this file's report": the language, the
paper, the branding profile (read from its file) and the previous assessment (the
client-folder rule of :mod:`advisor.services.previous`, or a file named by the user).
:func:`export_pdf` renders and writes atomically; the window's export and
``export-advisor report`` both go through it, so they make the same PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.branding import BrandingProfile
from advisor.report import ReportOptions, render_report
from advisor.report.options import Paper
from advisor.storage import load_assessment
from advisor.storage.atomic import atomic_write_bytes
from advisor.storage.branding import load_branding, logo_path

__all__ = [
    "PREVIOUS_AUTO",
    "PreviousChoice",
    "export_pdf",
    "load_branding_checked",
    "report_options",
]

PREVIOUS_AUTO: Literal["auto"] = "auto"
# None: no progress section; "auto": the previous assessment in the file's client folder
# (left out when there is none or it cannot be read); a path: that file (it must be read).
PreviousChoice = Literal["auto"] | Path | str | None


def load_branding_checked(path: Path | str) -> tuple[BrandingProfile, Path]:
    """A branding profile and its folder, with its logo checked now, before any work.

    Raises :class:`~advisor.storage.DocumentError` (the profile) or ``ValueError`` (a
    logo that cannot be used in a report).
    """
    from advisor.report.logo import load_logo

    profile, folder = load_branding(path)
    logo = logo_path(profile, folder)
    if logo is not None:
        load_logo(logo)
    return profile, folder


def _previous(bank: Bank, path: Path | str | None, choice: PreviousChoice) -> Assessment | None:
    if choice is None:
        return None
    if choice == PREVIOUS_AUTO:
        from advisor.services.previous import load_previous

        return load_previous(path, bank)
    return load_assessment(Path(choice)).assessment


def report_options(
    bank: Bank,
    path: Path | str | None,
    lang: str = "en",
    *,
    branding: Path | str | None = None,
    previous: PreviousChoice = PREVIOUS_AUTO,
    paper: Paper = "a4",
    today: date | None = None,
) -> ReportOptions:
    """The :class:`~advisor.report.ReportOptions` for the assessment file at ``path``.

    ``branding`` is the branding profile file (None: no branding); ``previous`` picks the
    earlier assessment for the progress section (see :data:`PreviousChoice`; ``path`` None,
    an unsaved document, has no previous under "auto"); ``today`` is the clock for the
    old-rules warning (None: the system clock). Raises
    :class:`~advisor.storage.DocumentError` when the branding profile, or a previous file
    named explicitly, cannot be read.
    """
    profile, folder = load_branding(branding) if branding is not None else (None, None)
    return ReportOptions(
        lang=lang,
        paper=paper,
        branding=profile,
        branding_dir=folder,
        previous=_previous(bank, path, previous),
        today=today,
    )


def export_pdf(
    bank: Bank, assessment: Assessment, target: Path | str, options: ReportOptions
) -> Path:
    """Render the PDF action plan and write it to ``target`` atomically; returns ``target``.

    Raises ``ValueError`` when the branding logo cannot be used (nothing is written) and
    :class:`~advisor.storage.DocumentError` when the file cannot be written (the previous
    file, if any, is left as it was).
    """
    target = Path(target)
    atomic_write_bytes(target, bytes(render_report(bank, assessment, options)))
    return target
