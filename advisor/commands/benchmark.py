"""``export-advisor benchmark FILE --peers DIR [--json] [--by sector|size|all]``: you and
your peers.

DIR is a workshop folder (the room: every other participant) or a consultant's client
library (each other client's latest assessment; ``_archive`` is not read). The firm of
FILE is never its own peer. Only group figures are printed - the group's size and
dates, its median and middle half per area, and FILE's position - and only when the
group holds at least 5 finished results; below that, one sentence says so. No name,
company, assessor or score of another firm is ever printed, on stdout or stderr (files
that could not be read are counted, not named).

``--by`` (client library): ``sector`` or ``size`` (FILE's own), or ``all``; without it
the sector group is used when large enough, else the size group, else all clients. A
workshop folder compares with the whole room unless ``--by`` is given.
Exit codes: 0 printed (also "not enough participants yet"), 2 bad FILE, DIR or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor.commands import (
    EXIT_OK,
    CommandError,
    add_lang_argument,
    bank_from_args,
    load_checked,
    warn,
)
from advisor.commands._columns import cells, left, right

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.domain.peers import AreaComparison, PeerComparison
    from advisor.storage.peers import PeerPool

NAME = "benchmark"
HELP = "compare an assessment with a workshop room or a client book (anonymised)"
ORDER = 35
BY_CHOICES = ("sector", "size", "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``benchmark``."""
    parser.add_argument("file", metavar="FILE", help="the assessment to compare (.json)")
    parser.add_argument(
        "--peers",
        metavar="DIR",
        required=True,
        help="a workshop folder or a client library to compare with",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    parser.add_argument(
        "--by", choices=BY_CHOICES, help="the peer group: same sector, same size, or all"
    )
    add_lang_argument(parser, "language")


def load_pool(folder: str | Path, bank: Bank) -> PeerPool:
    """The peers of ``folder``; unreadable files are counted on stderr, never named."""
    from advisor.services.peers import load_pool as load
    from advisor.storage import DocumentError

    try:
        pool = load(Path(folder), bank)
    except DocumentError as exc:
        raise CommandError(f"--peers: {exc}") from None
    if pool.skipped:
        count = len(pool.skipped)
        warn(
            f"{count} file{'s' if count > 1 else ''} in the peers folder could not be used "
            "(run 'export-advisor cohort' or 'validate' on it to see which)"
        )
    return pool


def _area_json(area: AreaComparison, lang: str) -> dict[str, Any]:
    from advisor.domain.peer_words import position

    return {
        "id": area.id,
        "title": area.title.get(lang),
        "score": area.own,
        "count": area.count,
        "median": area.median,
        "lower_quartile": area.lower_quartile,
        "upper_quartile": area.upper_quartile,
        "above": area.above,
        "position": position(area, lang),
    }


def comparison_to_json(comparison: PeerComparison, lang: str = "en") -> dict[str, Any]:
    """The documented JSON shape of ``benchmark --json`` (see the README)."""
    from advisor.domain.peer_words import group_sentence

    enough = comparison.enough and comparison.overall is not None
    return {
        "source": comparison.source.value,
        "comparable": enough,
        "minimum": comparison.minimum,
        "group": {
            "by": comparison.group.value,
            "value": comparison.group_value,
            "label": comparison.group_label.get(lang) if comparison.group_label else None,
            "size": comparison.size,
            "from": comparison.first.isoformat() if enough and comparison.first else None,
            "to": comparison.last.isoformat() if enough and comparison.last else None,
        },
        "left_out": comparison.left_out,
        "own_provisional": comparison.own_provisional,
        "summary": group_sentence(comparison, lang),
        "overall": _area_json(comparison.overall, lang) if enough and comparison.overall else None,
        "dimensions": [_area_json(a, lang) for a in comparison.areas] if enough else [],
    }


def render_text(comparison: PeerComparison, company: str, lang: str = "en") -> str:
    """The table printed by ``benchmark``."""
    from advisor.domain.peer_words import group_sentence, position, whole, word

    lines = [f"{word('title', lang)}: {company or '(company not named)'}", ""]
    lines.append(group_sentence(comparison, lang))
    if not comparison.enough or comparison.overall is None:
        return "\n".join(lines) + "\n"
    if comparison.own_provisional:
        lines.append(word("own_provisional", lang))
    lines.append("")
    rows = [(word("overall", lang), comparison.overall)]
    rows += [(a.title.get(lang), a) for a in comparison.areas]
    name_width = max(cells(word("col_area", lang)), *(cells(t) for t, _ in rows))
    head = (
        f"{left(word('col_area', lang), name_width)}  {right(word('col_you', lang), 4)}  "
        f"{right(word('col_median', lang), 6)}  {right(word('col_middle', lang), 11)}  "
        f"{word('col_position', lang)}"
    )
    lines.append(head)
    for title, area in rows:
        own = whole(area.own) if area.own is not None else "-"
        middle = f"{whole(area.lower_quartile)}-{whole(area.upper_quartile)}"
        lines.append(
            f"{left(title, name_width)}  {own:>4}  {whole(area.median):>6}  {middle:>11}  "
            f"{position(area, lang)}"
        )
    lines += ["", word("privacy", lang)]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Compare FILE with the peers of DIR and print the result."""
    from advisor.services.peers import peer_comparison

    bank = bank_from_args(args)
    loaded = load_checked(args.file, bank)
    pool = load_pool(args.peers, bank)
    comparison = peer_comparison(bank, loaded.assessment, args.file, pool, args.by)
    if args.json:
        data = comparison_to_json(comparison, args.lang)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(comparison, loaded.assessment.profile.company, args.lang))
    return EXIT_OK
