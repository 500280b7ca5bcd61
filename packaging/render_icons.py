"""Render the app icon's PNG, ICO and ICNS files from the SVGs in resources/icons/.

Why a script: the PNG sizes (hicolor theme for Linux), the Windows .ico and the macOS .icns must
all stay in step with the SVG. Rendering uses Qt's own SVG renderer (offscreen), so nothing but
the project's venv is needed:  uv run python packaging/render_icons.py
16-32 px come from khabarkhan-small.svg (pixel-aligned, heavier letter), larger sizes from
khabarkhan.svg. ICO and ICNS are written by hand: both are simple containers of PNG images.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.khabarkhan.Khabarkhan"
ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32


def render(size: int) -> bytes:
    """PNG bytes of the icon at size x size pixels."""
    svg = ICONS / ("khabarkhan-small.svg" if size <= SMALL_MAX else "khabarkhan.svg")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """A macOS .icns of PNG entries (what `iconutil -c icns` produces from an .iconset)."""
    types = [
        ("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64),
        ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512),
    ]  # fmt: skip
    body = b""
    for code, size in types:
        blob = pngs[size]
        body += code.encode("ascii") + struct.pack(">I", len(blob) + 8) + blob
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need an application
    pngs = {size: render(size) for size in SIZES}
    for size, blob in pngs.items():
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    write_ico(ROOT / "packaging" / "windows" / "khabarkhan.ico", pngs)
    write_icns(ROOT / "packaging" / "macos" / "khabarkhan.icns", pngs)
    print(f"wrote {len(pngs)} PNG sizes, khabarkhan.ico and khabarkhan.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
