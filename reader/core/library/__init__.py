"""The SQLite article library: schema, queries, import pipeline.

``Library`` is the API the CLI and the GUI code against (see the team brief's
"Library API"); ``reader.core.library.importing.import_paths`` fills it.
"""

from reader.core.library.records import ArticleRow, LibraryStats, StoredArticle
from reader.core.library.store import (
    DamagedLibraryError,
    Library,
    LibraryError,
    needs_migration,
    set_aside,
)

__all__ = [
    "ArticleRow",
    "DamagedLibraryError",
    "Library",
    "LibraryError",
    "LibraryStats",
    "StoredArticle",
    "needs_migration",
    "set_aside",
]
