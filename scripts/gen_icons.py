#!/usr/bin/env python3
"""Draws the app icons (public/icons/icon-192.png, icon-512.png) with the stdlib only.

The same picture as public/icons/icon.svg: two overlapping rings on a dark square.
Run once when the icon changes; the PNGs are committed.
"""
import struct
import zlib
from pathlib import Path

BG = (0x1F, 0x3A, 0x5F)
LEFT = (0x9C, 0xC3, 0xF0)
RIGHT = (0xF2, 0xA6, 0x5A)


def pixel(x: float, y: float) -> tuple:
    # Coordinates in the 64x64 space of the SVG.
    for cx, colour in ((38, RIGHT), (26, LEFT)):
        d = ((x - cx) ** 2 + (y - 32) ** 2) ** 0.5
        if abs(d - 14) <= 2.5:
            return colour
    return BG


def png(size: int) -> bytes:
    # Three colours: an indexed image, two bits a pixel, each row after the first
    # stored as its difference from the row above (PNG filter 2), which zlib packs
    # far smaller than raw RGB rows.
    palette = [BG, LEFT, RIGHT]
    per_byte = 4
    width = (size + per_byte - 1) // per_byte
    rows = bytearray()
    above = bytes(width)
    for py in range(size):
        line = bytearray(width)
        for px in range(size):
            index = palette.index(pixel((px + 0.5) * 64 / size, (py + 0.5) * 64 / size))
            line[px // per_byte] |= index << (6 - 2 * (px % per_byte))
        rows.append(2)
        rows.extend((b - a) & 0xFF for b, a in zip(line, above))
        above = bytes(line)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 2, 3, 0, 0, 0)
    plte = b"".join(bytes(c) for c in palette)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"PLTE", plte)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "public" / "icons"
    for size in (192, 512):
        (out / f"icon-{size}.png").write_bytes(png(size))
