"""Screenshots of every page of the desktop app, for the README and for checking the look.

Run offscreen: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py`` (or
``make screenshots``). Writes ``docs/screenshots/00-start.png`` (the start page, with one
file to continue) and ``docs/screenshots/<nn>-<page>.png`` at 1024x700 with the
"growing spices" example (or a generated assessment when the examples are missing), every
page again at the window's minimum size (``-800x560``: text must wrap, never be cut),
a dark-palette and a 150 %-scale version of the results page, every page in Hindi
(``-hi``, at both sizes), and the workshop window (``workshop.png``, ``-800x560``).
Options: ``--out DIR``, ``--dark``, ``--scale F``, ``--lang L``, ``--size WxH``,
``--workshop`` (one variant only, file names get a suffix).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1024, 700


def _example_assessment(bank):  # type: ignore[no-untyped-def]
    from advisor.storage import load_assessment

    for name in ("growing-spices-us-uae.json", "first-time-textiles-eu.json"):
        path = ROOT / "resources" / "examples" / name
        if path.is_file():
            return load_assessment(path).assessment
    from advisor.commands.check import sample_assessment

    return sample_assessment(bank)


def _dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2f2f2f"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.Highlight, "#3d7ab8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _grab_start(window, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The start page as a returning user sees it: the last file to continue."""
    import shutil
    import tempfile

    from PySide6.QtWidgets import QApplication

    from advisor.ui.shell.start import show_start_page

    example = ROOT / "resources" / "examples" / "growing-spices-us-uae.json"
    if example.is_file():  # in a throw-away folder: the settings are throw-away too
        copy = Path(tempfile.mkdtemp()) / example.name
        shutil.copy(example, copy)
        window.settings.add_recent_file(copy)
    show_start_page(window)
    QApplication.processEvents()
    window.grab().save(str(path))
    return path


def grab_all(
    out: Path,
    suffix: str,
    dark: bool,
    only: set[str] | None = None,
    *,
    lang: str = "en",
    size: tuple[int, int] = (WIDTH, HEIGHT),
    workshop: bool = False,
) -> list[Path]:
    """Save one PNG per page (``workshop``: the workshop window's first page); returns the
    paths written."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from advisor.storage.banks import default_bank
    from advisor.ui.app import create_application, create_main_window
    from advisor.ui.shell import i18n

    # settings in a throw-away folder: the language chosen here is not the user's
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = create_application()
    i18n.set_language(lang)
    i18n.install_translator(app, lang)
    app.setStyle("Fusion")
    if dark:
        app.setPalette(_dark_palette())
    bank = default_bank()
    window = create_main_window(bank)  # with the menus users see (Clients, Language...)
    window.remember_geometry = False
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    if workshop:
        return [_grab_workshop(window, out / f"workshop{suffix}.png")]
    written = []
    if not only or "start" in only:
        written.append(_grab_start(window, out / f"00-start{suffix}.png"))
    window.files.load_assessment(_example_assessment(bank), None)
    QApplication.processEvents()
    for row, section in enumerate(window.sections):
        if only and section.key not in only:
            continue
        window.go_to(row)
        if section.key == "plan":
            page = window.page("plan")
            model = page.model
            if model.rowCount():
                from PySide6.QtCore import QDate

                from advisor.ui.assessment.plan_model import COLUMNS

                model.setData(model.index(0, COLUMNS.index("owner")), "Priya (exports)")
                model.setData(model.index(0, COLUMNS.index("due")), QDate(2027, 1, 15))
                model.setData(model.index(0, COLUMNS.index("status")), "in_progress")
        QApplication.processEvents()
        path = out / f"{row + 1:02d}-{section.key}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)
    window.doc.undo_stack.setClean()
    window.close()
    return written


def _grab_workshop(window, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The window in workshop mode, a participant on the first area's questions."""
    import datetime as dt
    import tempfile

    from PySide6.QtWidgets import QApplication

    from advisor.storage.workshop import WorkshopSession
    from advisor.ui.workshop.mode import start_workshop

    session = WorkshopSession(event="Ludhiana export workshop", date=dt.date(2026, 11, 27))
    controller = start_workshop(window, session, tempfile.mkdtemp())
    window.doc.set_profile_field("company", "Shree Ganesh Textiles")
    window.go_to_section(window.bank.dimensions[0].id)
    QApplication.processEvents()
    window.grab().save(str(path))
    controller.end(confirm=False)
    window.doc.undo_stack.setClean()
    window.close()
    return path


def main() -> int:
    """Write the screenshots; variants run in their own process (one QApplication each)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR, e.g. 1.5")
    parser.add_argument("--only", nargs="*", help="page keys, e.g. results plan")
    parser.add_argument("--lang", default="en", help="interface language, e.g. hi")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 800x560")
    parser.add_argument("--workshop", action="store_true", help="the workshop window")
    args = parser.parse_args()
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error("--size is WIDTHxHEIGHT, e.g. 800x560")
    size = (width, height)
    other_size = size != (WIDTH, HEIGHT)
    if args.dark or args.scale or args.lang != "en" or other_size or args.workshop:
        suffix = ("-dark" if args.dark else "") + (f"-x{args.scale:g}" if args.scale else "")
        suffix += f"-{args.lang}" if args.lang != "en" else ""
        suffix += f"-{size[0]}x{size[1]}" if other_size else ""
        only = set(args.only or ()) or None
        paths = grab_all(
            args.out, suffix, args.dark, only, lang=args.lang, size=size, workshop=args.workshop
        )
        for path in paths:
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    for path in grab_all(args.out, "", False, set(args.only or ()) or None):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    variants = [
        (["--dark", "--only", "results", "logistics"], {}),
        (["--scale", "1.5", "--only", "results", "profile"], {"QT_SCALE_FACTOR": "1.5"}),
        (["--lang", "hi"], {}),  # with the bundled Devanagari font, whatever the system has
        (["--size", "800x560"], {}),  # the window's minimum size: text wraps, never cut
        (["--lang", "hi", "--size", "800x560"], {}),
        (["--workshop"], {}),
        (["--workshop", "--size", "800x560"], {}),
    ]
    for extra, env in variants:
        subprocess.run(
            [sys.executable, __file__, "--out", str(args.out), *extra],
            env=dict(os.environ, **env),
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
