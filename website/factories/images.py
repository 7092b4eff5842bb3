"""Illustrations drawn locally with Pillow, so images made by factories and the demo never download anything.

Each image is a calm abstract composition whose colours and shapes follow from a seed string,
so the same title always gives the same picture (and reruns of the demo stay identical).
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ((0, 102, 94), (246, 243, 238), (124, 88, 0)),
    ((55, 48, 163), (238, 240, 250), (154, 52, 18)),
    ((122, 31, 92), (250, 240, 245), (22, 101, 52)),
    ((154, 52, 18), (253, 240, 234), (0, 71, 64)),
    ((22, 101, 52), (238, 247, 240), (55, 48, 163)),
    ((124, 88, 0), (255, 247, 224), (122, 31, 92)),
]


def illustration(seed: str, width: int = 1600, height: int = 900) -> bytes:
    """PNG bytes of a deterministic illustration for ``seed``."""
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))
    primary, background, accent = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for _ in range(9):
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = primary if rng.random() < 0.6 else accent
        alpha_mix = rng.uniform(0.25, 0.8)
        fill = tuple(int(c * alpha_mix + b * (1 - alpha_mix)) for c, b in zip(colour, background, strict=True))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    image = image.filter(ImageFilter.GaussianBlur(radius=6))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
