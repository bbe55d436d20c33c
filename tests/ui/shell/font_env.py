"""A font configuration like a fresh machine without a Devanagari font, for subprocesses."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def latin_only_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine whose only font is one Latin font (no Devanagari)."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf", fonts / "Latin.ttf")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(conf))
    env.pop("FONTCONFIG_PATH", None)
    return env
