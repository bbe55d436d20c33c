"""Fuzz the assessment loader with 10,000 or more generated and mutated files (hypothesis).

The same strategies and property as ``tests/storage/test_fuzz.py`` (which runs a few
hundred in ``make test``): only ``DocumentError`` escapes, its message is one short line
naming the file and the key path (said whole in every language of the window), and a
file that loads saves back to the same bytes.
Prints how many files were tried, how many loaded and how many were refused, and the
most common refusals. Exits 1 on a failure or when fewer than ``--examples`` ran.

    .venv/bin/python benchmarks/fuzz_loader.py [--examples 10000]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "storage"))

from fuzz_documents import FILE_NAME, check_loader, fuzzed_files  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402

from advisor.storage import DocumentError, parse_assessment  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    refusals: collections.Counter[str] = collections.Counter()

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(fuzzed_files())
    def run(raw: bytes) -> None:
        counts["tried"] += 1
        if check_loader(raw):
            counts["loaded"] += 1
            return
        counts["refused"] += 1
        try:
            parse_assessment(raw, FILE_NAME)
        except DocumentError as exc:
            kind = re.sub(r"\d+|'[^']*'|“[^”]*”", "N", exc.message)[:60]
            refusals[kind] += 1

    started = time.perf_counter()
    try:
        run()
    except Exception as exc:  # the property failed: hypothesis printed the example
        traceback.print_exc()
        print(f"FAILED after {counts['tried']} files: {type(exc).__name__}: {exc}")
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"fuzz_loader: {counts['tried']} files in {elapsed:.1f} s "
        f"({counts['loaded']} loaded, {counts['refused']} refused with DocumentError); "
        f"nothing else escaped"
    )
    for kind, number in refusals.most_common(8):
        print(f"  {number:6d}  {kind}")
    if counts["tried"] < args.examples:
        print(f"FAILED: only {counts['tried']} files tried (goal {args.examples})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
