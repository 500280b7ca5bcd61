"""Saved query and article: round trip, and garbage degrading to defaults."""

from __future__ import annotations

from datetime import date

from reader.core.query import ArticleQuery, SortKey
from reader.ui import window_state


def test_query_round_trip(settings) -> None:
    q = ArticleQuery(
        date_from=date(2021, 10, 1),
        date_to=date(2021, 10, 12),
        sites=frozenset({"ایرنا", "ایسنا"}),
        text='"سفر رسمی" -کرونا',
        unread_only=True,
        sort=SortKey.SITE,
        descending=False,
    )
    window_state.save_query(settings, q)
    window_state.save_article(settings, 42)
    assert window_state.load_query(settings) == q
    assert window_state.load_article(settings) == 42


def test_garbage_gives_defaults(settings) -> None:
    settings.set_state_value(window_state.QUERY_KEY, "{not json")
    settings.set_state_value(window_state.ARTICLE_KEY, "x")
    assert window_state.load_query(settings) == ArticleQuery()
    assert window_state.load_article(settings) is None
    assert window_state.query_from_json('{"sort": "nonsense"}') == ArticleQuery()
