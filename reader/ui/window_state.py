"""Window state restored on the next start: geometry, splitters, query, article.

Qt blobs (``saveGeometry``/``saveState``) go through ``Settings.set_window_state``;
the query is stored as JSON so a settings file from an older version, or one
edited by hand, degrades to the default query instead of failing. Zoom, theme
and language are ordinary preferences in ``Settings``.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from reader.core.query import ArticleQuery, SortKey
from reader.ui.settings import Settings

log = logging.getLogger(__name__)

QUERY_KEY = "query"
ARTICLE_KEY = "article_id"


def query_to_json(q: ArticleQuery) -> str:
    return json.dumps(
        {
            "date_from": q.date_from.isoformat() if q.date_from else None,
            "date_to": q.date_to.isoformat() if q.date_to else None,
            "sites": sorted(q.sites),
            "sources": sorted(q.sources),
            "text": q.text,
            "unread_only": q.unread_only,
            "starred_only": q.starred_only,
            "sort": q.sort.value,
            "descending": q.descending,
        },
        ensure_ascii=False,
    )


def query_from_json(text: object) -> ArticleQuery:
    """The stored query, or the default one when missing or unreadable."""
    if not isinstance(text, str) or not text:
        return ArticleQuery()
    try:
        d: dict[str, Any] = json.loads(text)
        return ArticleQuery(
            date_from=date.fromisoformat(d["date_from"]) if d.get("date_from") else None,
            date_to=date.fromisoformat(d["date_to"]) if d.get("date_to") else None,
            sites=frozenset(str(s) for s in d.get("sites", [])),
            sources=frozenset(str(s) for s in d.get("sources", [])),
            text=str(d.get("text", "")),
            unread_only=bool(d.get("unread_only", False)),
            starred_only=bool(d.get("starred_only", False)),
            sort=SortKey(d.get("sort", SortKey.DATE.value)),
            descending=bool(d.get("descending", True)),
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("ignoring unreadable saved query: %s", exc)
        return ArticleQuery()


def save_query(settings: Settings, q: ArticleQuery) -> None:
    settings.set_state_value(QUERY_KEY, query_to_json(q))


def load_query(settings: Settings) -> ArticleQuery:
    return query_from_json(settings.state_value(QUERY_KEY))


def save_article(settings: Settings, article_id: int | None) -> None:
    settings.set_state_value(ARTICLE_KEY, -1 if article_id is None else int(article_id))


def load_article(settings: Settings) -> int | None:
    value = settings.state_value(ARTICLE_KEY)
    try:
        article_id = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return article_id if article_id >= 0 else None


DEFAULT_WINDOW_SIZE = (1400, 860)


def restore_layout(
    settings: Settings, window: QWidget, splitter: QSplitter, list_header: QHeaderView
) -> None:
    """Window geometry, splitter sizes and list columns of the last session."""
    geometry = settings.window_state("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_WINDOW_SIZE)
    splitter_state = settings.window_state("splitter")
    if splitter_state is not None:
        splitter.restoreState(splitter_state)
    header = settings.window_state("list_header")
    if header is not None:
        list_header.restoreState(header)


def save_layout(
    settings: Settings, window: QWidget, splitter: QSplitter, list_header: QHeaderView
) -> None:
    settings.set_window_state("geometry", window.saveGeometry())
    settings.set_window_state("splitter", splitter.saveState())
    settings.set_window_state("list_header", list_header.saveState())
