"""One voice in the window: no ISO date on any page or in the Clients window, in English and Hindi.

ISO dates (``2026-10-12``) belong to machine formats (JSON, file names, spreadsheet cells);
a person reads ``12 Oct 2026`` / ``12 अक्टू॰ 2026``. File names may carry ISO dates, so the
window title and tooltips (where file names are shown) are left out of the scan.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from advisor.domain.assessment import PlanEdit, PlanStatus
from advisor.domain.formatting import format_date
from tests.ui.conftest import EXAMPLES
from tests.ui.window_text import menu_texts, visible_texts

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _client_file(tmp_path: Path) -> Path:
    """A client folder: an earlier visit, then this one with due dates in the plan."""
    from advisor.domain.planning import build_plan
    from advisor.domain.scoring import score_assessment
    from advisor.storage import load_assessment, save_assessment
    from advisor.storage.banks import default_bank

    bank = default_bank()
    now = load_assessment(EXAMPLES[0]).assessment
    plan = build_plan(bank, now, score_assessment(bank, now))
    now.plan = {
        a.id: PlanEdit(owner="Ravi", due=dt.date(2026, 12, 1 + a.rank), status=PlanStatus.OPEN)
        for a in plan.top(3)
    }
    earlier = now.model_copy(deep=True)
    earlier.created_at = earlier.updated_at = now.created_at - dt.timedelta(days=90)
    earlier.answers = dict(list(now.answers.items())[::2])
    earlier.plan = {}
    folder = tmp_path / "clients" / "Client"
    folder.mkdir(parents=True)
    save_assessment(folder / "earlier-2026-01-02.json", earlier)
    save_assessment(folder / "now-2026-04-02.json", now)
    return folder / "now-2026-04-02.json"


FILE_NAME = re.compile(r"[\w.-]+\.(?:json|pdf|csv|xlsx|png)\b")


def _iso_dates(root) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    menus = menu_texts(root) if hasattr(root, "menuBar") else []
    for where, text in [*visible_texts(root), *menus]:
        if "tooltip" in where or where == "window title":
            continue  # file names live there, and file names keep ISO dates
        if ISO_DATE.search(FILE_NAME.sub("", text)):  # "Saved to now-2026-04-02.json": a name
            found.append(f"{where}: {text!r}")
    return found


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_iso_date_on_any_page(lang, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.banks import default_bank
    from advisor.ui.app import create_application, create_main_window
    from advisor.ui.common.settings import Settings
    from advisor.ui.consultant.feature import consultant_tools
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.set_language(lang)
    i18n.install_translator(app, lang)
    try:
        make_window  # noqa: B018 - its set-up (dialogs replaced, clean close) is needed
        path = _client_file(tmp_path)
        Settings().set_library_folder(path.parent.parent)
        window = create_main_window(default_bank())
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        assert window.files.open_path(path, ask=False)
        problems: list[str] = []
        shown: list[str] = []
        for row, section in enumerate(window.sections):
            window.go_to(row)
            qtbot.wait(1)
            problems += [f"{section.key}: {p}" for p in _iso_dates(window)]
            shown += [text for _, text in visible_texts(window)]
        window.action("clients").trigger()
        clients = consultant_tools(window).clients_dialog
        clients.tree.expandAll()
        problems += [f"clients: {p}" for p in _iso_dates(clients)]
        shown += [text for _, text in visible_texts(clients)]
        clients.close()
        everything = "\n".join(shown)
        # the dates are there, in the reader's form: the progress panel and the plan's due dates
        assert format_date(dt.date(2026, 12, 2), lang, "short") in everything
        assert not problems, "\n".join(dict.fromkeys(problems))
    finally:
        i18n.set_language("en")
        i18n.install_translator(app, "en")
