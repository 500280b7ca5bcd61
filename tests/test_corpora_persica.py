"""Persica importer: the real record (garbled date) plus variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.persica import IMPORTER
from reader.core.jalali import make_tehran_datetime

SAMPLE = Path(__file__).parent / "data" / "corpora" / "persica" / "persica.csv"


def record(
    news_id: str = "843657",
    title: str = "عنوان",
    text: str = "متن خبر",
    date: str = "1388/05/09",
    time: str = "10:09:18",
) -> str:
    return f"{news_id},\n{title},\n{text},\n{date},\n{time},\nسیاسی-,\nسیاسی\n"


def test_sample() -> None:
    assert IMPORTER.sniff(SAMPLE, SAMPLE.read_bytes()) >= 80
    [article] = list(IMPORTER.read(SAMPLE))
    assert isinstance(article, Article)
    assert article.news_code == "843656"
    assert article.title.startswith("وزير علوم درجمع استادان نمونه")
    assert article.body[0].text.startswith("وزير علوم در جمع استادان نمونه كشور گفت")
    assert article.published is None  # "138/5//09" is garbled: never guessed
    assert not article.date_is_fallback
    assert article.category == "آموزشي"
    assert article.site == "ایسنا"
    assert article.format == "persica" and article.origin_index == 0


def test_valid_date_and_time(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(record(), encoding="utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.published == make_tehran_datetime(1388, 5, 9, 10, 9, 18)


def test_valid_date_garbled_time_is_midnight(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(record(time="0:9::18"), encoding="utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.published == make_tehran_datetime(1388, 5, 9)


@pytest.mark.parametrize("bad", ["138/5//09", "1388/13/01", "1388/05/32", "", "دیروز"])
def test_bad_dates_are_none(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "p.csv"
    path.write_text(record(date=bad), encoding="utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.published is None


def test_bad_records_mid_file(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    short = "843658,\nعنوان ناقص,\nمتن\n"  # 3 lines: closes early
    path.write_text(
        record(title="یک") + short + record(news_id="x9", title="دو") + record(title="سه"),
        encoding="utf-8",
    )
    result = list(IMPORTER.read(path))
    assert [type(r).__name__ for r in result] == [
        "Article",
        "RecordProblem",
        "RecordProblem",
        "Article",
    ]
    assert result[3].title == "سه" and result[3].origin_index == 3
    assert [r.origin_index for r in IMPORTER.read(path, start=3)] == [3]


def test_multiline_text_and_truncation(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    two_lines = "843660,\nعنوان,\nبند اول,\nبند دوم,\n1388/05/09,\n10:00,\nعلمی-,\nعلمی\n"
    path.write_text(two_lines + "843661,\nعنوان بریده,\n", encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert [p.text for p in result[0].body] == ["بند اول", "بند دوم"]
    assert isinstance(result[1], RecordProblem) and "cut off" in result[1].reason


def test_bom_and_windows_1256(tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + record().encode("utf-8"))
    assert IMPORTER.sniff(bom, bom.read_bytes()) >= 80
    assert [a.news_code for a in IMPORTER.read(bom)] == ["843657"]
    cp = tmp_path / "cp.csv"
    text = record(title="خبر ويژه", text="متن كامل اين خبر كه در اينجا آمده است و طولاني است")
    cp.write_bytes(text.replace("ی", "ي").replace("ک", "ك").encode("cp1256"))
    [article] = list(IMPORTER.read(cp))
    assert article.title == "خبر ويژه"


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("\n\n", encoding="utf-8")
    assert IMPORTER.sniff(path, path.read_bytes()) == 0
    with pytest.raises(ImportError_):
        list(IMPORTER.read(path))


def test_file_cut_inside_its_first_record_is_still_persica(tmp_path: Path) -> None:
    """Cut inside the first text line, the file was taken for a CSV export and refused
    for having no title column ("name one with a mapping"): a misleading reason."""
    from reader.core import importers

    data = SAMPLE.read_bytes()
    path = tmp_path / "cut.csv"
    path.write_bytes(data[: len(data) // 2])
    assert importers.detect(path) is IMPORTER
    assert list(IMPORTER.read(path)) == [RecordProblem(0, "record has 3 lines, expected 7")]
    not_persica = tmp_path / "table.csv"
    not_persica.write_bytes("id,title\n1,عنوان\n".encode())
    assert IMPORTER.sniff(not_persica, not_persica.read_bytes()) == 0
