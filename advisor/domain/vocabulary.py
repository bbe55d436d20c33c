"""Fixed words the app prints next to bank content: phases, effort, cost bands, statuses.

They are data like the bank's texts (English plus Hindi), so the CLI, the PDF and the
window say the same thing in the same language.
"""

from __future__ import annotations

from advisor.domain.assessment import PlanStatus, Skip
from advisor.domain.bank import CostBand, Effort, Phase
from advisor.domain.formatting import format_inr
from advisor.domain.text import Text

__all__ = [
    "COST_LABELS",
    "EFFORT_LABELS",
    "PHASE_DAYS",
    "PHASE_LABELS",
    "SKIP_LABELS",
    "STATUS_LABELS",
    "format_inr",
]

PHASE_LABELS: dict[Phase, Text] = {
    Phase.NOW: Text.of("Now (0-30 days)", hi="अभी (0-30 दिन)"),
    Phase.NEXT: Text.of("Next (31-90 days)", hi="अगला (31-90 दिन)"),
    Phase.LATER: Text.of("Later (91-180 days)", hi="बाद में (91-180 दिन)"),
}
PHASE_DAYS: dict[Phase, tuple[int, int]] = {
    Phase.NOW: (0, 30),
    Phase.NEXT: (31, 90),
    Phase.LATER: (91, 180),
}
EFFORT_LABELS: dict[Effort, Text] = {
    Effort.LOW: Text.of("Low effort", hi="कम मेहनत"),
    Effort.MEDIUM: Text.of("Medium effort", hi="मध्यम मेहनत"),
    Effort.HIGH: Text.of("High effort", hi="ज़्यादा मेहनत"),
}
STATUS_LABELS: dict[PlanStatus, Text] = {
    PlanStatus.OPEN: Text.of("Open", hi="बाक़ी"),
    PlanStatus.IN_PROGRESS: Text.of("In progress", hi="चल रहा है"),
    PlanStatus.DONE: Text.of("Done", hi="पूरा"),
    PlanStatus.DROPPED: Text.of("Dropped", hi="छोड़ दिया"),
}
SKIP_LABELS: dict[Skip, Text] = {
    Skip.UNKNOWN: Text.of("Don't know", hi="पता नहीं"),
    Skip.NOT_APPLICABLE: Text.of("Not applicable", hi="लागू नहीं"),
}


COST_LABELS: dict[CostBand, Text] = {
    CostBand.NIL: Text.of("No cost", hi="कोई ख़र्च नहीं"),
    CostBand.LOW: Text.of(f"Under {format_inr(10_000)}", hi=f"{format_inr(10_000)} से कम"),
    CostBand.MEDIUM: Text.of(
        f"{format_inr(10_000)} to {format_inr(100_000)}",
        hi=f"{format_inr(10_000)} से {format_inr(100_000)}",
    ),
    CostBand.HIGH: Text.of(f"Over {format_inr(100_000)}", hi=f"{format_inr(100_000)} से ज़्यादा"),
}
