"""Branding logos: a bad image (broken, huge, wrong type) gives a clear message; a good one fits.

Cases: a 20000x20000 PNG (a real header claiming that size, a few bytes on disk), a
CMYK JPEG, an animated GIF, an SVG (named .svg and .png), a 0-byte file, an executable
renamed .png, a missing path; plus a folder, a truncated PNG, palette and transparent
images, and images just under and over the size limit.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from advisor.report.logo import MAX_PIXELS, load_logo

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(1)</script><image href="file:///etc/passwd"/></svg>'
)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny valid PNG whose header claims ``width`` x ``height`` pixels."""
    small = io.BytesIO()
    Image.new("RGB", (1, 1), "white").save(small, "PNG")
    raw = bytearray(small.getvalue())
    raw[16:24] = struct.pack(">II", width, height)  # IHDR width and height
    raw[29:33] = struct.pack(">I", zlib.crc32(bytes(raw[12:29])) & 0xFFFFFFFF)
    return bytes(raw)


def image_bytes(mode: str, size: tuple[int, int], fmt: str, **kw: object) -> bytes:
    out = io.BytesIO()
    colour: object = (0, 128, 200, 255)[: len(mode)] if mode in ("RGB", "RGBA", "CMYK") else 80
    Image.new(mode, size, colour).save(out, fmt, **kw)
    return out.getvalue()


def animated_gif() -> bytes:
    frames = [Image.new("P", (40, 20), i * 40) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


@pytest.fixture
def put(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("wide.png", lambda: png_claiming(MAX_PIXELS + 1, 10), ("too large",)),
        ("anim.gif", animated_gif, ("GIF",)),
        ("anim-renamed.png", animated_gif, ("GIF",)),
        ("logo.svg", lambda: SVG, ("not a PNG or JPEG",)),
        ("svg-renamed.png", lambda: SVG, ("not a PNG or JPEG",)),
        ("empty.png", lambda: b"", ("empty",)),
        ("program.png", lambda: b"MZ\x90\x00\x03" + b"\x00" * 200, ("not a PNG or JPEG",)),
        ("elf.png", lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 200, ("not a PNG or JPEG",)),
        ("cut.png", lambda: image_bytes("RGB", (64, 64), "PNG")[:60], ("damaged", "not a PNG")),
        ("bmp.png", lambda: image_bytes("RGB", (8, 8), "BMP"), ("BMP",)),
    ],
)
def test_bad_images_give_one_clear_message(put, name, make, words):
    path = put(name, make())
    with pytest.raises(ValueError, match="logo") as exc:
        load_logo(path)
    message = str(exc.value)
    assert any(w in message for w in words), message
    assert "\n" not in message
    assert name in message  # says which file


@pytest.mark.parametrize(
    "size",
    [
        pytest.param((20000, 20000), id="20000x20000"),  # Pillow: bomb error
        pytest.param((12000, 12000), id="12000x12000"),  # Pillow: bomb warning
        pytest.param((6000, 6000), id="6000x6000"),  # under Pillow's limit, over ours
    ],
)
def test_huge_png_says_too_large(put, size):
    path = put("huge.png", png_claiming(*size))
    with pytest.raises(ValueError, match="too large") as exc:
        load_logo(path)
    assert "huge.png" in str(exc.value)


def test_huge_png_is_refused_cheaply(put):
    """Whatever the wording, a 20000x20000 PNG never gets decoded (it would need 1.2 GB)."""
    import time

    path = put("huge.png", png_claiming(20000, 20000))
    started = time.perf_counter()
    with pytest.raises(ValueError, match=r"logo .*huge\.png"):
        load_logo(path)
    assert time.perf_counter() - started < 1.0


def test_missing_path(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        load_logo(tmp_path / "nowhere" / "logo.png")


def test_folder_is_not_a_logo(tmp_path):
    with pytest.raises(ValueError, match="this is a folder, not a logo"):
        load_logo(tmp_path)


def test_huge_file_on_disk_is_refused_before_decoding(put):
    path = put("padded.png", image_bytes("RGB", (4, 4), "PNG") + b"\x00" * (11 * 1024 * 1024))
    with pytest.raises(ValueError, match="10 MB"):
        load_logo(path)


@pytest.mark.parametrize(
    ("name", "mode", "fmt"),
    [
        ("cmyk.jpg", "CMYK", "JPEG"),
        ("grey.jpg", "L", "JPEG"),
        ("palette.png", "P", "PNG"),
        ("alpha.png", "RGBA", "PNG"),
        ("grey-alpha.png", "LA", "PNG"),
        ("mono.png", "1", "PNG"),
        ("deep.png", "I;16", "PNG"),
    ],
)
def test_odd_colour_modes_are_normalised(put, name, mode, fmt):
    path = put(name, image_bytes(mode, (300, 100), fmt))
    logo = load_logo(path)
    assert logo.drawWidth == pytest.approx(160)
    assert logo.drawHeight == pytest.approx(160 / 3)


def test_transparent_palette_png(put):
    image = Image.new("P", (50, 50), 0)
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    logo = load_logo(put("tpal.png", out.getvalue()))
    assert logo.drawWidth > 0


@pytest.mark.parametrize(
    ("size", "box", "expected"),
    [
        ((400, 100), (160, 64), (160, 40)),  # wide: width limits
        ((100, 400), (160, 64), (16, 64)),  # tall: height limits
        ((10, 10), (160, 64), (64, 64)),  # tiny: scaled up to the box, square kept
        ((4000, 4000), (100, 100), (100, 100)),  # largest allowed
    ],
)
def test_valid_logo_fits_the_box_without_distortion(put, size, box, expected):
    path = put("ok.png", image_bytes("RGB", size, "PNG"))
    logo = load_logo(path, max_width=box[0], max_height=box[1])
    assert (logo.drawWidth, logo.drawHeight) == pytest.approx(expected)
    assert logo.drawWidth / logo.drawHeight == pytest.approx(size[0] / size[1])
    assert logo.drawWidth <= box[0] + 1e-6 and logo.drawHeight <= box[1] + 1e-6


def test_shipped_example_logo_loads():
    from advisor.resources import resource_path

    logo = load_logo(resource_path("examples/branding-logo.png"))
    assert logo.drawWidth <= 160 and logo.drawHeight <= 64
