"""How numbers are rounded for people: half up, the same in the window, the PDF and the terminal.

Python's ``round`` and ``format(x, ".0f")`` round half to even (72.5 -> 72) while a report
that adds 0.5 rounds half up (72.5 -> 73): the same score would read differently in two
places. Everything a person reads rounds through :func:`half_up`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["half_up", "whole"]


def half_up(value: float, decimals: int = 0) -> Decimal:
    """``value`` rounded to ``decimals`` places, halves away from zero (72.45 -> 72.5 at 1).

    The float is read through its shortest repr (``str``), so 72.45 rounds as the 72.45 a
    person sees, not as the binary 72.4499999... it is stored as.
    """
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def whole(value: float) -> int:
    """``value`` as a whole number, halves up: ``whole(72.5) == 73``."""
    return int(half_up(value))
