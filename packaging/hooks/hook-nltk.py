"""Replaces pyinstaller-hooks-contrib's nltk hook for the Khabarkhan bundle.

The stock hook copies every nltk_data folder it finds on the build machine (often gigabytes)
and nltk's test suite into the bundle. hazm's Normalizer and tokenizers need neither: only
nltk's code and its VERSION file, which nltk/__init__.py reads at import time.
"""

from PyInstaller.utils.hooks import get_package_paths

_, _nltk_dir = get_package_paths("nltk")
datas = [(f"{_nltk_dir}/VERSION", "nltk")]
excludedimports = ["nltk.app", "nltk.draw", "nltk.chat", "nltk.test", "tkinter"]
