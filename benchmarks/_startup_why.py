"""Where the app's start-up goes, and why a miss cannot be met: the parts of
``bench_startup.py`` that explain its figures (kept apart: that script measures, this one
says where the time went).

* :func:`stages`: the app's start staged in one process (:data:`STAGES`), CPU time and
  peak memory after each step;
* :func:`explain_time_miss`: the reasons a missed time goal gives, with the run's figures;
* :func:`import_summary`: ``python -X importtime -m advisor`` until the window is shown,
  by top-level import and by group.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_GOAL = 1.5  # issue 18: start-up at most 1.5x a bare window (bench_startup judges it)

# The app's start staged in one process, as advisor.ui.app.run_app does it without a file
# (PySide6 first, so the command line's row counts only what it adds):
# CPU time and peak memory after each step, to say where a miss comes from.
STAGES = """
import resource, sys, time
marks = []
def mark(label):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    marks.append(f"{label}|{time.process_time() * 1000:.1f}|{peak}")
mark("Python started")
from PySide6.QtWidgets import QApplication
mark("PySide6.QtWidgets imported")
import advisor.cli
mark("the command line's modules")  # after PySide6: the standard library it shares is there
from advisor.ui.app import create_application
app = create_application()
mark("QApplication, fonts, icon, translator")
from advisor.services.lazy_bank import LazyBank
bank = LazyBank.default()
mark("the bank's id and profile labels (json)")
from advisor.storage.recovery import RecoveryStore
store = RecoveryStore()
store.start_session()
mark("the recovery session")
from advisor.ui import app as app_module
from advisor.ui.shell.mainwindow import MainWindow
from advisor.ui.shell.start import show_start_page
features = app_module.features()
mark("the window's modules and features")
window = MainWindow(bank, recovery=store, features=features, first_page=False)
mark("the window: menus, status bar")
show_start_page(window, lambda _w: None)
mark("the start page")
window.show()
from PySide6.QtCore import QTimer
def shown():
    mark("shown (first turn of the event loop)")
    import PySide6.QtCore
    made = "Qt" in vars(PySide6.QtCore)  # the start page does not need it (by_name)
    from PySide6.QtCore import Qt
    mark("after shown: PySide6's Qt namespace (its enums)" + (" (made before!)" if made else ""))
    window.complete()
    mark("ready: bank models, document, navigator")
    store.clean_exit()
    window.remember_geometry = False
    window.close()
    app.quit()
    print("\\n".join(marks))
QTimer.singleShot(0, shown)
app.exec()
"""


def stages(repeat: int) -> dict[str, float]:
    """Print the app's start staged in one process (:data:`STAGES`): the CPU time and the
    peak memory each step adds (medians of ``repeat`` runs); return the CPU ms each added."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs: list[list[tuple[str, float, int]]] = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", STAGES], cwd=ROOT, env=env, capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"  (staged start failed: {done.stderr.strip()[-300:]})")
            return {}
        rows = [line.split("|") for line in done.stdout.splitlines() if line.count("|") == 2]
        runs.append([(label, float(cpu), int(peak)) for label, cpu, peak in rows])
    print(f"where the start-up goes, staged in one process (median of {repeat}; CPU ms, peak MiB):")
    before_cpu, before_peak = 0.0, 0.0
    added: dict[str, float] = {}
    for i, (label, _cpu, _peak) in enumerate(runs[0]):
        cpu = statistics.median(run[i][1] for run in runs)
        peak = statistics.median(run[i][2] for run in runs) / 1024
        print(
            f"  {label:44s} cpu {cpu:6.1f} (+{cpu - before_cpu:5.1f})  "
            f"peak {peak:5.1f} (+{peak - before_peak:4.1f})"
        )
        added[label] = cpu - before_cpu
        before_cpu, before_peak = cpu, peak
    return added


def explain_time_miss(floors: dict[str, float], added: dict[str, float]) -> None:
    """Say why the start-up time misses its goal, with this run's figures."""
    budget = TIME_GOAL * floors["bare_ms"]
    qt_enums = next((ms for label, ms in added.items() if "Qt namespace" in label), 0.0)
    own = floors["app_ms"] - floors["setup_ms"]
    before = list(added)[: next((i for i, k in enumerate(added) if k.startswith("shown")), 0) + 1]
    ours = {
        label: added[label] for label in before
        if label not in ("Python started", "PySide6.QtWidgets imported",
                         "QApplication, fonts, icon, translator")
    }  # fmt: skip
    print(
        f"why the start-up time misses: the goal allows {budget:.0f} ms of CPU "
        f"({TIME_GOAL}x the bare window's {floors['bare_ms']:.0f} ms). The same bare window "
        f"in the app's QApplication (the bundled Devanagari fonts registered, the icon, the "
        f"translator; without them Hindi and the language button's हिन्दी cannot be drawn "
        f"on a machine without a Devanagari font) takes {floors['setup_ms']:.0f} ms, "
        f"leaving {budget - floors['setup_ms']:.0f} ms for the window's own content; the "
        f"app shows its start page at {floors['app_ms']:.0f} ms, {own:.0f} ms over that. "
        f"Staged: "
        + ", ".join(f"{label} {ms:.0f} ms" for label, ms in ours.items())
        + f". Already after the first paint: the Python enums of PySide6's Qt namespace "
        f"({qt_enums:.0f} ms: the start page sets its few enum values by name), the bank's "
        "models, the document and the pages. What is left is the start page itself and the "
        "window's menus, session and recovery, each a few ms of Python and Qt: reaching "
        "1.5x would need a window without them, or a start-up without Python's and "
        "PySide6's import costs (a frozen, pre-imported build), a change of the stack."
    )


def import_summary(top: int = 12) -> None:
    """Print what ``python -X importtime -m advisor`` spends importing, by top-level import.

    Each line is one import made at the top level of the start-up (its own time plus what
    it imported in turn), the largest first. One run, so expect noise under load.
    """
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        EXPORT_ADVISOR_QUIT_AFTER_MS="0",
        EXPORT_ADVISOR_REPORT_SHOWN="1",
    )
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "advisor"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = proc.stderr.splitlines()
    cut = next((i for i, line in enumerate(lines) if line.startswith("shown: ")), len(lines))
    later = sum(
        int(line[len("import time:") :].split("|")[1])
        for line in lines[cut:]
        if line.startswith("import time:")
        and "self [us]" not in line
        and not line[len("import time:") :].split("|")[2].startswith("  ")
    )
    lines = lines[:cut]  # until the window was shown: what the goal measures
    rows: list[tuple[int, str]] = []
    total = 0
    for line in lines:
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _self, cumulative, name = line[len("import time:") :].split("|")
        if name.startswith("  "):
            continue  # imported by another module: counted in that one's cumulative time
        rows.append((int(cumulative), name.strip()))
        total += int(cumulative)
    rows.sort(reverse=True)
    print(
        f"imports until the window is shown (python -X importtime -m advisor, one run): "
        f"{total / 1000:.0f} ms; after it (the document, bank models, pages): {later / 1000:.0f} ms"
    )
    for cumulative, name in rows[:top]:
        print(f"  {cumulative / 1000:6.1f} ms  {name}")
    packages: dict[str, int] = {}
    for line in lines:
        if line.startswith("import time:") and "self [us]" not in line:
            _self, cumulative, name = line[len("import time:") :].split("|")
            packages.setdefault(name.strip(), int(cumulative))
    heavy = ("pydantic", "PySide6.QtWidgets", "platformdirs", "babel", "yaml", "reportlab")
    print(
        "  of which (wherever first imported): "
        + ", ".join(
            f"{name} {packages[name] / 1000:.0f} ms" if name in packages else f"{name} not imported"
            for name in heavy
        )
    )
    # pydantic imports lazily: its cost shows under the first model's module, so the
    # modules' own times are also summed by what they belong to
    groups: dict[str, int] = {}
    for line in lines:
        if line.startswith("import time:") and "self [us]" not in line:
            own, _cumulative, name = line[len("import time:") :].split("|")
            group = _import_group(name.strip())
            groups[group] = groups.get(group, 0) + int(own)
    print(
        "  own time by group: "
        + ", ".join(
            f"{name} {us / 1000:.0f} ms" for name, us in sorted(groups.items(), key=lambda g: -g[1])
        )
    )


def _import_group(module: str) -> str:
    """What an imported module belongs to, for the import summary."""
    top, _, rest = module.partition(".")
    if top == "advisor":
        sub = rest.partition(".")[0]
        return f"advisor.{sub}" if sub in ("ui", "domain", "storage") else "advisor (other)"
    known = {
        "pydantic": "pydantic",
        "pydantic_core": "pydantic",
        "annotated_types": "pydantic",
        "typing_extensions": "pydantic",
        "typing_inspection": "pydantic",
        "PySide6": "PySide6",
        "shiboken6": "PySide6",
        "shibokensupport": "PySide6",
        "signature_bootstrap": "PySide6",
        "platformdirs": "platformdirs",
        "babel": "babel",
    }
    return known.get(top, "Python's library")
