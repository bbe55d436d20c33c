"""Making any string safe to print: cleaning, escaping and font runs for Paragraphs.

reportlab's ``Paragraph`` reads its text as markup, so a user's ``<img src=...>`` or
``<a href=...>`` would be obeyed and ``<b>unclosed`` would crash the build. Every string
that did not come from this package goes through :func:`markup` (or :func:`plain` for
metadata and bookmarks), which

* removes control characters (a tab becomes a space), lone surrogates, byte-order marks
  and the bidirectional overrides and isolates (an RTL override cannot flip the text);
* escapes ``&``, ``<`` and ``>`` and turns line breaks into explicit ``<br/>``;
* wraps runs of Devanagari in ``<font name=...>`` for the Devanagari font (Noto Sans
  Devanagari has no Latin letters, Noto Sans no Devanagari);
* replaces a character that neither font can draw (an emoji) with U+FFFD, so the
  reader sees that something was there instead of nothing.

Long words are broken by the paragraph styles (``splitLongWords``); see
:mod:`advisor.report.styles`.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from advisor.report.fonts import FONTS, covered

__all__ = ["clean", "is_devanagari", "markup", "needs_shaping", "plain", "shorten"]

SUBSTITUTE = "\ufffd"
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Bidi embeddings, overrides, isolates and marks; the BOM and other invisible format
# characters that could hide or reorder text. ZWJ and ZWNJ stay: Devanagari needs them.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\u061c\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NONCHAR = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
_JOINERS = frozenset("\u200c\u200d\u25cc")
_SPACES = re.compile(r"([ \n]+)")
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def clean(text: str) -> str:
    """``text`` without what must never reach a PDF; line breaks become ``\\n``."""
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("", text)
    text = _NONCHAR.sub("", text)
    return _INVISIBLE.sub("", text)


def plain(text: str, limit: int = 500) -> str:
    """One clean line (for metadata, bookmarks and headers), at most ``limit`` characters."""
    return shorten(" ".join(clean(text).split()), limit)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis when it was longer."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def is_devanagari(char: str) -> bool:
    """True for letters, signs and digits of the Devanagari blocks."""
    code = ord(char)
    return 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF


def _drawable(char: str, latin: str) -> str:
    """``char`` if the Latin font has it, nothing for an invisible mark, else U+FFFD."""
    if char == "\n" or covered(char, latin):
        return char
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):  # variation selectors, tags
        return ""
    return SUBSTITUTE


def _script_of_word(word: str, latin: str) -> list[tuple[bool, str]]:
    """(is_devanagari, char) for one word, with undrawable characters substituted.

    reportlab shapes a whole word with the font of its first character, so a word must
    never mix fonts. In a word with Devanagari, punctuation and digits go with the
    letter they belong to (an opening bracket with the next letter, anything else with
    the one before), and where Latin letters meet Devanagari a space splits the word.
    """
    if not _DEVANAGARI.search(word):
        return [(False, c) for c in (_drawable(c, latin) for c in word) if c]
    scripts: list[bool | None] = []
    for char in word:
        if is_devanagari(char) or char in _JOINERS:
            scripts.append(True)
        elif unicodedata.category(char).startswith(("L", "M")):
            scripts.append(False)
        else:
            scripts.append(None)
    for index, char in enumerate(word):
        if scripts[index] is not None:
            continue
        forward = unicodedata.category(char) in ("Ps", "Pi")
        order = (*scripts[index + 1 :], *reversed(scripts[:index]))
        if not forward:
            order = (*reversed(scripts[:index]), *scripts[index + 1 :])
        near = next((s for s in order if s is not None), False)
        scripts[index] = bool(near) and covered(char, FONTS.deva)
    chars: list[tuple[bool, str]] = []
    for char, deva in zip(word, scripts, strict=True):
        drawn = char if deva else _drawable(char, latin)
        if not drawn:
            continue
        if chars and chars[-1][0] != deva:
            chars.append((False, " "))  # a word break: never one word in two fonts
        chars.append((bool(deva), drawn))
    return chars


def _runs(text: str, latin: str) -> list[tuple[bool, str]]:
    """Split ``text`` into (is_devanagari, run) pieces, substituting undrawable chars."""
    runs: list[tuple[bool, list[str]]] = []
    for piece in _SPACES.split(text):
        if not piece:
            continue
        if _SPACES.fullmatch(piece):
            chars = [(bool(runs) and runs[-1][0], c) for c in piece]  # spaces continue a run
        else:
            chars = _script_of_word(piece, latin)
        for deva, char in chars:
            if runs and runs[-1][0] == deva:
                runs[-1][1].append(char)
            else:
                runs.append((deva, [char]))
    return [(deva, "".join(chars)) for deva, chars in runs]


def needs_shaping(markup: str) -> bool:
    """True when paragraph markup made by :func:`markup` holds a Devanagari run."""
    return f'name="{FONTS.deva}' in markup


def markup(text: str, latin: str = FONTS.regular) -> str:
    """Paragraph markup that prints ``text`` literally in the given Latin font's family.

    ``latin`` is the font of the paragraph style (regular or bold); Devanagari runs get
    the matching Devanagari face.
    """
    text = clean(text)
    if not _DEVANAGARI.search(text):  # the common case: one run, checked quickly
        drawable = _NON_ASCII.sub(lambda m: _drawable(m.group(), latin), text)
        return escape(drawable).replace("\n", "<br/>")
    deva_font = FONTS.devanagari_for(latin)
    pieces = []
    for deva, run in _runs(text, latin):
        escaped = escape(run).replace("\n", "<br/>")
        if deva:
            pieces.append(f'<font name="{deva_font}">{escaped}</font>')
        else:
            pieces.append(escaped)
    return "".join(pieces)
