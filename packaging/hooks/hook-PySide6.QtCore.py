"""PyInstaller's own PySide6 hook, minus Qt plugins Khabarkhan never loads (see qt_trim.py)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_trim import qt6_dependencies

hiddenimports, binaries, datas = qt6_dependencies(__file__)
