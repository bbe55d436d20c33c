"""Can the desktop app open a window here? Asked before Qt starts, which would abort.

Without a display, Qt prints seven lines about plugins and kills the process (SIGABRT,
exit 134); with a missing X11 library (``libxcb-cursor0`` on a fresh Debian) it prints
its raw loader message. :func:`display_problem` finds these cases first, without
importing Qt, and returns one sentence that says what to do (``None`` when the window
can open). Only Linux and the other X11/Wayland systems are checked: Windows and macOS
always have a screen for a desktop session.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["XCB_LIBRARIES", "display_problem", "missing_xcb_packages"]

# The libraries Qt's X11 plugin (libqxcb) loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

HINT = "set QT_QPA_PLATFORM=offscreen for command-line checks"


def _loadable(soname: str) -> bool:
    import ctypes  # here: only X11 needs it (about 0.6 MiB and 3 ms at every start)

    try:
        ctypes.CDLL(soname)
    except OSError:
        # a frozen app carries its own copies next to the executable
        base = Path(getattr(sys, "_MEIPASS", "") or Path(sys.executable).parent)
        return any((base / sub / soname).exists() for sub in ("", "PySide6/Qt/lib"))
    return True


def missing_xcb_packages() -> list[str]:
    """The packages of the X11 libraries Qt needs that cannot be loaded here."""
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if not _loadable(lib)]


def _x_server_answers(display: str) -> bool:
    """Whether an X server accepts a connection on ``display`` (asked through libxcb)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot ask: let Qt try (the library check names the package)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can open here (one sentence), or ``None`` when it can."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform and platform != "xcb":
        return None  # offscreen, wayland, vnc...: the user chose; Qt reports its own errors
    display = env.get("DISPLAY", "")
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None  # Qt uses Wayland (and falls back to X11 by itself)
    if not display:
        return f"no display found: neither DISPLAY nor WAYLAND_DISPLAY is set; {HINT}"
    missing = missing_xcb_packages()
    if missing:
        return (
            "the desktop app needs these system libraries for X11: "
            f"{' '.join(missing)}; install them (sudo apt-get install {' '.join(missing)}) "
            f"or {HINT}"
        )
    if not _x_server_answers(display):
        return f"no display found: nothing answers on DISPLAY={display}; {HINT}"
    return None
