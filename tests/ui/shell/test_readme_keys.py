"""README's keyboard table lists the real shortcuts, and only those.

The table ("### Keyboard") has one row per menu entry that has a key of its own:
``| `Ctrl+N` | File ▸ New |``. It is compared with the entries the window declares
(:mod:`advisor.ui.shell.actions`), with every feature plugged in as users get it, in
both directions:

* every declared entry with a shortcut has its row, its explicit keys ("Ctrl+E") are all
  listed, and at least one key of a platform-standard shortcut (New, Undo...) is;
* every row names a declared entry, and every key it lists is one of that entry's
  shortcuts (QKeySequence portable text) - a README line for a removed shortcut fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from advisor.storage.banks import default_bank
from advisor.ui.shell.actions import key_sequences

README = Path(__file__).resolve().parents[3] / "README.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText
_ROW = re.compile(r"^\|\s*(`[^|]+)\|\s*([^|]+?)\s*\|\s*$")


def readme_table() -> dict[str, list[str]]:
    """README's keyboard table: menu entry ("File ▸ New") -> the keys listed for it."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n### Keyboard\n", 1)[1].split("\n#", 1)[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            entry = match.group(2)
            assert entry not in rows, f"README lists {entry!r} twice"
            rows[entry] = re.findall(r"`([^`]+)`", match.group(1))
    assert rows, "README's keyboard section has no table"
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def declared(window) -> dict[str, tuple[set[str], set[str], bool]]:  # type: ignore[no-untyped-def]
    """Menu entry -> (its keys here, its explicit keys, whether it has standard ones)."""
    board = window.board
    out = {}
    for spec in board.specs.values():
        keys = {s.toString(PORTABLE) for s in key_sequences(spec.shortcut)} - {""}
        if not keys:
            continue
        items = spec.shortcut if isinstance(spec.shortcut, list | tuple) else [spec.shortcut]
        explicit = {QKeySequence(i).toString(PORTABLE) for i in items if isinstance(i, str)}
        standard = any(isinstance(i, QKeySequence.StandardKey) for i in items)
        menu = board.menu_specs[spec.menu]
        out[f"{_plain(menu.title)} ▸ {_plain(spec.text)}"] = (keys, explicit, standard)
    return out


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.install_translator(app, "en")
    yield app


def test_the_readme_lists_every_shortcut_and_only_real_ones(english, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app")
    actions = declared(window)
    rows = readme_table()
    problems = []
    for entry, (keys, explicit, standard) in actions.items():
        listed = set(rows.get(entry, ()))
        if not listed:
            problems.append(f"{entry} ({', '.join(sorted(keys))}) is not in README's table")
            continue
        if explicit - listed:
            problems.append(f"{entry}: README does not list {sorted(explicit - listed)}")
        standard_keys = keys - explicit if standard else set()
        if standard_keys and not listed & standard_keys:
            problems.append(f"{entry}: README lists none of {sorted(standard_keys)}")
    for entry, listed in rows.items():
        if entry not in actions:
            problems.append(f"README lists {entry!r}, which has no shortcut (or is no entry)")
            continue
        wrong = set(listed) - actions[entry][0]
        if wrong:
            problems.append(f"README gives {entry} {sorted(wrong)}, not its shortcuts")
    assert problems == []


def test_the_table_is_read_as_written() -> None:
    rows = readme_table()
    assert rows["File ▸ Export PDF…"] == ["Ctrl+E"]
    assert rows["Go ▸ Back"] == ["Alt+Left", "Ctrl+PgUp"]
