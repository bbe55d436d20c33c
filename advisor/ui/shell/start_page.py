"""The start page: what the window shows when no assessment is open.

Shown at launch when no file was given and nothing was recovered (:mod:`advisor.ui.app`),
and after File > Close. It offers, in this order: start a new assessment (the default
button: Enter starts), continue the last file, recover unsaved work left by a crash (the
app's one recovery flow, given as ``recover``: the button is the user's answer, the
question is not asked again), the other recent files (:mod:`.start_recent`: a missing or
broken one is listed as such, explained when chosen, and can be removed from the list),
the bundled examples (opened as untitled copies: a bundled file is never overwritten),
open a file, and what a first-time user needs at hand (:mod:`.start_boxes`). The
language buttons switch the window as the Language menu does.

The start page covers the window's central area (:func:`show_start_page`,
:mod:`.start_cover`); the document behind it is an empty, untitled one. Opening or
starting anything replaces that document, which takes the page away
(``documentReplaced``). What the page says about files comes from
:mod:`advisor.services.start`, read without the bank's models while the window has not
made them yet (issue 18); workshop mode never shows it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor.services.start import (
    FileSummary,
    one_line,
    peek_recent,
    summarise_recent,
)
from advisor.ui.common.by_name import set_by_name
from advisor.ui.common.dates import display_moment
from advisor.ui.common.link_button import LinkButton, button_title
from advisor.ui.common.settings import LANGUAGES
from advisor.ui.common.style import (
    MARGIN,
    SPACING,
    heading,
    hold_palettes,
    muted_label,
    named,
    scaled_font,
)
from advisor.ui.shell.start_boxes import ExamplesBox, NeedsBox
from advisor.ui.shell.start_cover import COVERED_ACTIONS, Covering, PageBody

if TYPE_CHECKING:  # made with the first recent file to list (StartPage.recent)
    from advisor.ui.shell.start_recent import RecentList, RemoveButton

__all__ = ["COVERED_ACTIONS", "StartPage"]

Recover = Callable[[Any], object]
MainWindow = Any  # advisor.ui.shell.mainwindow.MainWindow (which imports this module)
NARROW = 700  # below this width (px) the two columns are stacked


class StartPage(Covering, QScrollArea):
    """The start page of ``window`` (see the module docstring); ``recover(window)`` runs
    the app's recovery prompt (None: no recovery offered)."""

    def __init__(self, window: MainWindow, recover: Recover | None = None) -> None:
        super().__init__()
        self.setObjectName("startPage")
        self.window_ = window
        self.recover = recover
        self.lang = window.lang
        self.summaries: list[FileSummary] = []
        self.continue_file: FileSummary | None = None
        if not window.is_complete():  # its muted labels follow the palette from its
            hold_palettes()  # first paint on (follow_window)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # made before the window's first paint: Qt's enums by name (by_name); no focus:
        # a tab stop that never shows it
        set_by_name(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")
        inner = PageBody(self)
        inner.setObjectName("startPageBody")
        self.setWidget(inner)
        body = QVBoxLayout(inner)
        body.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        body.setSpacing(SPACING)
        body.addLayout(self._top(inner))
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(MARGIN)
        self.columns.addLayout(self._actions(inner), 3)
        self.columns.addLayout(self._side(inner), 2)
        body.addLayout(self.columns)
        body.addStretch(1)
        self._tab_order()

    # --- building ---------------------------------------------------------------------

    def _top(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        texts = QVBoxLayout()
        self.title = heading(self.tr("Export Readiness Advisor"), parent)
        texts.addWidget(self.title)
        self.intro = muted_label(
            self.tr(
                "Find out what to fix before you sell abroad: logistics, payments, quality "
                "and branding. You get an action plan (PDF) to work through this month."
            ),
            parent,
        )
        texts.addWidget(self.intro)
        row.addLayout(texts, 1)
        languages = QHBoxLayout()
        languages.setSpacing(4)
        top = QVBoxLayout()  # the buttons at the top (as AlignTop, without `Qt`: by_name)
        top.addLayout(languages)
        top.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            button = named(QPushButton(name, parent), name, self.tr("Language of the window"))
            button.setCheckable(True)
            button.setChecked(code == self.lang)
            button.setAutoDefault(True)  # Enter presses it, as Space does
            button.clicked.connect(lambda _c=False, code=code: self._choose_language(code))
            languages.addWidget(button)
            self.language_buttons[code] = button
        row.addLayout(top)
        return row

    def _link(self, parent: QWidget, title: str, description: str = "") -> LinkButton:
        button = LinkButton(title, description, parent)
        button.setAutoDefault(True)  # Enter on a focused link presses it
        name = title.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return named(button, name, description)

    def _actions(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self.start_button = self._link(
            parent,
            self.tr("&Start a new assessment"),
            self.tr("Step by step, about 20–30 minutes. Your answers are saved as you go."),
        )
        self.start_button.setDefault(True)
        self.start_button.primary = True
        self.start_button.clicked.connect(self._start_new)
        self.continue_button = self._link(parent, "")
        self.continue_button.clicked.connect(self._continue)
        self.recover_button = self._link(parent, "")
        self.recover_button.clicked.connect(self._recover)
        self.open_button = self._link(
            parent,
            self.tr("&Open a file…"),
            self.tr("An assessment saved earlier, from this computer or a USB stick."),
        )
        open_file = self.window_.files_command("open_dialog")  # made with the document
        self.open_button.clicked.connect(open_file)
        self.clients_button = self._link(parent, self.tr("Client l&ist…"))
        self.clients_button.clicked.connect(self._show_clients)
        for button in (
            self.start_button,
            self.continue_button,
            self.recover_button,
            self.open_button,
            self.clients_button,
        ):
            column.addWidget(button)
        self.recent_label = QLabel(self.tr("Recen&t files"), parent)
        self.recent_label.setFont(scaled_font(self.recent_label, 1.1, bold=True))
        self._recent: tuple[RecentList, RemoveButton] | None = None  # see recent
        self._column = column
        column.addSpacing(SPACING)
        column.addWidget(self.recent_label)  # the list and its Remove button go under it
        column.addStretch(1)
        return column

    @property
    def recent(self) -> RecentList:
        """The recent files' list, made when first asked for: a first start lists none,
        and the list's Qt types cost about 3 ms before the window shows (issue 18)."""
        return self._recent_widgets()[0]

    @property
    def remove_button(self) -> RemoveButton:
        """The "Remove from list" button beside :attr:`recent` (made with it)."""
        return self._recent_widgets()[1]

    def _recent_widgets(self) -> tuple[RecentList, RemoveButton]:
        if self._recent is None:
            from advisor.ui.shell.start_recent import (
                RecentList,
                RemoveButton,
                forget_recent,
                open_recent,
            )

            parent = self.recent_label.parentWidget()
            recent = RecentList(parent)  # hidden until it has files to show
            recent.openRequested.connect(lambda summary: open_recent(self, summary))
            recent.removeRequested.connect(lambda summary: forget_recent(self, summary))
            self.recent_label.setBuddy(recent)
            remove = RemoveButton(recent, parent)
            # as wide as its text, on the left (as AlignLeft, without `Qt`: by_name)
            remove.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            at = self._column.indexOf(self.recent_label) + 1
            self._column.insertWidget(at, recent)
            self._column.insertWidget(at + 1, remove)
            self._recent = (recent, remove)
            self._tab_order()
        return self._recent

    def _side(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(SPACING)
        self.needs = NeedsBox(parent)
        column.addWidget(self.needs)
        self.examples = ExamplesBox(self.window_, parent)
        self.example_buttons = self.examples.buttons
        column.addWidget(self.examples)
        column.addStretch(1)
        return column

    def _tab_order(self) -> None:
        order: list[QWidget] = [
            self.start_button,
            self.continue_button,
            self.recover_button,
            self.open_button,
            self.clients_button,
            *(self._recent or ()),
            *self.example_buttons,
            *self.language_buttons.values(),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- what the page says --------------------------------------------------------------

    def refresh(self) -> None:
        """Read the recent files and the recovery store again, and show what applies."""
        window = self.window_
        paths = window.settings.recent_files(include_missing=True)
        lazy = window.lazy_bank  # the models are not there yet: read without them
        if lazy is not None:
            self.summaries = peek_recent(paths, lazy)
        else:
            self.summaries = summarise_recent(paths, window.bank)
        self.show_recovery()
        self._show_files()

    def _show_files(self) -> None:
        """Show ``summaries`` (Continue, the recent list) without reading them again."""
        self.continue_file = next((s for s in self.summaries if s.openable), None)
        self._show_continue()
        others = [s for s in self.summaries if s is not self.continue_file]
        if others or self._recent is not None:  # no list made for nothing to list
            self.recent.show_files(others, self.lang)
            self.remove_button.update_visibility()
        self.recent_label.setVisible(bool(others))
        window = self.window_
        clients = window.board.actions.get("clients")
        self.clients_button.setVisible(
            clients is not None and window.settings.library_folder() is not None
        )

    def _show_continue(self) -> None:
        summary = self.continue_file
        self.continue_button.setVisible(summary is not None)
        if summary is None:
            return
        who = one_line(summary.company or summary.path.stem)
        self.continue_button.setText(self.tr("Co&ntinue %1").replace("%1", button_title(who)))
        from advisor.ui.shell.start_recent import saved_text  # see recent

        saved = saved_text(summary, self.lang)
        details = ", ".join(t for t in (one_line(summary.path.name), saved) if t)
        self.continue_button.setDescription(details)
        self.continue_button.setAccessibleName(self.tr("Continue %1").replace("%1", who))
        self.continue_button.setAccessibleDescription(details)
        self.continue_button.setToolTip(one_line(str(summary.path)))

    def show_recovery(self) -> None:
        """Offer "Recover unsaved work" when crashed runs left some (read from the
        recovery store again; the recent files are not read)."""
        pending = []
        store = self.window_.recovery  # (the window's session may not be made yet)
        if self.recover is not None and store is not None:
            # work its file already holds is not "unsaved": the launch path reopens that file
            # (listed, not removed here, so it still can: see advisor.services.recovery)
            found = store.pending(include_saved=True)
            pending = [work for work in found if not work.same_as_file]
        self.recover_button.setVisible(bool(pending))
        if not pending:
            return
        newest = pending[0]
        when = display_moment(newest.saved_at, self.lang)
        self.recover_button.setText(self.tr("&Recover unsaved work from %1").replace("%1", when))
        title = one_line(newest.title)
        text = self.tr("“%1” was not saved when the app last closed.").replace("%1", title)
        if len(pending) > 1:
            more = self.tr("%n more piece(s) of work too.", "", len(pending) - 1)
            text += " " + more
        self.recover_button.setDescription(text)
        self.recover_button.setAccessibleName(
            self.tr("Recover unsaved work from %1").replace("%1", when)
        )
        self.recover_button.setAccessibleDescription(text)

    # --- actions --------------------------------------------------------------------------

    def _start_new(self) -> None:
        window = self.window_
        if not window.ready():  # a click before the document was made: a damaged install
            return
        window.files.new_document()  # a fresh one: its creation time is now, not the launch's
        self.uncover()
        window.go_to(0)
        window.page("profile").focus_first()

    def _continue(self) -> None:
        if self.continue_file is not None:
            self.open_file(self.continue_file.path)

    def open_file(self, path: Path) -> None:
        """Open ``path`` in the window (Continue, a recent file); on an error the page
        reads the files again."""
        if not self.window_.ready():
            return
        if not self.window_.files.open_path(path):
            self.refresh()  # the error was shown; what the page says may have changed

    def _recover(self) -> None:
        if not self.window_.ready():  # opens into window.files
            return
        if self.recover is not None:
            self.recover(self.window_)
        if not self.isHidden():  # still on screen: nothing was recovered, or not all
            self.refresh()

    def _show_clients(self) -> None:
        action = self.window_.board.actions.get("clients")
        if action is not None:
            action.trigger()

    def _choose_language(self, code: str) -> None:
        for other, button in self.language_buttons.items():
            button.setChecked(other == self.lang)  # until the new window replaces this one
        action = self.window_.board.actions.get(f"language_{code}")
        if code != self.lang and action is not None:
            action.trigger()

    # --- layout ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
