"""What every part of a question bank is built from: a frozen model that forbids unknown
fields, and the identifier and number types its fields use (see :mod:`advisor.domain.bank`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from advisor.domain.strict_types import json_number

__all__ = ["BankModel", "Identifier", "Number", "Score"]

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", min_length=1, max_length=64)
]
# A number in a bank is a JSON number (not "50", not true), as its schema says.
Number = Annotated[float, Field(allow_inf_nan=False), BeforeValidator(json_number)]
Score = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)]


class BankModel(BaseModel):
    """A part of a bank: frozen, and unknown fields are an error (a typo is never ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
