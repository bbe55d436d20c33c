"""Fuzzing the loader (hypothesis): only DocumentError escapes, and it names the place.

``make test`` runs a few hundred generated and mutated files with a fixed seed;
``benchmarks/fuzz_loader.py`` runs 10,000 or more.
"""

from __future__ import annotations

import os

from fuzz_documents import check_loader, documents, fuzzed_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.storage import dumps_assessment, parse_assessment

EXAMPLES = int(os.environ.get("ADVISOR_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(fuzzed_files())
def test_only_document_errors_escape(raw: bytes) -> None:
    check_loader(raw)


@settings(FUZZ, max_examples=max(50, EXAMPLES // 4))
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    assert check_loader(raw) is False or raw.strip().startswith((b"{", b"\xef\xbb\xbf"))


@settings(FUZZ, max_examples=max(50, EXAMPLES // 4))
@given(documents())
def test_generated_documents_load_or_say_why(data: dict) -> None:
    import json

    check_loader(json.dumps(data).encode())


def test_a_valid_document_survives_the_round_trip() -> None:
    from storage_samples import sample_assessment

    original = sample_assessment(30, notes="निर्यात क्षमता 🚀")
    raw = dumps_assessment(original)
    assert check_loader(raw) is True
    assert parse_assessment(raw).assessment == original
