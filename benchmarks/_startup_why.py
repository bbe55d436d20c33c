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
import json, resource, sys, time
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
mark("QApplication, fonts, translator")
from advisor.services.lazy_bank import LazyBank
bank = LazyBank.default()
mark("the bank's id and profile labels (json)")
from advisor.storage.recovery import RecoveryStore
store = RecoveryStore()  # its marker is written after the first paint, as the app does
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
def window_contents(window):  # what the window shows, for TWIN
    from PySide6.QtWidgets import QCommandLinkButton, QGroupBox, QLabel, QPushButton, QWidget
    kinds = ((QCommandLinkButton, "link"), (QPushButton, "button"), (QLabel, "label"),
             (QGroupBox, "group"))
    shown = []
    for widget in window.findChildren(QWidget):
        kind = next((k for cls, k in kinds if isinstance(widget, cls)), None)
        if kind is None or not widget.isVisibleTo(window):
            continue
        text = widget.title() if kind == "group" else widget.text()
        shown.append([kind, text, widget.description() if kind == "link" else ""])
    actions = window.board.actions.values()
    return {"menus": len(window.board.menus), "actions": len(actions),
            "keyed": sum(not a.shortcut().isEmpty() for a in actions), "widgets": shown}
def shown():
    mark("shown (first turn of the event loop)")
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    made = "Qt" in vars(PySide6.QtCore)  # the start page does not need it (by_name)
    types = [f"{m.__name__[8:]}.{k}" for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
             for k, v in vars(m).items() if isinstance(v, type)]
    shows = window_contents(window)
    from PySide6.QtCore import Qt
    mark("after shown: PySide6's Qt enums" + (" (made before!)" if made else ""))
    window.complete()
    mark("ready: bank models, document, navigator")
    store.clean_exit()
    window.remember_geometry = False
    window.close()
    app.quit()
    print("\\n".join(marks))
    print("types " + " ".join(types))
    print("window " + json.dumps(shows, ensure_ascii=False))
QTimer.singleShot(0, shown)
app.exec()
"""

# The Python types PySide6 makes (each with its enums) for the Qt classes the app's
# start-up reaches before shown and a bare window does not: timed apart, after a bare
# window is shown (argv: the types the staged start had made, "QtGui.QFont"...).
TYPES = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 760)
window.show()
def measure():
    modules = {m.__name__[8:]: m for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)}
    todo = [n.split(".") for n in sys.argv[1:]]
    todo = [(modules[m], name) for m, name in todo if name not in vars(modules[m])]
    start = time.process_time()
    for module, name in todo:
        getattr(module, name)
    print(len(todo), (time.process_time() - start) * 1000)
    app.quit()
QTimer.singleShot(0, measure)
app.exec()
"""

# The same window made with PySide6 alone: the app's QApplication (fonts, translator),
# as many menus and entries (and shortcuts), a status bar, and on a scroll area in two
# columns the labels, buttons, links and boxes the start page shows, with their texts
# (argv: what the staged start's window showed), and no other module of ours. What any
# window with this content costs in Qt and PySide6: the floor under the app's own work.
TWIN = """
import json, sys, time
shows = json.loads(sys.argv[1])
from advisor.ui.app import create_application
app = create_application()
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCommandLinkButton, QGroupBox, QHBoxLayout, QLabel, QMainWindow,
                               QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)
window = QMainWindow()
window.resize(1100, 760)
menus = [window.menuBar().addMenu(f"Menu {i}") for i in range(shows["menus"])]
for i in range(shows["actions"]):
    action = QAction(f"Entry {i}", window)
    if i < shows["keyed"]:
        action.setShortcut(f"Ctrl+Shift+{chr(65 + i % 26)}")
    window.addAction(action)
    menus[i % len(menus)].addAction(action)
window.statusBar().addPermanentWidget(QLabel(window))
stack = QStackedWidget(window)
area = QScrollArea()
area.setWidgetResizable(True)
inner = QWidget()
area.setWidget(inner)
columns = QHBoxLayout(inner)
left, right = QVBoxLayout(), QVBoxLayout()
columns.addLayout(left, 3)
columns.addLayout(right, 2)
target = left
for kind, text, description in shows["widgets"]:
    if kind == "group":
        box = QGroupBox(text)
        right.addWidget(box)
        target = QVBoxLayout(box)
        continue
    if kind == "link":
        widget = QCommandLinkButton(text, description)
    elif kind == "button":
        widget = QPushButton(text)
    else:
        widget = QLabel(text)
        widget.setWordWrap(True)
    target.addWidget(widget)
stack.addWidget(area)
stack.addWidget(QWidget())
window.setCentralWidget(stack)
window.show()
def shown():
    print(f"{time.process_time() * 1000:.1f}")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

MEASURED: dict[str, float] = {}
"""What :func:`stages` measured apart, for :func:`explain_time_miss`: ``types`` (how
many Python types of Qt classes the app makes before shown that a bare window does not),
``types_ms`` (the CPU ms PySide6 takes to make them) and ``twin_ms`` (:data:`TWIN` when
shown, CPU ms)."""


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
        lines = done.stdout.splitlines()
        types = next((line.split()[1:] for line in lines if line.startswith("types ")), [])
        shows = next((line[7:] for line in lines if line.startswith("window ")), "")
    _measure_types(types, repeat, env)
    _measure_twin(shows, repeat, env)
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


def _measure_types(types: list[str], repeat: int, env: dict[str, str]) -> None:
    """Fill :data:`MEASURED` with the cost of making ``types`` after a bare window."""
    costs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", TYPES, *types], cwd=ROOT, env=env, capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0 or not done.stdout.split():
            return
        count, ms = done.stdout.split()
        costs.append(float(ms))
    MEASURED.update(types=float(count), types_ms=statistics.median(costs))


def _measure_twin(shows: str, repeat: int, env: dict[str, str]) -> None:
    """Fill ``MEASURED["twin_ms"]``: :data:`TWIN` made from ``shows`` (JSON), median CPU ms."""
    costs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", TWIN, shows], cwd=ROOT, env=env, capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0 or not shows:
            return
        costs.append(float(done.stdout.split()[-1]))
    MEASURED["twin_ms"] = statistics.median(costs)


def explain_time_miss(floors: dict[str, float], added: dict[str, float]) -> None:
    """Say why the start-up time misses its goal, with this run's figures."""
    budget = TIME_GOAL * floors["bare_ms"]
    qt_enums = next((ms for label, ms in added.items() if "Qt enums" in label), 0.0)
    own = floors["app_ms"] - floors["setup_ms"]
    before = list(added)[: next((i for i, k in enumerate(added) if k.startswith("shown")), 0) + 1]
    ours = {
        label: added[label] for label in before
        if label not in ("Python started", "PySide6.QtWidgets imported",
                         "QApplication, fonts, translator")
    }  # fmt: skip
    types = ""
    if MEASURED.get("types"):
        types = (
            f". Across these steps (and the QApplication's) PySide6 makes the Python types, "
            f"each with its enums, of {MEASURED['types']:.0f} Qt classes a bare window does "
            f"not use (fonts, icon, settings, translator, and the widgets, layouts, menus and "
            f"events the window and its start page are made of): "
            f"{MEASURED['types_ms']:.0f} ms, measured apart"
        )
    twin = ""
    if MEASURED.get("twin_ms"):
        twin_ms = MEASURED["twin_ms"]
        twin = (
            f" The same window made with PySide6 alone (the app's QApplication, as many "
            f"menus, entries and shortcuts, the start page's labels, buttons, links and "
            f"boxes with their texts, and no other module of ours) takes {twin_ms:.0f} ms, "
            f"{twin_ms / floors['bare_ms']:.2f}x the bare window: that is what Qt and "
            f"PySide6 cost for this content, and it leaves {budget - twin_ms:.0f} ms of the "
            f"goal for everything of ours on top (the bank's labels, the recovery session, "
            f"the examples read from disk, our widget classes and their Python paint "
            f"handlers, our modules), which take "
            f"{floors['app_ms'] - twin_ms:.0f} ms."
        )
    print(
        f"why the start-up time misses: the goal allows {budget:.0f} ms of CPU "
        f"({TIME_GOAL}x the bare window's {floors['bare_ms']:.0f} ms). The same bare window "
        f"in the app's QApplication (the bundled Devanagari fonts registered, the "
        f"translator; without them Hindi and the language button's हिन्दी cannot be drawn "
        f"on a machine without a Devanagari font) takes {floors['setup_ms']:.0f} ms, "
        f"leaving {budget - floors['setup_ms']:.0f} ms for the window's own content; the "
        f"app shows its start page at {floors['app_ms']:.0f} ms, {own:.0f} ms over that."
        + twin
        + " Staged: "
        + ", ".join(f"{label} {ms:.0f} ms" for label, ms in ours.items())
        + types
        + f". Already after the first paint: the Python enums of PySide6's Qt namespace "
        f"({qt_enums:.0f} ms: the start page sets its few enum values by name), the recent "
        "files' list when there is none to show, the app's icon, the recovery session's "
        "marker, the bank's models, the document with its session and the pages. Reaching "
        "1.5x would need a start page with less on it, or our work on top of it in a few "
        "ms, or a start-up without "
        "Python's and PySide6's per-import and per-type costs (a frozen, pre-initialised "
        "build): a change of what the start page offers, or of the stack."
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
