"""Entry point of the frozen app (PyInstaller runs this file as __main__).

The installed console script `khabarkhan` calls reader.cli:main directly; a bundle needs a
script, and this one is it, so both start the same way.
"""

import multiprocessing
import sys

from reader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a library spawns processes on Windows
    sys.exit(main())
