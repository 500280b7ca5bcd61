"""``python -m reader`` runs the ``khabarkhan`` command."""

from reader.cli import main

# Guarded: import worker processes (multiprocessing "spawn") import this module
# as ``__mp_main__`` and must not run the command again.
if __name__ == "__main__":
    raise SystemExit(main())
