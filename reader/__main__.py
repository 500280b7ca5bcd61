"""``python -m reader`` runs the ``khabarkhan`` command."""

from reader.cli import main

raise SystemExit(main())
