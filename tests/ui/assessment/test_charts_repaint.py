"""The charts repaint only what changed, and look exactly as if painted from scratch.

The radar keeps its grid and labels while only the scores change (after an edit); the
bars skip a refresh that changes nothing. The image after a change of scores, labels or
size is compared pixel for pixel with a chart made with the final values.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from advisor.ui.assessment.widgets.charts import BarChart, RadarChart

LABELS = ["Logistics", "Compliance and certification", "Markets", "Finance", "Branding"]


def _radar(scores: list[tuple[str, float]], size: tuple[int, int]) -> tuple[RadarChart, QImage]:
    chart = RadarChart()
    chart.resize(*size)
    chart.set_scores(scores)
    return chart, chart.grab().toImage()


def test_radar_after_changes_equals_a_new_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = [(label, 20.0 * i) for i, label in enumerate(LABELS)]
    chart, _ = _radar(first, (560, 330))
    qtbot.addWidget(chart)
    steps = [
        ([(label, 100 - s) for label, s in first], (560, 330)),  # new scores
        (first, (560, 330)),  # back
        ([(label.upper(), s) for label, s in first], (560, 330)),  # new labels
        (first[:4], (560, 330)),  # one area fewer
        (first, (300, 240)),  # smaller
    ]
    for scores, size in steps:
        chart.resize(*size)
        chart.set_scores(scores)
        fresh, expected = _radar(scores, size)
        qtbot.addWidget(fresh)
        assert chart.grab().toImage() == expected, (scores, size)


def test_bars_unchanged_scores_are_not_laid_out_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    bars = BarChart()
    qtbot.addWidget(bars)
    scores = [("A", 10.0), ("B", None)]
    bars.set_scores(scores, [QColor("red"), QColor("blue")], missing="not yet")
    height = bars.sizeHint().height()
    bars.set_scores(scores, [QColor("red"), QColor("blue")], missing="not yet")
    assert bars.accessibleDescription() == "A: 10 of 100; B: not yet"
    bars.set_scores([*scores, ("C", 50.0)], missing="not yet")
    assert bars.sizeHint().height() > height
    assert bars.accessibleDescription() == "A: 10 of 100; B: not yet; C: 50 of 100"
