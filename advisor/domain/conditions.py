"""Which questions apply to a company: a question's condition checked against the profile."""

from __future__ import annotations

from advisor.domain.assessment import CompanyProfile
from advisor.domain.bank import Condition, Question

__all__ = ["applies", "condition_holds"]


def condition_holds(condition: Condition | None, profile: CompanyProfile) -> bool:
    """True when every field the condition names holds for the profile.

    A single-valued field (sector, size, experience) holds when the profile's value is one
    of those listed; a list field (markets, channels) when the profile names at least one
    of them. A question conditioned on a field the profile leaves empty stays hidden.
    """
    if condition is None:
        return True
    single = (
        (condition.sectors, profile.sector),
        (condition.sizes, profile.size),
        (condition.experience, profile.experience),
    )
    for allowed, value in single:
        if allowed is not None and value not in allowed:
            return False
    multi = ((condition.markets, profile.target_markets), (condition.channels, profile.channels))
    for allowed, values in multi:
        if allowed is not None and not set(allowed).intersection(values):
            return False
    return not (condition.not_sectors is not None and profile.sector in condition.not_sectors)


def applies(question: Question, profile: CompanyProfile) -> bool:
    """True when ``question`` is asked of this company."""
    return condition_holds(question.condition, profile)
