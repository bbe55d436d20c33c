"""Benchmark: the PDF action plan of the mature example against a plain document.

The floor is measured in the same run: a plain reportlab document (SimpleDocTemplate,
Paragraphs only, no charts, tables, page furniture or bookmarks) holding the same
paragraphs, in the same styles and fonts, as the report. The ratio shows what the
report's structure costs over just typesetting its text.

Goal (issue 4): the report takes at most 3x the plain document. Exits 1 when missed.

    .venv/bin/python benchmarks/bench_report.py [--repeat N] [--example NAME]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate  # noqa: E402
from reportlab.platypus.tables import Table  # noqa: E402

from advisor.domain.assessment import Assessment  # noqa: E402
from advisor.report import ReportOptions, render_report  # noqa: E402
from advisor.report.pdf import ActionPlanRenderer  # noqa: E402
from advisor.storage.banks import default_bank  # noqa: E402

GOAL = 3.0


def paragraphs(flowables: list[Flowable]) -> Iterator[Paragraph]:
    """Every paragraph of a story, including those inside tables and kept groups."""
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable
        elif isinstance(flowable, KeepTogether):
            yield from paragraphs(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    cells = cell if isinstance(cell, list | tuple) else [cell]
                    yield from paragraphs([c for c in cells if isinstance(c, Flowable)])


def plain_document(renderer: ActionPlanRenderer) -> Callable[[], bytes]:
    """A builder of the plain document with the report's paragraphs."""
    texts = [(p.text, p.style, p.bulletText) for p in paragraphs(renderer.story())]

    def build() -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, invariant=1, initialFontName=renderer.fonts.regular)
        doc.build([Paragraph(text, style, bulletText=bullet) for text, style, bullet in texts])
        return out.getvalue()

    return build


def timed(builds: list[Callable[[], bytes]], repeat: int) -> list[tuple[float, bytes]]:
    """The median time of ``repeat`` runs of each build, and its output.

    The builds alternate within each round, so a busy machine slows them alike.
    """
    times: list[list[float]] = [[] for _ in builds]
    outputs = [b""] * len(builds)
    for _ in range(repeat):
        for index, build in enumerate(builds):
            started = time.perf_counter()
            outputs[index] = build()
            times[index].append(time.perf_counter() - started)
    return [(statistics.median(t), out) for t, out in zip(times, outputs, strict=True)]


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--example", default="mature-engineering-eu-us")
    args = parser.parse_args()

    bank = default_bank()
    path = ROOT / "resources" / "examples" / f"{args.example}.json"
    doc = Assessment.model_validate(json.loads(path.read_text(encoding="utf-8")))
    options = ReportOptions()
    render_report(bank, doc, options)  # warm up: fonts registered, modules imported

    plain = plain_document(ActionPlanRenderer(bank, doc, options))
    plain()
    (report_time, report), (plain_time, plain_pdf) = timed(
        [lambda: render_report(bank, doc, options), plain], args.repeat
    )
    ratio = report_time / plain_time
    count = sum(1 for _ in paragraphs(ActionPlanRenderer(bank, doc, options).story()))
    print(f"example: {args.example} ({count} paragraphs), median of {args.repeat} builds")
    print(f"report:  {report_time * 1000:7.1f} ms  {len(report) / 1024:6.1f} KiB")
    print(f"plain:   {plain_time * 1000:7.1f} ms  {len(plain_pdf) / 1024:6.1f} KiB")
    print(f"ratio:   {ratio:.2f}x (goal <= {GOAL:.0f}x)")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
