"""The library's SQLite schema and its forward migrations.

The schema version lives in ``PRAGMA user_version`` (and is mirrored in ``meta``
for humans); ``MIGRATIONS[i]`` upgrades version ``i`` to ``i + 1``. A library
written by a newer Khabarkhan is refused rather than silently damaged.

Design notes (why the columns look like this):
- ``published`` is a UTC epoch in seconds and NOT NULL: undated articles carry
  ``NO_DATE`` (far in the past) so every sort key is a plain comparable value and
  the date index doubles as the sort order (newest first ends with the undated).
- ``jmonth`` (Jalali ``year * 100 + month``, Tehran local) and ``jday`` make the
  timeline histograms an index-only ``GROUP BY``.
- ``site``/``source`` are ``''`` when unknown (NOT NULL keeps indexes simple).
- The covering sort indexes carry every column the list filters on, so a count or
  a deep ``OFFSET`` walks only the index, never the wide article rows.
- ``title_key`` is the *sort* form of the title (search key mapped so Persian
  letters sort alphabetically: پ after ب, not after ی).
- ``Article.raw`` (the whole source page) is not stored: the parsed fields keep
  their raw text, and ``origin_path``/``origin_index`` lead back to the source;
  storing (and compressing) every page cost a third of the import time.
- The FTS5 table is *contentless*: it indexes the search key (``search_key``) of
  title, lead and body, which is never needed back, so it is not stored twice.
  (SQLite here is 3.40: no ``contentless_delete``; articles are never deleted.)
  Its tokenizer is ``ascii`` (half the cost of ``unicode61``): the search key
  already folds everything, and ``index_text`` turns Persian punctuation into
  spaces for documents and queries alike.
"""

from __future__ import annotations

import sqlite3

NO_DATE = -(1 << 62)
"""``published`` value of an article whose date is unknown."""

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    overline TEXT NOT NULL DEFAULT '',
    lead TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '[]',
    news_code TEXT,
    published INTEGER NOT NULL,
    date_is_fallback INTEGER NOT NULL DEFAULT 0,
    jmonth INTEGER,
    jday INTEGER,
    site TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT,
    category TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    origin_path TEXT NOT NULL DEFAULT '',
    origin_index INTEGER,
    format TEXT NOT NULL DEFAULT '',
    content_hash INTEGER NOT NULL,
    title_key TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX ux_articles_hash ON articles(content_hash);
CREATE UNIQUE INDEX ux_articles_code ON articles(site, news_code)
    WHERE news_code IS NOT NULL AND site <> '';
CREATE INDEX ix_articles_date ON articles(published, site, source, read, starred);
CREATE INDEX ix_articles_site ON articles(site, published, source, read, starred);
CREATE INDEX ix_articles_source ON articles(source, published, site, read, starred);
CREATE INDEX ix_articles_title ON articles(title_key, published, site, source, read, starred);
CREATE INDEX ix_articles_month ON articles(jmonth, jday, site, source, read, starred);
CREATE INDEX ix_articles_unread ON articles(published) WHERE read = 0;
CREATE INDEX ix_articles_starred ON articles(published) WHERE starred = 1;

CREATE VIRTUAL TABLE fts USING fts5(
    title, lead, body,
    content='', columnsize=0, tokenize='ascii'
);

CREATE TABLE files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    records_done INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    imported_at INTEGER NOT NULL
) WITHOUT ROWID;
"""

# v2: the covering sort indexes carry ``id`` right after the sort columns. Without
# it SQLite cannot use them for the "..., id" tie-break and sorted every page in a
# temp B-tree (64 ms for a deep page of 20k rows instead of 2.5 ms).
_V2 = """
DROP INDEX ix_articles_date;
DROP INDEX ix_articles_site;
DROP INDEX ix_articles_source;
DROP INDEX ix_articles_title;
CREATE INDEX ix_articles_date ON articles(published, id, site, source, read, starred);
CREATE INDEX ix_articles_site ON articles(site, published, id, source, read, starred);
CREATE INDEX ix_articles_source ON articles(source, published, id, site, read, starred);
CREATE INDEX ix_articles_title ON articles(title_key, published, id, site, source, read, starred);
"""

# v3: a narrow copy of the filter columns, keyed by id. A search has its hit list
# in a TEMP table (``hits.py``); facet counts and histograms of a common word then
# look up each hit here (~40 bytes a row, sorted by id) instead of either the
# article row (where site/source sit after the long body, on overflow pages) or a
# full covering-index scan that probes the hit list a million times (290-550 ms on
# 1M articles). Kept in step by triggers, so every writer (import, flags, tests
# writing SQL) maintains it without knowing about it. A rowid table, not WITHOUT
# ROWID: reading site of 214k hits took 50 ms from a rowid table, 160 ms from a
# WITHOUT ROWID one.
_V3 = """
CREATE TABLE article_facets (
    id INTEGER PRIMARY KEY,
    published INTEGER NOT NULL,
    site TEXT NOT NULL,
    source TEXT NOT NULL,
    jmonth INTEGER,
    jday INTEGER,
    read INTEGER NOT NULL,
    starred INTEGER NOT NULL
);
INSERT INTO article_facets (id, published, site, source, jmonth, jday, read, starred)
    SELECT id, published, site, source, jmonth, jday, read, starred FROM articles ORDER BY id;
CREATE TRIGGER article_facets_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_facets (id, published, site, source, jmonth, jday, read, starred)
    VALUES (new.id, new.published, new.site, new.source, new.jmonth, new.jday,
            new.read, new.starred);
END;
CREATE TRIGGER article_facets_flags AFTER UPDATE OF read, starred ON articles BEGIN
    UPDATE article_facets SET read = new.read, starred = new.starred WHERE id = new.id;
END;
CREATE TRIGGER article_facets_fields
AFTER UPDATE OF published, site, source, jmonth, jday ON articles BEGIN
    UPDATE article_facets SET published = new.published, site = new.site,
        source = new.source, jmonth = new.jmonth, jday = new.jday WHERE id = new.id;
END;
CREATE TRIGGER article_facets_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_facets WHERE id = old.id;
END;
"""

# v4: spellings learned from the library's own ZWNJ-correct articles (``spellings.py``):
# for each word, how many careful articles write it which way. Filled after imports by
# ``Library.learn_spellings``, which notes in ``meta`` how far it has read.
_V4 = """
CREATE TABLE spelling_evidence (
    key TEXT NOT NULL,
    form TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (key, form)
) WITHOUT ROWID;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4]
"""``MIGRATIONS[i]`` takes a library from schema version ``i`` to ``i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The file is a library this version cannot use (e.g. written by a newer version)."""


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of the open library (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``; returns the version found before."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"library schema version {found} is newer than this program's {SCHEMA_VERSION}"
        )
    while found < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another connection opening the same
            # library (the GUI opens several) may have upgraded it while we waited.
            version = schema_version(conn)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                break
            for statement in _split(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(version + 1),),
            )
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def _split(script: str) -> list[str]:
    """Statements of a migration script (``executescript`` would commit implicitly)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
