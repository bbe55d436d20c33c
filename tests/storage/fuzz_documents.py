"""Hypothesis strategies for fuzzing the assessment loader: generated and mutated files.

Used by ``test_fuzz.py`` (a few hundred examples in ``make test``) and by
``benchmarks/fuzz_loader.py`` (10,000 or more). :func:`check_loader` is the property: only
:class:`DocumentError` escapes, its message is one short line that names the file (and
the key path when there is one), and whatever loads saves and loads back to the same bytes.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

from advisor.domain.languages import LANGUAGE_CODES
from advisor.storage import DocumentError, dumps_assessment, parse_assessment

FILE_NAME = "fuzz.json"
IDS = st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,12}", fullmatch=True)
TEXT = st.text(max_size=40)
STAMPS = st.sampled_from(
    [
        "2026-11-27T10:15:00+05:30",
        "2026-11-27T10:15:00Z",
        "2026-11-27T10:15:00",  # naive: refused
        "2026-02-30T10:00:00+00:00",
        "yesterday",
    ]
)


def _answer() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.fixed_dictionaries({"choice": IDS}),
        st.fixed_dictionaries({"choices": st.lists(IDS, max_size=4)}),
        st.fixed_dictionaries(
            {"number": st.one_of(st.integers(-(10**13), 10**13), st.floats(allow_nan=False))}
        ),
        st.fixed_dictionaries({"skip": st.sampled_from(["unknown", "not_applicable", "maybe"])}),
        st.dictionaries(st.sampled_from(["choice", "number", "skip", "extra"]), IDS, max_size=3),
    )


def _plan_edit() -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {},
        optional={
            "owner": TEXT,
            "due": st.sampled_from(["2027-01-31", "2027-02-30", "soon", None]),
            "status": st.sampled_from(["open", "in_progress", "done", "dropped", "lost"]),
            "notes": TEXT,
        },
    )


def documents() -> st.SearchStrategy[dict[str, Any]]:
    """Assessment-like documents, mostly valid, sometimes subtly not."""
    return st.fixed_dictionaries(
        {
            "format": st.sampled_from(["export-advisor/assessment"] * 8 + ["other", ""]),
            "schema_version": st.sampled_from([1] * 8 + [0, 2, 999, "1", None, True]),
            "bank": st.fixed_dictionaries(
                {"id": IDS, "version": st.sampled_from(["1.0.0", "1.0", "x"])}
            ),
            "created_at": STAMPS,
            "updated_at": STAMPS,
        },
        optional={
            "assessor": st.fixed_dictionaries({}, optional={"name": TEXT, "organisation": TEXT}),
            "profile": st.fixed_dictionaries(
                {},
                optional={
                    "company": TEXT,
                    "sector": st.one_of(IDS, st.none()),
                    "target_markets": st.lists(IDS, max_size=5),
                    "channels": st.lists(IDS, max_size=3),
                },
            ),
            "answers": st.dictionaries(IDS, _answer(), max_size=12),
            "plan": st.dictionaries(IDS, _plan_edit(), max_size=4),
        },
    )


_SWAPS: list[Any] = [
    None,
    True,
    0,
    -1,
    1e308,
    "",
    "x" * 300,
    [],
    {},
    [1, [2, [3]]],
    {"a": {"b": {"c": {}}}},
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


def _parent(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        node = node[part]
    return node


@st.composite
def tree_mutations(draw: st.DrawFn, data: dict[str, Any]) -> dict[str, Any]:
    """Delete keys, swap types, plant huge values, rename keys."""
    data = json.loads(json.dumps(data))
    for _ in range(draw(st.integers(0, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _parent(data, path)
        op = draw(st.sampled_from(["delete", "swap", "huge", "rename"]))
        if op == "delete":
            del parent[path[-1]]
        elif op == "swap":
            parent[path[-1]] = copy.deepcopy(draw(st.sampled_from(_SWAPS)))  # never shared
        elif op == "huge":
            parent[path[-1]] = draw(
                st.sampled_from(
                    [
                        "W" * draw(st.integers(1_000, 300_000)),
                        list(range(draw(st.integers(100, 5_000)))),
                        {f"k{n}": n for n in range(draw(st.integers(100, 3_000)))},
                        10**400,
                    ]
                )
            )
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(TEXT)] = parent.pop(path[-1])
    return data


def _to_text(data: Any) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, indent=1)
    except ValueError:  # an integer too large for str(): a "huge value" of its own
        return json.dumps(str(data)[:50])


@st.composite
def byte_mutations(draw: st.DrawFn, raw: bytes) -> bytes:
    """Flip bytes, truncate, insert garbage, change the encoding, add markers."""
    for _ in range(draw(st.integers(0, 3))):
        op = draw(
            st.sampled_from(
                ["flip", "truncate", "insert", "bom", "utf16", "nan", "dup", "deep", "tail"]
            )
        )
        if op == "flip" and raw:
            at = draw(st.integers(0, len(raw) - 1))
            raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
        elif op == "truncate":
            raw = raw[: draw(st.integers(0, len(raw)))]
        elif op == "insert":
            at = draw(st.integers(0, len(raw)))
            raw = raw[:at] + draw(st.binary(max_size=8)) + raw[at:]
        elif op == "bom":
            raw = b"\xef\xbb\xbf" + raw
        elif op == "utf16":
            raw = raw.decode("utf-8", "replace").encode("utf-16")
        elif op == "nan":
            raw = raw.replace(
                b'"number": ',
                b'"number": '
                + draw(
                    st.sampled_from(
                        [b'NaN, "x": ', b'Infinity, "x": ', b'1e999, "x": ', b'-0, "x": ']
                    )
                ),
                1,
            )
        elif op == "dup":
            raw = raw.replace(b'"format"', b'"format": "x", "format"', 1)
        elif op == "deep":
            depth = draw(st.integers(10, 50_000))
            raw = raw.replace(
                b'"profile": {', b'"profile": {"a": ' + b"[" * depth + b"]" * depth + b", ", 1
            )
        elif op == "tail":
            raw += draw(st.sampled_from([b"}", b" garbage", b"\x00", b"\n{}"]))
    return raw


@st.composite
def fuzzed_files(draw: st.DrawFn) -> bytes:
    """A generated document, maybe mutated as a tree, serialized, maybe mutated as bytes."""
    data = draw(documents())
    if draw(st.booleans()):
        data = draw(tree_mutations(data))
    raw = _to_text(data).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        raw = draw(byte_mutations(raw))
    return raw


def check_loader(raw: bytes) -> bool:
    """The property. Returns True when the file loaded, False when it was refused."""
    try:
        loaded = parse_assessment(raw, FILE_NAME)
    except DocumentError as exc:
        message = str(exc)
        assert message.startswith(f"{FILE_NAME}: "), message
        assert exc.message and "\n" not in message and len(message) < 600, message
        assert "Traceback" not in message
        if exc.place:
            assert f": {exc.place}: " in message, message
        for lang in LANGUAGE_CODES:  # a window in any language says it, whole
            said = exc.text(lang)
            assert said.startswith(f"{FILE_NAME}: ") and "\n" not in said, said
        return False
    saved = dumps_assessment(loaded.assessment)  # untouched plan entries are left out
    assert dumps_assessment(parse_assessment(saved, FILE_NAME).assessment) == saved
    return True
