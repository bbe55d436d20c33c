"""The main window fits the screen it opens on (advisor/ui/shell/geometry.py).

The subprocess tests give Qt's offscreen platform a laptop-sized screen (1366x768 and
1024x700) and look at the real window: status bar and Next button inside the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from advisor.ui.shell.geometry import PREFERRED, clamped, first_geometry

ROOT = Path(__file__).resolve().parents[3]


def test_the_first_window_keeps_its_preferred_size_on_a_big_screen() -> None:
    rect = first_geometry(QRect(0, 0, 1920, 1040))
    assert rect.size() == PREFERRED
    assert QRect(0, 0, 1920, 1040).contains(rect)


@pytest.mark.parametrize("w,h", [(1366, 728), (1024, 660), (800, 560)])
def test_the_first_window_fits_a_small_screen(w: int, h: int) -> None:
    available = QRect(0, 40, w, h)  # a task bar above
    rect = first_geometry(available)
    assert available.contains(rect)
    assert rect.height() <= h - 32  # room for the title bar


def test_a_remembered_geometry_is_clamped_to_the_screen() -> None:
    available = QRect(0, 0, 1366, 728)
    from_big_monitor = QRect(1500, 900, 1800, 1000)
    rect = clamped(from_big_monitor, available)
    assert available.contains(rect)
    assert rect.width() <= 1366 and rect.height() <= 728
    small = QRect(100, 100, 900, 600)
    assert clamped(small, available) == small  # a geometry that fits is kept


PROBE = """
import os, sys, tempfile
from PySide6.QtCore import QByteArray, QRect, QSettings
home = tempfile.mkdtemp()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
from advisor.storage.banks import default_bank
from advisor.ui.app import create_application, create_main_window
app = create_application()
if len(sys.argv) > 1:  # a geometry remembered on a big monitor
    from PySide6.QtWidgets import QMainWindow
    big = QMainWindow(); big.setGeometry(QRect(200, 150, 1800, 1000))
    from advisor.ui.common.settings import Settings
    Settings().set_geometry(QByteArray(big.saveGeometry())); Settings().sync()
window = create_main_window(default_bank())
window.remember_geometry = False
window.show(); app.processEvents()
screen = window.screen().availableGeometry()
def inside(w):
    corners = (w.rect().topLeft(), w.rect().bottomRight())
    return all(screen.contains(w.mapToGlobal(p)) for p in corners)
print("window", screen.contains(window.frameGeometry()))
print("statusbar", inside(window.statusBar()))
print("next", inside(window.next_button))
window.doc.undo_stack.setClean(); window.close()
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "remembered", [False, True], ids=["first-run", "remembered-on-big-monitor"]
)
@pytest.mark.parametrize("w,h", [(1366, 768), (1024, 700)])
def test_status_bar_and_next_are_on_a_laptop_screen(
    tmp_path: Path, w: int, h: int, remembered: bool
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": w, "height": h}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *(["remembered"] if remembered else [])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["window", "True", "statusbar", "True", "next", "True"]
