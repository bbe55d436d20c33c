"""Qt's enum properties set by name (:mod:`advisor.ui.common.by_name`): the same values as
the enum setters, and a mistake said at once instead of ignored by Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QScrollArea

from advisor.ui.common.by_name import set_by_name


def test_the_same_values_as_the_enum_setters(qapp) -> None:  # type: ignore[no-untyped-def]
    label, area, listing = QLabel(), QScrollArea(), QListWidget()
    set_by_name(label, textFormat="PlainText", alignment="AlignLeft|AlignTop")
    set_by_name(area, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")
    set_by_name(listing, textElideMode="ElideMiddle")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert listing.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_recent_files_role_is_qts_user_role() -> None:
    from advisor.ui.shell.start_recent import PATH_ROLE

    assert Qt.ItemDataRole.UserRole == PATH_ROLE


@pytest.mark.parametrize(("name", "key"), [("textFormat", "Plain"), ("textFromat", "PlainText")])
def test_a_wrong_key_or_property_is_an_error(qapp, name: str, key: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="cannot be set"):
        set_by_name(QLabel(), **{name: key})


def test_the_recent_lists_colour_role_is_qts() -> None:
    """The recent list sets a colour by its role's number (no `Qt` before the first paint)."""
    from PySide6.QtCore import Qt

    from advisor.ui.shell.start_recent import FOREGROUND_ROLE

    assert Qt.ItemDataRole.ForegroundRole == FOREGROUND_ROLE
