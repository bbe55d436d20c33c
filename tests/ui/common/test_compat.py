"""The PySide6 6.12 / Python 3.11 reference-count work-around (advisor/ui/common/compat)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.ui.common.compat import protect_singletons

ROOT = Path(__file__).resolve().parents[3]

STRESS = """
import sys
from advisor.ui.app import create_application
from PySide6.QtWidgets import QWidget
app = create_application()
widget = QWidget()
for _ in range(200_000):
    widget.update()  # a void method: on 3.11 each call used to drop a reference to None
print("survived")
"""


def test_singletons_get_a_huge_reference_count() -> None:
    protect_singletons()
    protect_singletons()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39


@pytest.mark.slow
def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", STRESS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
