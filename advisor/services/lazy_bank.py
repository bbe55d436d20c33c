"""The built-in bank before its models exist: what the start page reads (issue 18).

:class:`LazyBank` stands for the built-in bank while the window shows its start page: its
id and the labels of the profile's choices, read without pydantic
(:func:`advisor.storage.bank_data.peek_default_bank`); :meth:`LazyBank.load` builds the
:class:`~advisor.domain.bank.Bank` (:func:`advisor.storage.banks.default_bank`, once).
Importing this module does not import pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.storage.bank_data import BankPeek, Label, peek_default_bank

if TYPE_CHECKING:
    from advisor.domain.bank import Bank

__all__ = ["LazyBank"]


class LazyBank:
    """The built-in bank before its models exist (see the module docstring)."""

    def __init__(self, peek: BankPeek) -> None:
        self.id = peek.id
        self._choices = peek.choices

    @classmethod
    def default(cls) -> LazyBank | None:
        """The built-in bank, when its compiled twin can be read without the models."""
        peek = peek_default_bank()
        return cls(peek) if peek is not None else None

    def choices(self, field: str) -> dict[str, Label]:
        """The labels of a profile field's choices by id (``sectors``, ``experience``,
        ``markets``); empty when the bank has none."""
        return dict(self._choices.get(field, {}))

    def load(self) -> Bank:
        """The bank's models (:func:`advisor.storage.banks.default_bank`). Raises
        :class:`~advisor.domain.bank.BankError` for a damaged installation."""
        from advisor.storage.banks import default_bank

        return default_bank()
