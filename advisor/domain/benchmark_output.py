"""The shape of ``export-advisor benchmark FILE --peers DIR --json`` as models, for its
JSON Schema.

The output itself is built by :func:`advisor.commands.benchmark.comparison_to_json`; these
models only describe it (``resources/schemas/benchmark.schema.json`` is generated from
them, and a test validates real output against them). Keys may be added, never removed:
``extra="allow"``. There is no minimum, maximum or single score of another firm in it,
by design.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["BenchmarkOutput"]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class BenchmarkGroup(_Open):
    """The peer group used: which one, how many firms, the dates of their assessments."""

    by: Literal["all", "sector", "size"]
    value: str | None = Field(description="The sector or size id (null for all).")
    label: str | None
    size: int = Field(ge=0, description="Other firms with a finished result in the group.")
    from_: str | None = Field(
        alias="from", description="YYYY-MM-DD of the earliest assessment; null below minimum."
    )
    to: str | None = Field(description="YYYY-MM-DD of the latest; null below the minimum.")


class BenchmarkArea(_Open):
    """One area (or overall, id null) against the group."""

    id: str | None
    title: str
    score: float | None = Field(ge=0, le=100, description="The firm's own; null: not assessed.")
    count: int = Field(ge=0)
    median: float = Field(ge=0, le=100)
    lower_quartile: float = Field(ge=0, le=100)
    upper_quartile: float = Field(ge=0, le=100)
    above: int | None = Field(ge=0, description="Firms of the group that scored lower.")
    position: str


class BenchmarkOutput(_Open):
    """What ``benchmark --json`` prints."""

    source: Literal["room", "clients"]
    comparable: bool = Field(description="False below the minimum: no figure at all then.")
    minimum: int = Field(ge=1)
    group: BenchmarkGroup
    left_out: int = Field(ge=0, description="Peers left out because provisional.")
    own_provisional: bool
    summary: str
    overall: BenchmarkArea | None
    dimensions: list[BenchmarkArea]
