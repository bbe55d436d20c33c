"""Terminal table columns measured in cells, not code points.

Hindi's nonspacing vowel signs and the virama draw on the letter before them, so padding
with ``str.ljust`` (which counts code points) pushed every Hindi row of ``score``,
``compare`` and ``benchmark`` out of line. A cell count follows the rule of the C
library's ``wcwidth`` that Linux terminals use: nonspacing and enclosing marks and format
characters take no column, wide East Asian characters two, everything else one. (rich's
table also gives spacing vowel signs such as "ा" no column, which these terminals do not.)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["cells", "cut", "left", "right"]

_ZERO = frozenset({"Mn", "Me", "Cf"})


@lru_cache(maxsize=4096)
def _char_cells(char: str) -> int:
    if char == "\u200d" or unicodedata.category(char) in _ZERO:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    return sum(_char_cells(c) for c in text)


def left(text: str, width: int) -> str:
    """``text`` padded with spaces on the right to ``width`` columns (never cut)."""
    return text + " " * max(0, width - cells(text))


def right(text: str, width: int) -> str:
    """``text`` padded with spaces on the left to ``width`` columns (never cut)."""
    return " " * max(0, width - cells(text)) + text


def cut(text: str, width: int, mark: str = "...") -> str:
    """``text`` shortened to at most ``width`` columns, ending with ``mark`` when cut.

    Marks stay with their letter: a cut never leaves a vowel sign without its consonant.
    """
    if cells(text) <= width:
        return text
    room = max(0, width - cells(mark))
    kept, used = [], 0
    for char in text:
        size = _char_cells(char)
        if used + size > room:
            break
        kept.append(char)
        used += size
    while kept and unicodedata.category(kept[-1]) == "Mc":
        kept.pop()  # a spacing vowel sign whose consonant cluster would be cut
    return "".join(kept).rstrip() + mark
