"""What the caller can choose about a PDF action plan: language, paper, branding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from advisor.domain.assessment import Assessment
from advisor.domain.branding import BrandingProfile
from advisor.domain.peers import PeerComparison

__all__ = ["Paper", "ReportOptions"]

Paper = Literal["a4", "letter"]


@dataclass(frozen=True)
class ReportOptions:
    """Options of :func:`advisor.report.render_report`.

    ``branding_dir`` is the folder a relative ``branding.logo`` path is read from;
    ``previous`` is an earlier assessment of the same company (for a progress section);
    ``peers`` a comparison with the firm's room or client book (a "You and your peers"
    section); ``today`` is the day the PDF is made, for the old-rules warning (None: the
    system clock).
    """

    lang: str = "en"
    paper: Paper = "a4"
    branding: BrandingProfile | None = None
    branding_dir: Path | None = None
    previous: Assessment | None = None
    peers: PeerComparison | None = None
    today: date | None = None
