"""TNews importer: the real sample (malformed XML, UTC dates) plus variants."""

from __future__ import annotations

from pathlib import Path

import jdatetime
import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_
from reader.core.importers.tnews import IMPORTER, parse_utc
from reader.core.jalali import make_tehran_datetime

DATA = Path(__file__).parent / "data" / "corpora" / "tnews"
SAMPLE = DATA / "tnews_201409_20140923.xml"

HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<!DOCTYPE TNews SYSTEM "TNews.dtd">\n<TNews>\n<COPYRIGHT>c</COPYRIGHT>\n</TNews>\n'
)


def news(
    newsid: str = "14092303482300013653",
    url: str = "http://fa.botianews.com/1393/06/125532/",
    utc: str | None = "2014-09-23T03:48:23.977",
    title: str = "عنوان",
    text: str = "بند یک\nبند دو",
) -> str:
    date = f"<UTCDATE>{utc}</UTCDATE>" if utc is not None else ""
    return (
        f"<NEWS><NEWSID>{newsid}</NEWSID><URL><![CDATA[{url}]]></URL>{date}"
        "<CATEGORY>عمومی</CATEGORY><PRETITLE><![CDATA[روتیتر]]></PRETITLE>"
        f"<TITLE><![CDATA[{title}]]></TITLE><POSTTITLE><![CDATA[]]></POSTTITLE>"
        "<BRIEF><![CDATA[لید <b>خبر</b>]]></BRIEF>"
        f"<DESCRIPTION><![CDATA[{text}]]></DESCRIPTION></NEWS>\n"
    )


def write(tmp_path: Path, *records: str, name: str = "20140923.xml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(records), encoding="utf-8")
    return path


def test_sample_fields() -> None:
    assert IMPORTER.sniff(SAMPLE, SAMPLE.read_bytes()) >= 90
    [article] = list(IMPORTER.read(SAMPLE))
    assert isinstance(article, Article)
    assert article.title.startswith("برگزاری جشن نمادین شکوفه ها")
    assert article.lead == "با حضور مدیرکل آموزش وپرورش استان کرمان درشهرستان بم صورت گرفت:"
    assert article.overline == ""
    assert len(article.body) == 6
    assert article.body[0].text.startswith("به گزارش ”  شبکه اطلاع رسانی اینترنتی بوتیا")
    assert article.news_code == "14092303482300013653"
    assert article.url == "http://fa.botianews.com/1393/06/125532/"
    assert article.site == "بوتیا"
    assert article.category == "عمومی"
    # UTC 03:48 -> Tehran 07:18 on 1 Mehr 1393 (DST had just ended)
    assert article.published == make_tehran_datetime(1393, 7, 1, 7, 18, 23)
    assert article.published.isoformat() == "2014-09-23T07:18:23+03:30"
    jalali = jdatetime.datetime.fromgregorian(datetime=article.published)
    assert (jalali.year, jalali.month, jalali.day, jalali.hour, jalali.minute) == (
        1393,
        7,
        1,
        7,
        18,
    )
    assert not article.date_is_fallback
    assert article.format == "tnews" and article.origin_index == 0


def test_utc_conversion_during_daylight_saving() -> None:
    when = parse_utc("2014-06-01T12:00:00")
    assert when is not None and when.isoformat() == "2014-06-01T16:30:00+04:30"
    assert parse_utc("2014-13-01T00:00:00") is None
    assert parse_utc("yesterday") is None


def test_records_after_the_early_root_close_and_tags_stripped(tmp_path: Path) -> None:
    path = write(tmp_path, news(title="یک"), news(title="دو"))
    result = list(IMPORTER.read(path))
    assert [a.title for a in result] == ["یک", "دو"]
    assert result[0].overline == "روتیتر"
    assert result[0].lead == "لید خبر"
    assert [p.text for p in result[0].body] == ["بند یک", "بند دو"]


def test_control_characters_are_removed(tmp_path: Path) -> None:
    path = write(tmp_path, news(title="عنوان\x1b\x1a\b خبر"))
    [article] = list(IMPORTER.read(path))
    assert article.title == "عنوان خبر"


def test_missing_utcdate_falls_back_to_newsid_time(tmp_path: Path) -> None:
    path = write(tmp_path, news(utc=None))
    [article] = list(IMPORTER.read(path))
    assert article.published == make_tehran_datetime(1393, 7, 1, 7, 18, 23)
    assert article.date_is_fallback


def test_missing_utcdate_and_odd_newsid_falls_back_to_url_month(tmp_path: Path) -> None:
    path = write(tmp_path, news(utc=None, newsid="12345"))
    [article] = list(IMPORTER.read(path))
    assert article.published == make_tehran_datetime(1393, 6, 1)
    assert article.date_is_fallback


def test_bad_utcdate_and_no_dated_identifier_is_none(tmp_path: Path) -> None:
    path = write(tmp_path, news(utc="2014-99-99", url="http://example.com/a/1", newsid="7"))
    [article] = list(IMPORTER.read(path))
    assert article.published is None and not article.date_is_fallback


def test_bad_record_mid_file_and_truncation(tmp_path: Path) -> None:
    path = write(tmp_path, news(title="یک"), news(title="", text=""), news(title="سه"), news()[:80])
    result = list(IMPORTER.read(path))
    assert [type(r).__name__ for r in result] == [
        "Article",
        "RecordProblem",
        "Article",
        "RecordProblem",
    ]
    assert result[3].index == 3


def test_resume(tmp_path: Path) -> None:
    path = write(tmp_path, news(title="یک"), news(title="دو"))
    assert [a.title for a in IMPORTER.read(path, start=1)] == ["دو"]


def test_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "cp.xml"
    text = HEADER.replace("UTF-8", "windows-1256") + news(title="خبر ویژه")
    # Windows-1256 has only the Arabic yeh and kaf
    path.write_bytes(text.replace("ی", "ي").replace("ک", "ك").encode("cp1256"))
    [article] = list(IMPORTER.read(path))
    assert article.title == "خبر ويژه"
    assert article.category == "عمومي"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ImportError_):
        list(IMPORTER.read(path))
    assert IMPORTER.sniff(path, b"") == 0
