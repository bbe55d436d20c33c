"""The built-in bank before its models exist: what the start page reads (issue 18).

:class:`LazyBank` stands for the built-in bank while the window shows its start page:
:attr:`LazyBank.data` is the parsed compiled twin
(:func:`advisor.storage.bank_data.default_bank_data`, standard library only), read for
the bank's id and the labels of the profile's choices (the examples' sectors and
markets); :meth:`LazyBank.load` builds the :class:`~advisor.domain.bank.Bank` from the
same data (:func:`advisor.storage.banks.default_bank`), once. Importing this module does
not import pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advisor.storage.bank_data import Label, default_bank_data

if TYPE_CHECKING:
    from advisor.domain.bank import Bank

__all__ = ["LazyBank"]


class LazyBank:
    """The built-in bank before its models exist (see the module docstring)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.id = str(data.get("id", ""))

    @classmethod
    def default(cls) -> LazyBank | None:
        """The built-in bank, when its compiled twin can be read without the models."""
        data = default_bank_data()
        return cls(data) if data is not None else None

    def choices(self, field: str) -> dict[str, Label]:
        """The labels of a profile field's choices by id (``sectors``, ``experience``,
        ``markets``); empty when the data has none."""
        profile = self.data.get("profile")
        items = profile.get(field) if isinstance(profile, dict) else None
        found: dict[str, Label] = {}
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("label"), dict):
                found[str(item.get("id"))] = Label(item["label"])
        return found

    def load(self) -> Bank:
        """The bank's models (:func:`advisor.storage.banks.default_bank`). Raises
        :class:`~advisor.domain.bank.BankError` for a damaged installation."""
        from advisor.storage.banks import default_bank

        return default_bank()
