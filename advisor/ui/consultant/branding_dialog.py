"""The branding profile editor: who signs the report, their logo and accent colour.

:class:`BrandingDialog` edits a :class:`~advisor.domain.branding.BrandingProfile` with a
live preview of the report's cover (a :class:`CoverPreview` drawn with QPainter, updated
as the fields change). Logos are checked with :func:`advisor.report.logo.load_logo`, the
same check a PDF export makes, so a bad image is refused here with its one-line reason.
Profiles are opened and saved with :mod:`advisor.storage.branding`. The profile saved last
with "Use for PDF exports" ticked is the active one (``Settings.branding_path``; the
export reads it through :func:`advisor.services.report_options`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.branding import DEFAULT_ACCENT, BrandingProfile, parse_hex_colour
from advisor.domain.limits import MAX_BRANDING_TEXT, MAX_CONTACT_LINES, MAX_SHORT_TEXT
from advisor.ui.common import dialogs
from advisor.ui.common.settings import Settings
from advisor.ui.common.style import alert_colour, muted_label, named
from advisor.ui.consultant import dialogs as consultant_dialogs
from advisor.ui.consultant.cover_preview import CoverClient, CoverPreview

__all__ = ["BrandingDialog", "CoverPreview", "check_logo"]

MAX_SHORT = MAX_SHORT_TEXT
MAX_LONG = MAX_BRANDING_TEXT


def check_logo(path: Path) -> str | None:
    """None when the logo can be used in a report, else the one-line reason."""
    from advisor.report.logo import load_logo

    try:
        load_logo(path)
    except ValueError as exc:
        from advisor.ui.common.jobs import one_sentence

        return one_sentence(exc)  # in the window's language
    return None


class BrandingDialog(QDialog):
    """Edit, open and save a branding profile, with a live cover preview.

    Signals:
        activeChanged(str): the profile at this path is now used for PDF exports ("" none).
    """

    activeChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        client: CoverClient | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Branding profile"))
        self.settings = settings or Settings()
        self.path: Path | None = None
        self.base_dir: Path | None = None
        self.logo_image: QImage | None = None
        self._ready = False
        self._build()
        self._ready = True
        self.resize(900, 620)
        active = self.settings.branding_path()
        if active is not None:
            self.open_path(active, quiet=True)
        self.update_preview()

    # --- layout --------------------------------------------------------------------------

    def _line(self, name: str, limit: int = MAX_SHORT) -> QLineEdit:
        edit = named(QLineEdit(self), name)
        edit.setMaxLength(limit)
        edit.textChanged.connect(self.update_preview)
        return edit

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _build(self) -> None:
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consultancy = self._line(self.tr("Consultancy"))
        self.consultant = self._line(self.tr("Consultant"))
        form.addRow(self.tr("&Consultancy:"), self.consultancy)
        form.addRow(self.tr("C&onsultant:"), self.consultant)
        self.contacts = []
        for number in range(MAX_CONTACT_LINES):
            edit = self._line(self.tr("Contact line %1").replace("%1", str(number + 1)))
            self.contacts.append(edit)
            form.addRow(self.tr("Contact %1:").replace("%1", str(number + 1)), edit)
        self.contacts[0].setPlaceholderText(self.tr("Address, phone, e-mail or web"))

        logo_row = QHBoxLayout()
        self.logo_edit = named(QLineEdit(self), self.tr("Logo file"))
        self.logo_edit.setReadOnly(True)
        self.logo_edit.setPlaceholderText(self.tr("No logo (PNG or JPEG)"))
        self.logo_button = QPushButton(self.tr("&Choose…"), self)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("No logo"), self)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        form.addRow(self._buddy(self.tr("&Logo:"), self.logo_button), logo_row)
        self.logo_message = QLabel(self)
        self.logo_message.setWordWrap(True)
        self.logo_message.setStyleSheet(f"color: {alert_colour().name()};")
        self.logo_message.setVisible(False)
        form.addRow("", self.logo_message)

        accent_row = QHBoxLayout()
        self.accent_edit = self._line(self.tr("Accent colour"), 7)
        self.accent_edit.setText(DEFAULT_ACCENT)
        self.accent_edit.setMaximumWidth(110)
        self.accent_swatch = QLabel(self)
        self.accent_swatch.setFixedSize(28, 22)
        self.accent_button = QPushButton(self.tr("Pick…"), self)
        self.accent_button.clicked.connect(self.choose_colour)
        accent_row.addWidget(self.accent_edit)
        accent_row.addWidget(self.accent_swatch)
        accent_row.addWidget(self.accent_button)
        accent_row.addStretch(1)
        form.addRow(self._buddy(self.tr("&Accent colour:"), self.accent_edit), accent_row)
        self.footer = self._line(self.tr("Footer"))
        form.addRow(self.tr("&Footer:"), self.footer)
        self.disclaimer = named(QPlainTextEdit(self), self.tr("Disclaimer"))
        self.disclaimer.setPlaceholderText(self.tr("Leave empty for the standard disclaimer"))
        self.disclaimer.setTabChangesFocus(True)
        self.disclaimer.textChanged.connect(self.update_preview)
        self.disclaimer.setMinimumHeight(70)
        self.disclaimer.setMaximumHeight(160)
        form.addRow(self.tr("&Disclaimer:"), self.disclaimer)
        left.addLayout(form)
        left.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()};")
        left.addWidget(self.message)
        self.use_for_exports = QCheckBox(self.tr("&Use this profile for exported PDFs"), self)
        self.use_for_exports.setChecked(True)
        left.addWidget(self.use_for_exports)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.clicked.connect(self.open_dialog)
        self.save_as_button = QPushButton(self.tr("Save &As…"), self)
        self.save_as_button.clicked.connect(self.save_as)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.save_as_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)
        row.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(muted_label(self.tr("Cover preview"), self))
        self.preview = CoverPreview(self)
        self.preview.set_client(self.client)
        right.addWidget(self.preview, 1)
        self.path_label = muted_label("", self)
        right.addWidget(self.path_label)
        row.addLayout(right, 2)

    # --- the profile ---------------------------------------------------------------------

    def profile(self) -> BrandingProfile:
        """The profile the fields describe. Raises ValueError with a one-line message."""
        data = {
            "consultancy": self.consultancy.text().strip(),
            "consultant": self.consultant.text().strip(),
            "contact_lines": [e.text().strip() for e in self.contacts if e.text().strip()],
            "logo": self.logo_edit.text() or None,
            "accent": self.accent_edit.text().strip(),
            "footer": self.footer.text().strip(),
            "disclaimer": self.disclaimer.toPlainText().strip(),
        }
        try:
            return BrandingProfile.model_validate(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            field = str(error["loc"][0]) if error["loc"] else ""
            if field == "accent":
                raise ValueError(
                    self.tr("The accent colour must be written as #RRGGBB, e.g. #1F5C99.")
                ) from None
            if error["type"] == "string_too_long":
                limit = error.get("ctx", {}).get("max_length", "")
                raise ValueError(
                    self.tr("%1 is too long (at most %2 characters).")
                    .replace("%1", field.replace("_", " ").capitalize())
                    .replace("%2", str(limit))
                ) from None
            raise ValueError(f"{field}: {error['msg']}") from None

    def set_profile(self, profile: BrandingProfile, base_dir: Path | None) -> None:
        """Fill the fields from a profile (a relative logo is taken from ``base_dir``)."""
        self.base_dir = base_dir
        self.consultancy.setText(profile.consultancy)
        self.consultant.setText(profile.consultant)
        for number, edit in enumerate(self.contacts):
            edit.setText(
                profile.contact_lines[number] if number < len(profile.contact_lines) else ""
            )
        self.accent_edit.setText(profile.accent)
        self.footer.setText(profile.footer)
        self.disclaimer.setPlainText(profile.disclaimer)
        logo = None
        if profile.logo:
            logo = Path(profile.logo).expanduser()
            if not logo.is_absolute() and base_dir is not None:
                logo = base_dir / logo
        self.set_logo(logo)

    def set_logo(self, path: Path | None) -> bool:
        """Use the logo at ``path`` (None: no logo); False, with the reason shown, if refused."""
        if path is None:
            self.logo_edit.clear()
            self.logo_image = None
            self.logo_message.setVisible(False)
            self.update_preview()
            return True
        problem = check_logo(path)
        if problem is not None:
            self.logo_message.setText(
                self.tr("This logo cannot be used: %1").replace("%1", problem)
            )
            self.logo_message.setVisible(True)
            return False
        self.logo_edit.setText(str(path))
        self.logo_image = QImage(str(path))
        self.logo_message.setVisible(False)
        self.update_preview()
        return True

    def update_preview(self) -> None:
        """Redraw the cover from the fields (an invalid field is named below them)."""
        if not self._ready:
            return
        accent = self.accent_edit.text().strip()
        try:
            parse_hex_colour(accent)
        except ValueError:
            self.accent_swatch.setStyleSheet("border: 1px solid #888888;")
        else:
            self.accent_swatch.setStyleSheet(f"background: {accent}; border: 1px solid #888888;")
        try:
            profile = self.profile()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.preview.set_branding(profile, self.logo_image)

    # --- actions -------------------------------------------------------------------------

    def choose_logo(self) -> None:
        """Ask for a logo; a bad image gets a clear message and the old logo stays."""
        current = self.logo_edit.text()
        folder = str(Path(current).parent) if current else str(self.base_dir or "")
        path = consultant_dialogs.ask_logo_path(self, folder)
        if path is not None and not self.set_logo(path):
            dialogs.show_error(self, self.tr("This logo cannot be used"), self.logo_message.text())

    def choose_colour(self) -> None:
        """Pick the accent colour."""
        current = self.accent_edit.text().strip()
        try:
            parse_hex_colour(current)
        except ValueError:
            current = DEFAULT_ACCENT
        colour = consultant_dialogs.ask_colour(self, current)
        if colour is not None:
            self.accent_edit.setText(colour)

    def open_dialog(self) -> None:
        """Ask for a profile file and load it."""
        folder = str(self.path.parent) if self.path else ""
        path = consultant_dialogs.ask_branding_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, quiet: bool = False) -> bool:
        """Load a profile; a broken file is reported (not when ``quiet``) and left alone."""
        from advisor.storage import DocumentError
        from advisor.storage.branding import load_branding

        try:
            profile, base_dir = load_branding(path)
        except DocumentError as exc:
            if not quiet:
                from advisor.ui.common.file_words import file_message

                title = self.tr("Cannot open this branding profile")
                dialogs.show_error(self, title, file_message(exc))
            return False
        self.path = Path(path)
        self.set_profile(profile, base_dir)
        if self.logo_message.isVisible() and not quiet:
            dialogs.show_error(self, self.tr("This logo cannot be used"), self.logo_message.text())
        self.path_label.setText(str(self.path))
        return True

    def save(self) -> bool:
        """Save to the current file (asks for a name the first time)."""
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        suggested = str(self.path) if self.path else str(Path.home() / "branding.json")
        path = consultant_dialogs.ask_branding_save_path(self, suggested)
        return False if path is None else self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from advisor.storage import DocumentError
        from advisor.storage.branding import save_branding

        try:
            profile = self.profile()
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Cannot save the branding profile"), str(exc))
            return False
        if profile.logo:
            logo = Path(profile.logo)
            if logo.parent == Path(path).absolute().parent:  # keep the pair movable
                profile = profile.model_copy(update={"logo": logo.name})
        try:
            save_branding(path, profile)
        except DocumentError as exc:
            from advisor.ui.common.file_words import file_message

            title = self.tr("Cannot save the branding profile")
            dialogs.show_error(self, title, file_message(exc))
            return False
        self.path = Path(path)
        self.path_label.setText(str(self.path))
        if self.use_for_exports.isChecked():
            self.settings.set_branding_path(self.path.absolute())
            self.activeChanged.emit(str(self.path.absolute()))
        elif self.settings.branding_path() == self.path.absolute():
            self.settings.set_branding_path(None)
            self.activeChanged.emit("")
        return True
