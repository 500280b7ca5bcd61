"""Dates recovered from news IDs, URLs and DOCIDs."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.core.id_dates import (
    TEHRAN,
    date_from_hamshahri_docid,
    date_from_news_id,
    date_from_tnews_id,
    date_from_url,
    fallback_date,
    jalali_midnight,
)


def test_isna_id_gives_jalali_day() -> None:
    found = date_from_news_id("1404072918478", "ISNA")
    assert found is not None
    assert found.published == datetime(2025, 10, 21, tzinfo=TEHRAN)  # 29 Mehr 1404
    assert found.precision == "day"
    assert found.via == "isna-id"


def test_isna_id_persian_digits_and_persian_site_name() -> None:
    found = date_from_news_id("۱۴۰۴۰۷۲۹۱۸۴۷۸", "ایسنا")
    assert found is not None and found.published.date().isoformat() == "2025-10-21"


def test_fars_id_is_fourteen_digits() -> None:
    found = date_from_news_id("13990812000123", "Fars")
    assert found is not None
    assert found.published == datetime(2020, 11, 2, tzinfo=TEHRAN)  # 12 Aban 1399
    assert date_from_news_id("1399081200012", "Fars") is None  # 13 digits is not a Fars ID


def test_bare_number_from_unknown_site_is_not_a_date() -> None:
    # a 2014 millisecond timestamp looks exactly like an ISNA ID
    assert date_from_news_id("1404072918478", "example.com") is None
    assert date_from_news_id("1404072918478", None) is None


def test_impossible_day_in_id_is_none() -> None:
    assert date_from_news_id("1404133018478", "ISNA") is None  # month 13
    assert date_from_news_id("1404123218478", "ISNA") is None  # day 32


@pytest.mark.parametrize(
    ("url", "expected", "via"),
    [
        ("https://www.isna.ir/news/1404072918478/title-words", "2025-10-21", "isna-id"),
        ("https://www.farsnews.ir/news/13990812000123/x", "2020-11-02", "fars-id"),
        ("https://www.tasnimnews.com/fa/news/1399/08/12/2384212/x", "2020-11-02", "tasnim-url"),
    ],
)
def test_urls_with_day(url: str, expected: str, via: str) -> None:
    found = date_from_url(url)
    assert found is not None
    assert found.published.date().isoformat() == expected
    assert found.precision == "day"
    assert found.via == via


def test_botianews_month_only_url_gives_month_start() -> None:
    found = date_from_url("http://fa.botianews.com/1393/06/125532/")
    assert found is not None
    assert found.precision == "month"
    assert found.published == jalali_midnight(1393, 6, 1)


def test_urls_without_date() -> None:
    assert date_from_url("https://www.shana.ir/news/275284/x") is None
    assert date_from_url("https://example.com/1393/06/12/") is None  # unknown host
    assert date_from_url("https://www.isna.ir/news/98012345/") is None  # old short ISNA id
    assert date_from_url("not a url") is None


def test_hamshahri_docid() -> None:
    found = date_from_hamshahri_docid("HAM2-750403-001")
    assert found is not None
    assert found.published == datetime(1996, 6, 23, tzinfo=TEHRAN)
    assert date_from_hamshahri_docid("HAM2-751340-001") is None
    assert date_from_hamshahri_docid("XYZ-750403-001") is None


def test_fallback_order() -> None:
    assert fallback_date() is None
    found = fallback_date(docid="HAM2-750403-001", url="https://www.isna.ir/news/1404072918478/")
    assert found is not None and found.via == "hamshahri-docid"
    found = fallback_date(news_code="1404072918478", site="isna", url="http://x.ir/")
    assert found is not None and found.via == "isna-id"
    found = fallback_date(news_code="5", site="isna", url="https://isna.ir/news/1404072918478/")
    assert found is not None and found.via == "isna-id"


def test_tnews_newsid_is_utc_crawl_time() -> None:
    found = date_from_tnews_id("14092303482300013653")
    assert found is not None
    assert found.published.isoformat() == "2014-09-23T07:18:23+03:30"
    assert date_from_tnews_id("14139903482300013653") is None  # month 13
    assert date_from_tnews_id("1409230348") is None
