"""A true text layer for shaped text: every glyph cluster extracts as the letters it shows.

reportlab shapes Devanagari with HarfBuzz and then writes, for each glyph, one character
code whose ToUnicode entry is the glyph's own character, or a private-use code point when
the glyph has none (conjuncts such as र्य, क्ष, half forms, reph). Copying, searching,
screen readers, pdftotext and pypdf then read "नयात" for "निर्यात": a vowel sign drawn
before its consonant comes out first, a conjunct comes out as nothing.

:func:`install` fixes it at the source. After shaping, each cluster (the glyphs HarfBuzz
made from one run of characters) is given its real text: the first glyphs in drawing
order get one character each and the last gets the rest, so the cluster's codes read back
as exactly its characters. Where a glyph's own character would already read right it is
kept; otherwise the glyph gets a code of its own for that piece of text (the same glyph,
so the page looks the same), and the font's ToUnicode map says what the code stands for.
Ligatures of Latin text ("ﬁ") read back as their letters ("fi") the same way.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["install", "is_installed"]

_FIRST_CODE = 0xF000  # reportlab numbers its own private codes up from 0xE000
_LAST_CODE = 0xF800  # reportlab's limit for private codes
_texts: dict[tuple[str, int], str] = {}  # (face, code) -> the text the code stands for
_codes: dict[tuple[str, int, str, float], int] = {}  # (face, glyph, text, width) -> code
_GAP = 5  # a move right between glyphs may read as a space to extractors (pdftotext: small)
_state: dict[str, Any] = {"installed": False}
_LOCK = threading.Lock()


def _face_name(ttf: Any) -> str:
    name = ttf.face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _code_for(ttf: Any, gid: int, piece: str, width: float) -> int:
    """A code drawing glyph ``gid`` of ``ttf``, ``width`` wide, that reads back as ``piece``."""
    with _LOCK:  # reports may be rendered in several threads at once
        return _allocate(ttf, gid, piece, width)


def _allocate(ttf: Any, gid: int, piece: str, width: float) -> int:
    face, name = ttf.face, _face_name(ttf)
    width = round(width, 1)
    key = (name, gid, piece, width)
    code = _codes.get(key)
    if code is not None and face.charToGlyph.get(code) == gid:
        return code
    code = _FIRST_CODE
    while code in face.charToGlyph:
        code += 1
    if code > _LAST_CODE:  # pragma: no cover - thousands of distinct clusters in one font
        raise ValueError("too many distinct glyph clusters for the PDF text layer")
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = width
    _codes[key] = code
    _texts[(name, code)] = piece
    return code


def _pieces(text: str, count: int) -> list[str]:
    """``text`` split over ``count`` glyphs in drawing order: one letter each, the rest last."""
    if count <= 1:
        return [text]
    head = [text[i] if i < len(text) else "" for i in range(count - 1)]
    return [*head, text[count - 1 :] if len(text) >= count else ""]


def _source_text(word: Any) -> str:
    return "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))


def _relabel(original_word: Any, shaped: Any) -> Any:
    """Give the glyphs of a shaped frag word codes that read back as their clusters.

    Two things are fixed per glyph. Its text: the cluster's characters, in reading order.
    Its width: a mark drawn with an offset makes reportlab move the pen right again after
    it, which extractors read as a space inside the word ("कं टेनर"); a glyph whose width
    is where the next glyph starts leaves no such move.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr

    text = _source_text(original_word)
    runs = [
        (i, part) for i, part in enumerate(shaped[1:], start=1) if isinstance(part[1], ShapedStr)
    ]
    glyphs = [(i, p, f, d.cluster) for i, (f, s) in runs for p, d in enumerate(s.__shapeData__)]
    if not glyphs:
        return shaped
    starts = sorted({g[3] for g in glyphs if 0 <= g[3] <= len(text)})
    ends = {s: (starts[n + 1] if n + 1 < len(starts) else len(text)) for n, s in enumerate(starts)}
    chars = {index: list(string) for index, (_f, string) in runs}
    pieces = {(i, p): chars[i][p] for i, p, _f, _c in glyphs}
    by_cluster: dict[int, list[tuple[int, int]]] = {}
    for index, position, _frag, cluster in glyphs:
        by_cluster.setdefault(cluster, []).append((index, position))
    for cluster, members in by_cluster.items():
        if cluster not in ends:
            continue
        cluster_text = text[cluster : ends[cluster]]
        if "".join(pieces[m] for m in members) != cluster_text:
            split = _pieces(cluster_text, len(members))
            pieces.update(zip(members, split, strict=True))
    for index, (frag, string) in runs:
        ttf = pdfmetrics.getFont(frag.fontName)
        data = list(string.__shapeData__)
        for position, sd in enumerate(data):
            nxt = data[position + 1].x_offset if position + 1 < len(data) else 0
            after = sd.width - sd.x_advance + sd.x_offset - nxt  # the TJ move to the next glyph
            width = sd.width
            if after < -_GAP:
                width = max(0.0, sd.x_advance - sd.x_offset + nxt)
            piece = pieces[(index, position)]
            current = chars[index][position]
            if piece == current and width == sd.width:
                continue
            gid = ttf.face.charToGlyph.get(ord(current))
            if gid is None:
                continue
            chars[index][position] = chr(_code_for(ttf, gid, piece, width))
            data[position] = sd._replace(width=round(width, 1))
        new = ShapedStr("".join(chars[index]), shapeData=data)
        shaped[index] = (frag, new) if isinstance(shaped[index], tuple) else [frag, new]
    return shaped


def _wrap(original: Any) -> Any:
    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        from reportlab.pdfbase.ttfonts import ShapedFragWord

        if isinstance(word, ShapedFragWord):
            return original(word, *args, **kwargs)
        shaped = original(word, *args, **kwargs)
        if shaped is word or not isinstance(shaped, ShapedFragWord):
            return shaped
        return _relabel(word, shaped)

    shape_frag_word.__wrapped__ = original  # type: ignore[attr-defined]
    return shape_frag_word


def _to_unicode_cmap(original: Any) -> Any:
    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        face = fontname.split("+", 1)[-1]
        names = {n for n, _c in _texts if face.startswith(n)}
        for index, value in enumerate(subset):
            piece = next((_texts[(n, value)] for n in names if (n, value) in _texts), None)
            if piece is None:
                continue
            hex_text = piece.encode("utf-16-be").hex().upper()
            text = text.replace(f"<{index:02X}> <{value:04X}>", f"<{index:02X}> <{hex_text}>", 1)
        return text

    make_to_unicode_cmap.__wrapped__ = original  # type: ignore[attr-defined]
    return make_to_unicode_cmap


def install() -> None:
    """Patch reportlab's shaping and ToUnicode maps (once per process)."""
    if _state["installed"]:
        return
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen import canvas
    from reportlab.platypus import paragraph

    shaped = _wrap(ttfonts.shapeFragWord)
    for module in (ttfonts, paragraph, canvas):
        module.shapeFragWord = shaped  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap(ttfonts.makeToUnicodeCMap)  # type: ignore[attr-defined]
    _state["installed"] = True


def is_installed() -> bool:
    """True once :func:`install` has run."""
    return bool(_state["installed"])
