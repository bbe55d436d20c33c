"""The start page's side column: what a first-time user needs at hand, and the examples.

:class:`NeedsBox` lists what to have ready (IEC, the AD code letter, HS codes, buyer
markets) and how long it takes; :class:`ExamplesBox` offers the bundled examples by
company, sector, experience and markets, each opened as an untitled copy
(:func:`open_example`: a bundled file is never written to).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from advisor.domain.formatting import join_list
from advisor.services.start import Example, bundled_examples, example_copy, peek_examples
from advisor.storage.errors import DocumentError
from advisor.ui.common import dialogs
from advisor.ui.common.link_button import LinkButton, button_title
from advisor.ui.common.style import muted_label, named, wrapped_label

__all__ = ["ExamplesBox", "NeedsBox", "open_example"]


class NeedsBox(QGroupBox):
    """What you will need: the papers and facts to have at hand, and the time it takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What you will need"))
        layout = QVBoxLayout(self)
        items = (
            self.tr("Your IEC (Importer Exporter Code)"),
            self.tr("The AD code letter from your bank"),
            self.tr("The HS codes of your products"),
            self.tr("The markets your buyers are in"),
        )
        self.items = wrapped_label("\n".join(f"•  {item}" for item in items), self)
        layout.addWidget(self.items)
        self.note = muted_label(
            self.tr(
                "About 20–30 minutes. You can stop at any time and continue later "
                "where you left off."
            ),
            self,
        )
        layout.addWidget(self.note)


class ExamplesBox(QGroupBox):
    """Open an example: one link per bundled example that fits ``window``'s bank (the box
    is hidden when there is none)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setTitle(self.tr("Open an e&xample"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(
            muted_label(
                self.tr("A finished assessment to look around in. It opens as an untitled copy."),
                self,
            )
        )
        self.buttons: list[LinkButton] = []
        lazy = window.lazy_bank  # before the bank's models: the same, read without them
        found = peek_examples(lazy) if lazy is not None else bundled_examples(window.bank)
        for example in found:
            title, description = button_title(example.company), self.describe(example)
            button = named(LinkButton(title, description, self), example.company, description)
            button.setAutoDefault(True)  # Enter on a focused link presses it
            button.clicked.connect(lambda _c=False, e=example: open_example(window, e))
            layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))

    def describe(self, example: Example) -> str:
        """Sector · experience · markets, in the window's language."""
        lang = self.window_.lang
        parts = [t.get(lang) for t in (example.sector, example.experience) if t]
        markets = [m.get(lang) for m in example.markets]
        if markets:
            parts.append(join_list(markets, lang))
        return " · ".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExamplesBox", text)


def open_example(window: Any, example: Example) -> bool:
    """Open ``example`` in ``window`` as a new untitled assessment (asks to save the
    document there first). False when cancelled or when it cannot be read."""
    if not window.ready():  # a click before the document was made: a damaged install
        return False
    files = window.files
    if not files.close_document():
        return False
    try:
        assessment = example_copy(example)
    except DocumentError as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(window, _tr("Cannot open the example"), file_message(exc))
        return False
    files.session.set_lock(None, read_only=False)
    files.load_assessment(assessment, None)  # untitled: Save asks for a name
    window.statusBar().showMessage(
        _tr("A copy of the example: to keep your changes, save it under your own name.")
    )
    return True
