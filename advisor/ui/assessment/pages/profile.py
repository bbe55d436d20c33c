"""The company profile: name, sector, size, experience, target markets and channels.

The profile is not scored; it decides which questions apply. Every edit goes through the
document (undoable), and the page shows whatever the document holds.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from advisor.domain.bank import Choice
from advisor.domain.limits import MAX_SHORT_TEXT
from advisor.ui.assessment.pages.base import Page
from advisor.ui.common.style import focus_visibly, muted_label, named
from advisor.ui.common.wrapping import ElidingComboBox, WrappingCheckBox
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ProfilePage"]

MAX_TEXT = MAX_SHORT_TEXT  # the document's limit for short texts


class ProfilePage(Page):
    """Who the assessment is for, and who runs it."""

    def __init__(self, doc: AssessmentDocument, lang: str, parent=None) -> None:
        super().__init__(
            doc,
            self.tr("Company profile"),
            self.tr(
                "Tell us about the company. This is not scored: it decides which questions "
                "apply (for example, EU buyers bring CE marking and REACH)."
            ),
            parent,
        )
        self.lang = lang
        fields = doc.bank.profile
        inner = self.widget()

        about = QGroupBox(self.tr("The company"), inner)
        form = QFormLayout(about)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.company = self._line_edit(self.tr("Company name"), about)
        self.company.setPlaceholderText(self.tr("e.g. Shree Ganesh Textiles"))
        self.company.textEdited.connect(lambda t: doc.set_profile_field("company", t))
        form.addRow(self.tr("Compan&y name:"), self.company)
        self.combos: dict[str, QComboBox] = {}
        for name, field, label in (
            ("sector", "sectors", self.tr("&Sector:")),
            ("size", "sizes", self.tr("Si&ze:")),
            ("experience", "experience", self.tr("Export e&xperience:")),
        ):
            combo = self._combo(
                name, fields.field(field), label.replace("&", "").rstrip(":"), about
            )
            form.addRow(label, combo)
        self.body.addWidget(about)

        self.checks: dict[str, dict[str, QCheckBox]] = {}
        for name, field, title, hint in (
            (
                "target_markets",
                "markets",
                self.tr("Target markets"),
                self.tr("Where you sell or want to sell. Choose all that apply."),
            ),
            (
                "channels",
                "channels",
                self.tr("Sales channels"),
                self.tr("How you reach buyers. Choose all that apply."),
            ),
        ):
            self.body.addWidget(self._check_group(name, fields.field(field), title, hint, inner))

        who = QGroupBox(self.tr("Who fills this in (optional)"), inner)
        who_form = QFormLayout(who)
        self.assessor_name = self._line_edit(self.tr("Your name"), who)
        self.assessor_name.textEdited.connect(lambda t: doc.set_assessor_field("name", t))
        who_form.addRow(self.tr("Your na&me:"), self.assessor_name)
        self.organisation = self._line_edit(self.tr("Organisation"), who)
        self.organisation.setPlaceholderText(self.tr("e.g. your consultancy or trade body"))
        self.organisation.textEdited.connect(lambda t: doc.set_assessor_field("organisation", t))
        who_form.addRow(self.tr("&Organisation:"), self.organisation)
        self.body.addWidget(who)

        self._chain_tab_order()
        doc.profileChanged.connect(self.refresh)
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _line_edit(self, name: str, parent: QWidget) -> QLineEdit:
        edit = named(QLineEdit(parent), name)
        edit.setMaxLength(MAX_TEXT)
        edit.setClearButtonEnabled(True)
        return edit

    def _combo(self, name: str, choices: list[Choice], title: str, parent: QWidget) -> QComboBox:
        combo = named(ElidingComboBox(parent), title)
        combo.addItem(self.tr("Choose…"), "")  # never None: see navigator.py
        for choice in choices:
            combo.addItem(choice.label.get(self.lang), choice.id)
            if choice.help is not None:
                combo.setItemData(combo.count() - 1, choice.help.get(self.lang), 3)  # ToolTipRole
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(
            lambda index, n=name, c=combo: self.doc.set_profile_field(n, c.itemData(index) or None)
        )
        self.combos[name] = combo
        return combo

    def _check_group(
        self, name: str, choices: list[Choice], title: str, hint: str, parent: QWidget
    ) -> QGroupBox:
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        grid.addWidget(muted_label(hint, box), 0, 0, 1, 3)
        boxes: dict[str, QCheckBox] = {}
        columns = 3
        for i, choice in enumerate(choices):
            label = choice.label.get(self.lang)
            # three to a row: each wraps, whatever its length
            check = named(WrappingCheckBox(label, box), label, title)
            if choice.help is not None:
                check.setToolTip(choice.help.get(self.lang))
            check.clicked.connect(lambda _checked=False, n=name: self._on_check(n))
            boxes[choice.id] = check
            grid.addWidget(check, 1 + i // columns, i % columns)
        self.checks[name] = boxes
        return box

    def _chain_tab_order(self) -> None:
        order: list[QWidget] = [self.company, *self.combos.values()]
        for boxes in self.checks.values():
            order.extend(boxes.values())
        order.extend([self.assessor_name, self.organisation])
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- document <-> widgets ------------------------------------------------------------

    def _on_check(self, name: str) -> None:
        values = [cid for cid, check in self.checks[name].items() if check.isChecked()]
        self.doc.set_profile_field(name, values)

    def refresh(self) -> None:
        """Show the document's profile."""
        profile = self.doc.assessment.profile
        assessor = self.doc.assessment.assessor
        for edit, value in (
            (self.company, profile.company),
            (self.assessor_name, assessor.name),
            (self.organisation, assessor.organisation),
        ):
            if edit.text() != value:
                edit.setText(value)
        for name, combo in self.combos.items():
            index = combo.findData(getattr(profile, name) or "")
            combo.setCurrentIndex(max(index, 0))
        for name, boxes in self.checks.items():
            chosen = set(getattr(profile, name))
            for cid, check in boxes.items():
                check.setChecked(cid in chosen)

    def focus_first(self) -> None:
        """Focus the company name."""
        focus_visibly(self.company)
