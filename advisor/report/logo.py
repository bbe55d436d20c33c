"""Loading a branding logo for the cover: checked, normalised and scaled to fit.

The only file a report reads besides its fonts. Refused with a clear ``ValueError``:
a missing, empty or unreadable file, anything but PNG or JPEG (an SVG, a GIF, an
executable renamed ``.png``), a file over 10 MB and an image over 4000 x 4000 pixels
(also what Pillow calls a decompression bomb). CMYK, palette, grey and transparent
images become plain RGB on white, so every PDF viewer and printer shows the same thing.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from reportlab.platypus import Image

from advisor.domain.field_error import WordedError
from advisor.domain.limits import MAX_LOGO_BYTES, MAX_LOGO_PIXELS
from advisor.files import FileReadError, read_bounded

__all__ = ["MAX_BYTES", "MAX_PIXELS", "load_logo"]

MAX_BYTES = MAX_LOGO_BYTES
MAX_PIXELS = MAX_LOGO_PIXELS
_FORMATS = {"PNG", "JPEG"}


def _read(path: Path) -> bytes:
    try:
        data = read_bounded(path, MAX_BYTES, "a logo (a PNG or JPEG image)")
    except FileReadError as exc:
        reason = WordedError(exc.key, **exc.values)
        raise WordedError("file.logo.unreadable", path=str(path), reason=reason) from None
    if not data:
        raise WordedError("file.logo.empty", path=str(path))
    return data


def _normalised_png(path: Path, data: bytes) -> tuple[bytes, int, int]:
    """The logo re-encoded as an RGB PNG, and its size in pixels."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data)) as image:
                if image.format not in _FORMATS:
                    kind = image.format or "unknown"
                    raise WordedError("file.logo.format", path=str(path), format=kind)
                width, height = image.size
                if width > MAX_PIXELS or height > MAX_PIXELS:
                    raise WordedError(
                        "file.logo.pixels",
                        path=str(path),
                        width=width,
                        height=height,
                        most=MAX_PIXELS,
                    )
                if width < 1 or height < 1:
                    raise WordedError("file.logo.no_pixels", path=str(path))
                image.seek(0)  # an animated PNG: its first frame
                rgb = _to_rgb(image)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise WordedError("file.logo.too_large", path=str(path), most=MAX_PIXELS) from None
    except UnidentifiedImageError:
        raise WordedError("file.logo.not_image", path=str(path)) from None
    except (OSError, SyntaxError, EOFError) as exc:
        raise WordedError("file.logo.damaged", path=str(path), detail=str(exc)) from None
    out = io.BytesIO()
    rgb.save(out, format="PNG", optimize=False)
    return out.getvalue(), width, height


def _to_rgb(image: object) -> object:
    """RGB, with any transparency flattened onto white."""
    from PIL import Image as PILImage

    img: PILImage.Image = image  # type: ignore[assignment]
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(background, rgba).convert("RGB")
    return img.convert("RGB")  # CMYK, palette, grey


def load_logo(path: Path | str, max_width: float = 160, max_height: float = 64) -> Image:
    """The logo at ``path`` as a flowable no larger than ``max_width`` x ``max_height`` points.

    The aspect ratio is kept. Raises ``ValueError`` with a one-line message when the file
    cannot be used.
    """
    path = Path(path)
    png, width, height = _normalised_png(path, _read(path))
    scale = min(max_width / width, max_height / height)
    flowable = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    flowable.hAlign = "RIGHT"
    return flowable
