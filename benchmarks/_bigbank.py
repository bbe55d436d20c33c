"""A big question bank for the benchmarks, made from the built-in one (deterministic).

:func:`big_bank_data` copies the built-in questions and recommendations until the bank
has ``questions`` questions: copy ``k`` gets ids ``<id>-k`` and its recommendations point
to the copied questions (and ``after:`` to the copied recommendations), so every copy is
as valid as the original. Dimensions, sources, stages and the profile stay as they are.
"""

from __future__ import annotations

import copy
import json
from typing import Any

__all__ = ["big_bank_data"]


def _builtin_data() -> dict[str, Any]:
    from advisor.resources import resource_path
    from advisor.storage.banks import DEFAULT_BANK, compiled_twin_path

    twin = compiled_twin_path(resource_path(DEFAULT_BANK))
    return json.loads(twin.read_text(encoding="utf-8"))["data"]


def big_bank_data(questions: int = 5000) -> dict[str, Any]:
    """Parsed data of a bank with ``questions`` questions (ids unique, references kept)."""
    data = _builtin_data()
    base_q, base_r = data["questions"], data["recommendations"]
    out_q: list[dict[str, Any]] = []
    out_r: list[dict[str, Any]] = []
    k = 0
    while len(out_q) < questions:
        suffix = "" if k == 0 else f"-{k}"
        take = base_q[: questions - len(out_q)]
        kept = {q["id"] for q in take}
        for q in take:
            q2 = copy.deepcopy(q)
            q2["id"] = q["id"] + suffix
            out_q.append(q2)
        rec_ids = {r["id"] for r in base_r if kept.intersection(r["questions"])}
        for r in base_r:
            if r["id"] not in rec_ids:
                continue
            r2 = copy.deepcopy(r)
            r2["id"] = r["id"] + suffix
            r2["questions"] = [q + suffix for q in r["questions"] if q in kept]
            if "after" in r2:
                r2["after"] = [a + suffix for a in r["after"] if a in rec_ids]
                if not r2["after"]:
                    del r2["after"]
            out_r.append(r2)
        k += 1
    data["questions"], data["recommendations"] = out_q, out_r
    data["id"] = data["id"] + "-big"
    return data
