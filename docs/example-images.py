#!/usr/bin/env python3
"""Regenerate the illustrations of the built-in example bundle (jobs, events, stories).

Flat, abstract pictures made of simple shapes: no text, no faces, nothing that could be
taken for a photo of a real person. Each is 1200x675 (16:9) and kept small with a reduced
palette.

    pip install pillow
    python3 docs/example-images.py            # writes into assets/bundle/images/

Used by:
    migrants-day-candles.png  events/international-migrants-day.toml
    film-screening.png        events/film-festival-screening.toml
    language-cafe.png         events/language-cafe-evening.toml
    bakery.png                jobs/bakery-apprentice.toml
    fruit-picking.png         jobs/seasonal-fruit-picker.toml
    story-portrait.png        stories/*.toml
"""

from pathlib import Path
import sys

from PIL import Image, ImageDraw, ImageFilter

W, H = 1200, 675
S = 2  # draw at twice the size, then scale down for smooth edges
OUT = Path(__file__).resolve().parent.parent / "assets" / "bundle" / "images"
MAX_BYTES = 150 * 1024


def canvas(top, bottom=None):
    """A new RGBA picture, filled with a colour or a soft vertical gradient."""
    img = Image.new("RGBA", (W * S, H * S), top)
    if bottom is not None:
        d = ImageDraw.Draw(img)
        steps = 24  # a few wide bands compress far better than a smooth gradient
        band = H * S / steps
        for i in range(steps):
            t = i / (steps - 1)
            c = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom))
            d.rectangle([0, round(i * band), W * S, round((i + 1) * band) + 1], fill=c)
    return img


def s(*v):
    """Scale coordinates to the drawing size."""
    return [round(x * S) for x in v]


def glow(img, centre, radius, colour, strength=110):
    """A soft round light."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x, y = centre
    d.ellipse(s(x - radius, y - radius, x + radius, y + radius), fill=colour + (strength,))
    layer = layer.filter(ImageFilter.GaussianBlur(radius * S / 2.5))
    img.alpha_composite(layer)


def save(img, name, colours=128):
    small = img.convert("RGB").resize((W, H), Image.LANCZOS)
    pal = small.quantize(colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path = OUT / name
    pal.save(path, optimize=True)
    size = path.stat().st_size
    print(f"{path.name}: {size // 1024} KB")
    if size > MAX_BYTES:
        sys.exit(f"{name} is larger than {MAX_BYTES // 1024} KB")


def candles():
    img = canvas((38, 44, 92), (84, 70, 128))
    d = ImageDraw.Draw(img)
    # stars
    for x, y, r in [(90, 80, 3), (240, 140, 2), (420, 60, 3), (700, 110, 2), (880, 70, 3),
                    (1040, 150, 2), (1130, 60, 3), (560, 170, 2), (150, 230, 2), (990, 250, 2)]:
        d.ellipse(s(x - r, y - r, x + r, y + r), fill=(255, 240, 200))
    # table
    d.rectangle(s(0, 560, W, H), fill=(62, 48, 84))
    d.rectangle(s(0, 548, W, 566), fill=(96, 78, 120))
    specs = [(250, 170, (244, 226, 206)), (390, 250, (250, 206, 190)), (530, 200, (236, 232, 214)),
             (670, 290, (246, 214, 170)), (810, 180, (250, 206, 190)), (950, 230, (244, 226, 206))]
    for x, h, c in specs:
        top = 552 - h
        glow(img, (x, top - 40), 90, (255, 196, 110), 120)
    d = ImageDraw.Draw(img)
    for x, h, c in specs:
        top = 552 - h
        d.rounded_rectangle(s(x - 34, top, x + 34, 556), radius=10 * S, fill=c)
        d.rectangle(s(x - 34, top + 24, x - 22, 556), fill=tuple(max(0, v - 24) for v in c))
        d.line(s(x, top, x, top - 14), fill=(70, 60, 60), width=3 * S)
        d.ellipse(s(x - 14, top - 58, x + 14, top - 10), fill=(255, 176, 64))
        d.ellipse(s(x - 7, top - 40, x + 7, top - 14), fill=(255, 236, 150))
    save(img, "migrants-day-candles.png")


def film():
    img = canvas((34, 38, 60), (52, 46, 74))
    d = ImageDraw.Draw(img)
    d.ellipse(s(150, -40, 1050, 500), fill=(50, 54, 84))
    # screen frame and picture: hills, a sun and a small boat on the sea
    d.rounded_rectangle(s(230, 50, 970, 420), radius=12 * S, fill=(20, 22, 36))
    sx0, sy0, sx1, sy1 = 250, 68, 950, 402
    screen = Image.new("RGBA", (W * S, H * S), (0, 0, 0, 0))
    sd = ImageDraw.Draw(screen)
    sd.rectangle(s(sx0, sy0, sx1, sy1), fill=(250, 214, 160))
    sd.ellipse(s(640, 110, 760, 230), fill=(255, 168, 96))
    sd.polygon(s(sx0, 300, 380, 200, 520, 290, 650, 220, 800, 300, sx1, 240, sx1, sy1, sx0, sy1),
               fill=(120, 170, 140))
    sd.rectangle(s(sx0, 330, sx1, sy1), fill=(96, 150, 190))
    sd.polygon(s(430, 340, 520, 340, 505, 362, 445, 362), fill=(70, 60, 80))
    sd.polygon(s(474, 336, 474, 290, 505, 332), fill=(250, 246, 236))
    mask = Image.new("L", (W * S, H * S), 0)
    ImageDraw.Draw(mask).rectangle(s(sx0, sy0, sx1, sy1), fill=255)
    img.paste(screen, (0, 0), Image.composite(screen, Image.new("RGBA", screen.size), mask))
    d = ImageDraw.Draw(img)
    # floor and rows of empty seats
    d.rectangle(s(0, 470, W, H), fill=(44, 36, 56))
    for row, (y, colour) in enumerate([(480, (176, 72, 88)), (560, (196, 84, 98))]):
        n = 9 - row
        w = 110 + row * 14
        start = (W - n * w) / 2
        for i in range(n):
            x = start + i * w
            d.rounded_rectangle(s(x + 8, y, x + w - 8, y + 70), radius=18 * S, fill=colour)
            d.rounded_rectangle(s(x + 8, y + 52, x + w - 8, y + 100), radius=12 * S,
                                fill=tuple(max(0, v - 40) for v in colour))
    save(img, "film-screening.png")


def cafe():
    img = canvas((253, 236, 214), (248, 222, 196))
    d = ImageDraw.Draw(img)
    # empty speech bubbles in many colours: many languages, no words
    bubbles = [(120, 70, 330, 190, (120, 178, 170)), (420, 40, 620, 150, (236, 146, 120)),
               (700, 80, 930, 200, (150, 160, 214)), (960, 40, 1130, 140, (244, 196, 96))]
    for x0, y0, x1, y1, c in bubbles:
        d.rounded_rectangle(s(x0, y0, x1, y1), radius=40 * S, fill=c)
        mx = (x0 + x1) / 2
        d.polygon(s(mx - 20, y1 - 4, mx + 20, y1 - 4, mx - 10, y1 + 36), fill=c)
        for k in range(3):
            cx = mx - 40 + k * 40
            cy = (y0 + y1) / 2
            d.ellipse(s(cx - 9, cy - 9, cx + 9, cy + 9), fill=(255, 250, 240))
    # table
    d.ellipse(s(170, 330, 1030, 560), fill=(196, 128, 84))
    d.ellipse(s(170, 312, 1030, 536), fill=(222, 156, 104))
    d.rectangle(s(560, 520, 640, H), fill=(170, 106, 70))
    # cups with steam
    cups = [(330, 400, (255, 250, 240)), (500, 370, (120, 178, 170)), (700, 372, (236, 146, 120)),
            (870, 404, (150, 160, 214))]
    for x, y, c in cups:
        d.ellipse(s(x - 62, y + 48, x + 62, y + 80), fill=(246, 236, 222))
        d.rounded_rectangle(s(x - 40, y - 10, x + 40, y + 62), radius=14 * S, fill=c)
        d.arc(s(x + 26, y + 4, x + 66, y + 44), start=-90, end=90, fill=c, width=9 * S)
        d.ellipse(s(x - 40, y - 22, x + 40, y + 2), fill=tuple(max(0, v - 30) for v in c))
        d.ellipse(s(x - 32, y - 17, x + 32, y - 3), fill=(140, 90, 60))
        for k in (-16, 14):
            d.arc(s(x + k - 12, y - 90, x + k + 12, y - 50), start=90, end=270,
                  fill=(190, 170, 160), width=5 * S)
            d.arc(s(x + k - 12, y - 58, x + k + 12, y - 26), start=-90, end=90,
                  fill=(190, 170, 160), width=5 * S)
    # a small plate of biscuits
    d.ellipse(s(560, 452, 700, 500), fill=(250, 244, 232))
    for bx in (592, 630, 668):
        d.ellipse(s(bx - 20, 458, bx + 20, 486), fill=(226, 178, 110))
    save(img, "language-cafe.png")


def bakery():
    img = canvas((250, 232, 204), (244, 216, 184))
    d = ImageDraw.Draw(img)
    # brick oven
    d.rounded_rectangle(s(760, 60, 1140, 520), radius=30 * S, fill=(196, 112, 84))
    d.pieslice(s(820, 180, 1080, 440), start=180, end=360, fill=(70, 44, 40))
    d.rectangle(s(820, 309, 1080, 390), fill=(70, 44, 40))
    for dx, h, c in [(-50, 50, (236, 120, 60)), (0, 74, (250, 150, 64)), (50, 56, (236, 120, 60)),
                     (0, 40, (255, 210, 120))]:
        d.ellipse(s(950 + dx - 30, 390 - h, 950 + dx + 30, 392), fill=c)
    d.rectangle(s(800, 390, 1100, 410), fill=(150, 84, 62))
    for y in (84, 118):
        for x in range(780, 1130, 70):
            off = 35 if (y // 34) % 2 else 0
            d.rounded_rectangle(s(x + off - 30, y, x + off + 24, y + 24), radius=5 * S, fill=(214, 134, 102))
    # shelves with bread
    for y in (250, 430):
        d.rectangle(s(60, y, 700, y + 18), fill=(150, 98, 64))
    loaves = [(140, 250, 90, 56), (270, 250, 110, 64), (410, 250, 90, 56), (560, 250, 130, 60),
              (130, 430, 100, 60), (280, 430, 120, 66), (430, 430, 80, 80), (580, 430, 120, 60)]
    for x, y, w, h in loaves:
        d.ellipse(s(x - w / 2, y - h, x + w / 2, y + 8), fill=(214, 150, 82))
        d.ellipse(s(x - w / 2 + 8, y - h + 6, x + w / 2 - 8, y - 4), fill=(232, 176, 104))
        for k in (-1, 0, 1):
            cx = x + k * w / 4.5
            d.line(s(cx - 10, y - h / 2 + 10, cx + 10, y - h / 2 - 10), fill=(246, 214, 160), width=5 * S)
    # counter
    d.rectangle(s(0, 560, W, H), fill=(132, 86, 60))
    d.rectangle(s(0, 548, W, 566), fill=(172, 116, 80))
    save(img, "bakery.png")


def fruit():
    img = canvas((200, 230, 244), (236, 244, 226))
    d = ImageDraw.Draw(img)
    d.ellipse(s(980, 40, 1100, 160), fill=(255, 214, 110))
    # hills
    d.ellipse(s(-200, 260, 700, 700), fill=(170, 206, 150))
    d.ellipse(s(400, 280, 1500, 760), fill=(150, 194, 136))
    d.rectangle(s(0, 470, W, H), fill=(128, 176, 112))
    # rows of fruit trees
    for i, x in enumerate(range(110, 1200, 200)):
        y = 380 + (i % 2) * 20
        d.rectangle(s(x - 10, y, x + 10, y + 120), fill=(120, 84, 60))
        d.ellipse(s(x - 90, y - 150, x + 90, y + 30), fill=(86, 150, 96))
        d.ellipse(s(x - 70, y - 170, x + 60, y - 40), fill=(100, 166, 106))
        for fx, fy in [(-50, -80), (-10, -120), (30, -60), (50, -110), (-30, -20), (20, -10)]:
            d.ellipse(s(x + fx - 12, y + fy - 12, x + fx + 12, y + fy + 12), fill=(226, 84, 74))
    # a crate full of fruit
    d.rectangle(s(520, 520, 700, 620), fill=(196, 146, 92))
    for y in (545, 585):
        d.rectangle(s(520, y, 700, y + 8), fill=(168, 120, 72))
    for k, fx in enumerate(range(540, 700, 30)):
        d.ellipse(s(fx - 14, 496 + (k % 2) * 6, fx + 14, 524 + (k % 2) * 6), fill=(230, 92, 80))
    save(img, "fruit-picking.png")


def portrait():
    img = canvas((232, 224, 244), (246, 226, 222))
    d = ImageDraw.Draw(img)
    # soft round background shapes
    d.ellipse(s(330, 40, 870, 580), fill=(206, 196, 232))
    d.ellipse(s(80, 380, 320, 620), fill=(248, 206, 180))
    d.ellipse(s(900, 70, 1120, 290), fill=(190, 222, 206))
    # leaves
    for cx, cy, r in [(170, 200, 40), (230, 150, 34), (1000, 470, 44), (1070, 540, 34)]:
        d.ellipse(s(cx - r, cy - r / 2, cx + r, cy + r / 2), fill=(120, 176, 140))
    # an abstract person: a plain head and shoulders, no face
    d.pieslice(s(420, 420, 780, 780), start=180, end=360, fill=(96, 96, 150))
    d.rectangle(s(420, 599, 780, H), fill=(96, 96, 150))
    d.rounded_rectangle(s(572, 340, 628, 440), radius=16 * S, fill=(150, 110, 98))
    d.ellipse(s(525, 190, 675, 370), fill=(150, 110, 98))
    # a scarf in a warm colour
    d.pieslice(s(520, 400, 680, 480), start=0, end=180, fill=(236, 146, 110))
    save(img, "story-portrait.png")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    candles()
    film()
    cafe()
    bakery()
    fruit()
    portrait()


if __name__ == "__main__":
    main()
