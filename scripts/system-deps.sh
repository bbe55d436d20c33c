#!/bin/sh
# Checks the system libraries Qt needs (offscreen included) and installs the missing
# ones through apt when run as root; a non-root user is told the one line to run.
# With --gui (`make run`) it also checks the X11 libraries of Qt's xcb plugin, which a
# window on a Linux desktop needs (libxcb-cursor0 and friends; advisor/ui/shell/display.py
# names the same ones when the app starts without them).
set -eu
PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libfreetype6"
LIBS="libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0 libfreetype.so.6"
if [ "${1:-}" = "--gui" ]; then
    PKGS="$PKGS libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
    LIBS="$LIBS libxcb.so.1 libX11-xcb.so.1 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-shm.so.0 libxcb-sync.so.1 libxcb-xfixes.so.0 libxcb-xkb.so.1 libxkbcommon-x11.so.0"
fi

missing=""
for lib in $LIBS; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then missing="$missing $lib"; fi
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries:$missing. Install them with your package manager." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Qt system libraries:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PKGS >/dev/null
else
    echo "Qt needs system libraries that are missing:$missing" >&2
    echo "Run this once, then try again:  sudo apt-get update && sudo apt-get install -y $PKGS" >&2
    exit 1
fi
