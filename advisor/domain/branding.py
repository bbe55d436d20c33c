"""A consultant's branding profile: who signs the report, their logo and colour.

Kept as a small JSON file (``export-advisor/branding``). The accent colour is parsed by our
own pattern as ``#RRGGBB`` and never handed to reportlab's colour parser as text.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from advisor.domain.limits import MAX_BRANDING_TEXT, MAX_CONTACT_LINES, MAX_SHORT_TEXT
from advisor.domain.strict_types import VersionNumber
from advisor.domain.text import no_surrogates

__all__ = ["BRANDING_FORMAT", "DEFAULT_ACCENT", "BrandingProfile", "parse_hex_colour"]

BRANDING_FORMAT = "export-advisor/branding"
DEFAULT_ACCENT = "#1F5C99"

ShortText = Annotated[
    str, StringConstraints(max_length=MAX_SHORT_TEXT), AfterValidator(no_surrogates)
]
LongText = Annotated[
    str, StringConstraints(max_length=MAX_BRANDING_TEXT), AfterValidator(no_surrogates)
]
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


def parse_hex_colour(value: str) -> tuple[float, float, float]:
    """``#RRGGBB`` as three floats in 0-1. Raises ValueError for anything else."""
    if len(value) != 7 or value[0] != "#":
        raise ValueError(f"not a #RRGGBB colour: {value!r}")
    try:
        red, green, blue = (int(value[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        raise ValueError(f"not a #RRGGBB colour: {value!r}") from None
    return red / 255, green / 255, blue / 255


class BrandingProfile(BaseModel):
    """How a consultancy signs its reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["export-advisor/branding"] = BRANDING_FORMAT
    schema_version: Annotated[Literal[1], VersionNumber] = 1
    consultancy: ShortText = Field(default="", description="Firm name shown on the cover.")
    consultant: ShortText = Field(default="", description="The consultant's name.")
    contact_lines: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_CONTACT_LINES,
        description="Address, phone, e-mail, web.",
    )
    logo: ShortText | None = Field(
        default=None, description="Path of a PNG or JPEG logo, relative to this file or absolute."
    )
    accent: HexColour = Field(default=DEFAULT_ACCENT, description="Accent colour as #RRGGBB.")
    footer: ShortText = Field(default="", description="A line printed in every page's footer.")
    disclaimer: LongText = Field(default="", description="Replaces the standard disclaimer.")
