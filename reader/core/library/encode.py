"""Turning an ``Article`` into stored rows: search keys, content hash, date keys.

Shared by ``Library.add_articles`` and the import pipeline so both deduplicate
the same way. The content hash is taken over the *search key* of title and body
with whitespace collapsed, so the same article from two corpora (one with Arabic
yeh and no ZWNJ, one clean) is recognised as a duplicate.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from hashlib import blake2b

from reader.core.article import Article
from reader.core.library.timekeys import jalali_keys, to_epoch
from reader.core.persian.search_key import index_text, search_key

INSERT_ARTICLE = """
INSERT OR IGNORE INTO articles (
    title, overline, lead, body, news_code, published, date_is_fallback, jmonth, jday,
    site, source, url, category, tags, origin_path, origin_index, format,
    content_hash, title_key, imported_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_FTS = "INSERT INTO fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)"


def _canonical_agency() -> Callable[[str | None], str | None] | None:
    try:
        from reader.core.agencies import canonical_agency
    except ImportError:
        return None
    return canonical_agency


def agency_name(name: str | None, _cache: dict[str, str] = {}) -> str:  # noqa: B006
    """Canonical stored agency name ('' when unknown); cached, agencies repeat a lot."""
    if not name or not name.strip():
        return ""
    hit = _cache.get(name)
    if hit is None:
        fn = _canonical_agency()
        try:
            hit = (fn(name) if fn else None) or name.strip()
        except Exception:  # a bad alias table must not stop an import
            hit = name.strip()
        if len(_cache) < 100_000:
            _cache[name] = hit
    return hit


# Persian alphabetical order; code point order would put پ چ ژ گ after the Arabic letters.
_ALPHABET = "آاأإبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_SORT_TABLE = str.maketrans({ch: chr(0xF000 + i) for i, ch in enumerate(_ALPHABET)})


def title_sort_key(title_key: str) -> str:
    """Sort form of a title's search key (Persian alphabetical order, spaces collapsed)."""
    return " ".join(title_key.split()).translate(_SORT_TABLE)


def _collapse(text: str) -> str:
    """``" ".join(text.split())``, without splitting a clean text into hundreds of words.

    A folded body usually has single spaces and newlines only; ``isprintable`` is
    False for every other whitespace character, so such a text needs no split.
    """
    flat = text.replace("\n", " ")
    if "  " not in flat and flat.isprintable():
        return flat.strip(" ")
    return " ".join(text.split())


def content_hash(title_key: str, lead_key: str, body_key: str) -> int:
    """Signed 64-bit hash of the folded text (SQLite INTEGER)."""
    text = body_key if body_key.strip() else lead_key
    data = (_collapse(title_key) + "\x1f" + _collapse(text)).encode()
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "big", signed=True)


Encoded = tuple[tuple[object, ...], tuple[str, str, str]]
"""(articles row parameters, FTS keys): an article ready for SQL, picklable for workers."""


def encode_article(article: Article, imported_at: int | None = None) -> Encoded:
    """Everything but the SQL: keys, hash, date keys, JSON body (runs in import workers)."""
    title_key = search_key(article.title)
    lead_key = search_key(article.lead)
    body_key = search_key("\n".join(p.text for p in article.body))
    published = to_epoch(article.published)
    jmonth, jday = jalali_keys(published)
    body = json.dumps(
        [[p.text, 1] if p.heading else [p.text] for p in article.body], ensure_ascii=False
    )
    row = (
        article.title,
        article.overline or "",
        article.lead or "",
        body,
        article.news_code or None,
        published,
        int(article.date_is_fallback),
        jmonth,
        jday,
        agency_name(article.site),
        agency_name(article.source),
        article.url,
        article.category,
        json.dumps(article.tags, ensure_ascii=False) if article.tags else "[]",
        article.origin_path or "",
        article.origin_index,
        article.format or "",
        content_hash(title_key, lead_key, body_key),
        title_sort_key(title_key),
        int(time.time()) if imported_at is None else imported_at,
    )
    return row, (index_text(title_key), index_text(lead_key), index_text(body_key))


def insert_encoded(conn: sqlite3.Connection, encoded: Encoded) -> int | None:
    """Insert an encoded article (in the caller's transaction); its id, None if a duplicate."""
    row, keys = encoded
    cur = conn.execute(INSERT_ARTICLE, row)
    if cur.rowcount != 1:
        return None
    article_id = int(cur.lastrowid or 0)
    conn.execute(INSERT_FTS, (article_id, *keys))
    return article_id


def insert_article(
    conn: sqlite3.Connection, article: Article, imported_at: int | None = None
) -> int | None:
    """Insert one article (inside the caller's transaction); its id, or None if a duplicate."""
    return insert_encoded(conn, encode_article(article, imported_at))


def decode_body(stored: str) -> list[tuple[str, bool]]:
    """Paragraphs as (text, heading) from the stored JSON body."""
    return [(item[0], len(item) > 1 and bool(item[1])) for item in json.loads(stored)]
