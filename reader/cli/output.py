"""How articles look on the command line: JSON objects and a readable table.

Text fields carry the display text (``display_text`` per field and per body
paragraph); identifiers (news code, URL, paths) stay as stored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from reader.core.jalali import jalali_iso
from reader.core.library import ArticleRow, LibraryStats, StoredArticle
from reader.core.persian.display import display_text, written_with_zwnj


def _display(text: str | None) -> str | None:
    return None if text is None else display_text(text)


def _article_display(article: StoredArticle) -> Callable[[str], str]:
    """``display_text`` for this article's text fields: no ZWNJ restoration when the
    article kept its own ZWNJs (see ``written_with_zwnj``)."""
    restore = not written_with_zwnj(article.texts())
    return lambda text: display_text(text, restore_zwnj=restore)


def origin_of(article: StoredArticle) -> str:
    """File path, plus ``#index`` for a record of a multi-record file."""
    if article.origin_index is None:
        return article.origin_path
    return f"{article.origin_path}#{article.origin_index}"


def article_json(article: StoredArticle) -> dict[str, Any]:
    """The CLI's JSON form of an article (field names fixed by the issue)."""
    published = article.published
    show = _article_display(article)
    return {
        "id": article.id,
        "title": show(article.title),
        "overline": show(article.overline),
        "lead": show(article.lead),
        "body": "\n\n".join(show(p.text) for p in article.body),
        "published": published.isoformat() if published else None,
        "published_jalali": jalali_iso(published) if published else None,
        "site": _display(article.site),
        "source": _display(article.source),
        "news_code": article.news_code,
        "url": article.url,
        "category": _display(article.category),
        "origin": origin_of(article),
        "format": article.format,
        "read": article.read,
        "starred": article.starred,
    }


def _width(text: str) -> int:
    return sum(0 if unicodedata.category(ch) in ("Mn", "Cf") else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) > width:
        out = ""
        for ch in text:
            if _width(out) >= width - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * max(0, width - _width(text))


def table_line(row: ArticleRow) -> str:
    """``id  date  site  flags  title`` (title last: right-to-left text reads best there)."""
    date = jalali_iso(row.published) if row.published else "-"
    flags = ("*" if row.starred else " ") + (" " if row.read else "N")
    site = display_text(row.site) if row.site else "-"
    return f"{row.id:>7}  {date:<16}  {_fit(site, 16)}  {flags}  {display_text(row.title)}"


def table_header() -> str:
    return f"{'ID':>7}  {'DATE (JALALI)':<16}  {'SITE':<16}  {'':2}  TITLE"


def stats_json(stats: LibraryStats) -> dict[str, Any]:
    return {
        "total": stats.total,
        "undated": stats.undated,
        "first_day": stats.first_day.isoformat() if stats.first_day else None,
        "last_day": stats.last_day.isoformat() if stats.last_day else None,
        "sites": [{"site": name, "count": n} for name, n in stats.sites],
        "sources": [{"source": name, "count": n} for name, n in stats.sources],
        "months": [{"year": y, "month": m, "count": n} for y, m, n in stats.months],
    }


def show_text(article: StoredArticle) -> str:
    """A plain-text rendering of one article for the terminal."""
    data = article_json(article)
    lines = []
    if data["overline"]:
        lines.append(data["overline"])
    lines.append(data["title"])
    if data["lead"]:
        lines += ["", data["lead"]]
    meta = [
        f"id: {article.id}",
        f"date: {data['published_jalali'] or '-'} ({data['published'] or 'unknown'})",
        f"site: {data['site'] or '-'}",
        f"source: {data['source'] or '-'}",
        f"news code: {data['news_code'] or '-'}",
    ]
    if data["url"]:
        meta.append(f"url: {data['url']}")
    meta.append(f"origin: {data['origin']} ({data['format']})")
    lines += ["", *meta, ""]
    show = _article_display(article)
    for p in article.body:
        lines += [("## " if p.heading else "") + show(p.text), ""]
    return "\n".join(lines).rstrip() + "\n"
