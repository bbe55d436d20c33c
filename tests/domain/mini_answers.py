"""Answers shared by the domain tests that use the tiny bank (tests/fixtures/mini_bank.yaml)."""

from __future__ import annotations

from advisor.domain.assessment import Answer

# the best answer to each scored question of the tiny bank
MINI_BEST = {
    "log.iec": Answer(choice="yes"),
    "log.docs": Answer(choices=["invoice", "packing"]),
    "log.ce": Answer(choice="yes"),
    "pay.reply": Answer(number=2),
    "pay.terms": Answer(choice="advance"),
}
