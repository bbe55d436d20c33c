"""A small drawing of the report's cover for the branding editor (QPainter, no PDF).

It follows the layout of :mod:`advisor.report.sections.cover`: the logo at the top right
(at most 60 x 24 mm, aspect kept), the title in the accent colour, the company, the
profile grid, who assessed and when, the at-a-glance box with its accent rule, "Prepared
by" and the footer. With a client open (:class:`CoverClient`), the preview shows that
client's company, assessor and date as the PDF will; otherwise a placeholder company.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from advisor.domain.branding import BrandingProfile, parse_hex_colour

__all__ = ["CoverClient", "CoverPreview"]


@dataclass(frozen=True)
class CoverClient:
    """The open client as the cover shows it: company, "Assessed by" and the date (as read)."""

    company: str = ""
    assessor: str = ""
    date: str = ""


class CoverPreview(QWidget):
    """A small drawing of the report's cover: logo, title, accent colour, who prepared it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = BrandingProfile()
        self.logo: QImage | None = None
        self.client = CoverClient()
        self.setMinimumSize(220, 311)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview of the report cover"))

    def set_branding(self, profile: BrandingProfile, logo: QImage | None) -> None:
        """Show this profile (``logo`` already checked, or None)."""
        self.profile = profile
        self.logo = logo
        self.update()

    def set_client(self, client: CoverClient | None) -> None:
        """Show this client's company, assessor and date (None: the placeholder company)."""
        self.client = client or CoverClient()
        self.update()

    def _page(self) -> QRectF:
        width, height = self.width() - 8, self.height() - 8
        page_w = min(width, height / 1.414)
        page_h = page_w * 1.414
        return QRectF((self.width() - page_w) / 2, (self.height() - page_h) / 2, page_w, page_h)

    def _text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        size: float,
        *,
        bold: bool = False,
        colour: QColor | None = None,
        flags: int = 0,
    ) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(size, 4.0))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(colour or QColor("#222222"))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, int(align) | flags | int(Qt.TextFlag.TextWordWrap), text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        page = self._page()
        unit = page.width() / 210.0  # one millimetre of A4
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))
        painter.fillRect(page, QColor("white"))
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawRect(page)
        red, green, blue = parse_hex_colour(self.profile.accent)
        accent = QColor.fromRgbF(red, green, blue)
        left, width = page.left() + 18 * unit, page.width() - 36 * unit
        top = page.top() + 16 * unit
        if self.logo is not None and not self.logo.isNull():
            box_w, box_h = 60 * unit, 24 * unit
            scale = min(box_w / self.logo.width(), box_h / self.logo.height())
            w, h = self.logo.width() * scale, self.logo.height() * scale
            painter.drawImage(QRectF(left + width - w, top, w, h), self.logo)
        y = top + 42 * unit
        self._text(
            painter,
            QRectF(left, y, width, 14 * unit),
            self.tr("Export readiness action plan"),
            6.5 * unit,
            bold=True,
            colour=accent,
        )
        y += 13 * unit
        self._text(
            painter,
            QRectF(left, y, width, 10 * unit),
            self.client.company.strip() or self.tr("Your client's company"),
            4.2 * unit,
            bold=True,
            flags=int(Qt.TextFlag.TextSingleLine),
        )
        y += 14 * unit
        painter.setPen(QPen(QColor("#dddddd"), max(1.0, 0.4 * unit)))
        for _ in range(4):  # the profile grid
            painter.drawLine(int(left), int(y), int(left + width), int(y))
            y += 7 * unit
        details = [
            (self.tr("Assessed by"), self.client.assessor),
            (self.tr("Date"), self.client.date),
        ]
        for name, value in details:
            if value.strip():
                label_rect = QRectF(left, y - 5 * unit, width * 0.35, 5 * unit)
                self._text(painter, label_rect, name, 2.8 * unit, bold=True)
                value_rect = QRectF(left + width * 0.35, y - 5 * unit, width * 0.65, 5 * unit)
                self._text(
                    painter, value_rect, value, 2.8 * unit, flags=int(Qt.TextFlag.TextSingleLine)
                )
            painter.setPen(QPen(QColor("#dddddd"), max(1.0, 0.4 * unit)))
            painter.drawLine(int(left), int(y), int(left + width), int(y))
            y += 7 * unit
        y += 6 * unit
        painter.fillRect(QRectF(left, y, width, 16 * unit), QColor("#f2f2f2"))
        painter.fillRect(QRectF(left, y, width, max(1.5, 0.8 * unit)), accent)
        y += 30 * unit
        profile = self.profile
        lines = [
            t
            for t in (profile.consultancy, profile.consultant, *profile.contact_lines)
            if t.strip()
        ]
        if lines:
            self._text(
                painter,
                QRectF(left, y, width, 6 * unit),
                self.tr("Prepared by"),
                3.0 * unit,
                colour=QColor("#666666"),
            )
            y += 6 * unit
            for number, line in enumerate(lines):
                self._text(
                    painter,
                    QRectF(left, y, width, 6 * unit),
                    line,
                    3.3 * unit,
                    bold=number == 0 and bool(profile.consultancy.strip()),
                    flags=int(Qt.TextFlag.TextSingleLine),
                )
                y += 5.5 * unit
        if profile.footer.strip():
            self._text(
                painter,
                QRectF(left, page.bottom() - 12 * unit, width, 6 * unit),
                profile.footer,
                2.6 * unit,
                colour=QColor("#666666"),
                flags=int(Qt.TextFlag.TextSingleLine),
            )
        painter.end()
