"""Draw the app icon (resources/icons/export-advisor.png): rising bars and an arrow.

Run once after changing the design; the PNG is committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
BLUE = (31, 92, 153, 255)
WHITE = (255, 255, 255, 255)
ORANGE = (230, 140, 30, 255)


def draw() -> Image.Image:
    """The icon at 256x256."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=48, fill=BLUE)
    base = 200
    for i, height in enumerate((50, 85, 120)):
        left = 52 + i * 52
        pen.rounded_rectangle((left, base - height, left + 36, base), radius=6, fill=WHITE)
    pen.line((50, 130, 120, 80, 150, 100, 208, 48), fill=ORANGE, width=14, joint="curve")
    pen.polygon(((214, 36), (222, 78), (180, 52)), fill=ORANGE)
    return image


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "resources" / "icons" / "export-advisor.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    draw().save(target, optimize=True)
    print(f"wrote {target}")
