"""Which export column holds which article field, for the generic importer.

An export's columns have no fixed names, so the user's ``mapping`` names some
and the rest are looked up under common column names. JSON records and CSV
headers resolve their columns through this one rule, so ``--map`` means the
same thing for every generic file.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.importers.base import ImportError_

FIELDS = (
    "title",
    "body",
    "lead",
    "overline",
    "date",
    "site",
    "source",
    "url",
    "category",
    "tags",
    "news_code",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "head", "subject", "عنوان", "تیتر"),
    "body": ("body", "text", "content", "article", "story", "متن", "news"),
    "lead": ("lead", "summary", "description", "abstract", "lede", "خلاصه", "لید"),
    "overline": ("overline", "pretitle", "pre_title", "abovetitle", "above_title", "rotitr"),
    "date": (
        "date",
        "published",
        "publish_date",
        "published_at",
        "pubdate",
        "datetime",
        "date_time",
        "timestamp",
        "time",
        "تاریخ",
    ),
    "site": ("site", "network", "agency", "website", "publisher", "newspaper", "خبرگزاری"),
    "source": ("source", "منبع"),
    "url": ("url", "link", "href", "permalink"),
    "category": ("category", "section", "categories", "service", "دسته"),
    "tags": ("tags", "keywords", "labels", "برچسب"),
    "news_code": ("news_code", "news_id", "code", "newsid", "کد خبر"),
}
KNOWN_COLUMNS = {name for names in ALIASES.values() for name in names}
"""Every common column name (lower case): a header with some of them is an export."""


def resolve_mapping(columns: Iterable[str], mapping: dict[str, str] | None) -> dict[str, str]:
    """Article field -> column name, from ``mapping`` plus common column names."""
    given = dict(mapping or {})
    if "published" in given:
        given.setdefault("date", given.pop("published"))
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise ImportError_(
            f"unknown field(s) in mapping: {', '.join(unknown)} (known: {', '.join(FIELDS)})"
        )
    by_lower = {c.strip().lower(): c for c in columns}
    resolved: dict[str, str] = {}
    used = set(given.values())
    for field in FIELDS:
        if field in given:
            resolved[field] = given[field]
            continue
        for alias in ALIASES[field]:
            column = by_lower.get(alias)
            if column is not None and column not in used:
                resolved[field] = column
                used.add(column)
                break
    return resolved
