"""Shared by the hook-PySide6.Qt*.py overrides: PyInstaller's Qt hooks minus unused plugins.

PyInstaller collects every plugin of every Qt module the app links, and then every system
library those plugins need. Dropping a plugin here, before the dependency analysis, keeps its
libraries out as well (e.g. the GTK3 platform theme pulls GTK, cairo and pango; the VNC platform
and TUIO input plugins pull QtNetwork and Kerberos). Plugins the app needs stay: the xcb, wayland,
offscreen, windows and cocoa platforms, the xdg-desktop-portal theme (native file dialogs), input
contexts (compose keys, IBus), SVG image/icon support, the widget styles.
"""

from __future__ import annotations

from pathlib import PurePath

# plugin folder -> plugin file stems to drop ("*" = the whole folder)
DROP: dict[str, set[str]] = {
    "egldeviceintegrations": {"*"},  # EGLFS (embedded full-screen) only
    "generic": {"*"},  # evdev/tslib/TUIO input for EGLFS/linuxfb
    "platforms": {
        "qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qminimal", "qdirect2d",
    },
    "platformthemes": {"qgtk3"},
    "imageformats": {
        "qgif", "qjpeg", "qtiff", "qwebp", "qtga", "qwbmp", "qpdf", "qicns", "qmacheif", "qmacjp2",
    },
    "wayland-shell-integration": {
        "ivi-shell", "fullscreen-shell-v1", "wl-shell-plugin", "qt-shell",
    },
    "wayland-graphics-integration-client": {
        "dmabuf-server", "drm-egl-server", "shm-emulation-server", "vulkan-server",
    },
}  # fmt: skip


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(src: str, dest: str) -> bool:
    """False for a Qt plugin listed in DROP; True for everything else (libraries, data)."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "plugins" not in parts or parts[-1] == "plugins":
        return True
    folder = parts[parts.index("plugins") + 1]
    drop = DROP.get(folder, set())
    return not ("*" in drop or _stem(PurePath(src).name) in drop)


def qt6_dependencies(hook_file: str) -> tuple[list, list, list]:
    """What PyInstaller's stock hook for this module returns, minus the dropped plugins."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # only inside PyInstaller

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if keep_plugin(src, dest)]
    return hiddenimports, binaries, datas
