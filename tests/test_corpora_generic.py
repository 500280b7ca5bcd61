"""Generic JSON Lines / JSON array / CSV importer with column mappings."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.generic import IMPORTER, parse_date
from reader.core.jalali import TEHRAN, make_tehran_datetime

MAPPING = {"title": "headline", "body": "text", "date": "published", "site": "agency"}


def jsonl(tmp_path: Path, *records: object, name: str = "export.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_jsonl_with_mapping(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        {
            "headline": "عنوان",
            "text": "بند یک\n\nبند دو",
            "published": "1402/08/12",
            "agency": "IRNA",
            "tags": ["الف", "ب"],
            "url": "https://www.irna.ir/news/85000001/x",
        },
    )
    assert IMPORTER.sniff(path, path.read_bytes()) >= 50
    [article] = list(IMPORTER.read(path, mapping=MAPPING))
    assert isinstance(article, Article)
    assert article.title == "عنوان"
    assert [p.text for p in article.body] == ["بند یک", "بند دو"]
    assert article.published == make_tehran_datetime(1402, 8, 12)
    assert article.site == "ایرنا"
    assert article.tags == ["الف", "ب"]
    assert article.news_code == "85000001"
    assert article.format == "generic" and article.origin_index == 0


def test_common_column_names_need_no_mapping(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        {
            "title": "t",
            "content": "c",
            "date": "2021-10-12T17:23:00Z",
            "summary": "lead",
            "source": "ISNA",
        },
    )
    [article] = list(IMPORTER.read(path))
    assert article.body[0].text == "c" and article.lead == "lead"
    assert article.published == datetime(2021, 10, 12, 17, 23, tzinfo=UTC)
    assert article.published.tzinfo == TEHRAN
    assert article.source == "ایسنا"


@pytest.mark.parametrize("as_array", [False, True])
def test_fields_only_later_records_carry_are_kept(tmp_path: Path, as_array: bool) -> None:
    records = [
        {"title": "یک", "content": "c"},
        {"title": "دو", "content": "c", "source": "ISNA", "tags": ["اقتصاد"]},
    ]
    if as_array:
        path = tmp_path / "dump.json"
        path.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    else:
        path = jsonl(tmp_path, *records)
    first, second = IMPORTER.read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source is None
    assert second.source == "ایسنا"
    assert second.tags == ["اقتصاد"]


def test_csv_with_mapping_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "headline,text,published,agency\n"
        'یک,"بند\nدوم",1399/08/12 18:18,Mehr\n'
        "دو,short row\n"
        "سه,متن,not a date,\n",
        encoding="utf-8",
    )
    assert IMPORTER.sniff(path, path.read_bytes()) >= 25
    result = list(IMPORTER.read(path, mapping=MAPPING))
    assert isinstance(result[0], Article)
    assert [p.text for p in result[0].body] == ["بند", "دوم"]
    assert result[0].published == make_tehran_datetime(1399, 8, 12, 18, 18)
    assert result[0].site == "مهر"
    assert isinstance(result[1], RecordProblem) and result[1].index == 1
    assert result[2] == RecordProblem(
        2, "left out of the imported article: date 'not a date' not understood", kept=True
    )
    assert isinstance(result[3], Article) and result[3].published is None
    articles = [a for a in IMPORTER.read(path, mapping=MAPPING, start=2) if isinstance(a, Article)]
    assert [a.title for a in articles] == ["سه"]


def test_tsv_and_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    text = "title\tbody\nخبر ويژه\tمتن كامل اين خبر در اينجا آمده است\n"
    path.write_bytes(text.encode("cp1256"))
    [article] = list(IMPORTER.read(path))
    assert article.title == "خبر ويژه"


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"headline": "a", "text": "b"}, {"headline": "c"}]), "utf-8")
    assert IMPORTER.sniff(path, path.read_bytes()) > 0
    mapping = {"title": "headline", "body": "text"}
    assert [a.title for a in IMPORTER.read(path, mapping=mapping)] == ["a", "c"]


@pytest.mark.parametrize("as_array", [False, True])
def test_a_mapped_key_no_record_has_refuses_the_file(tmp_path: Path, as_array: bool) -> None:
    records = [{"headline": "a", "text": "b"}, {"headline": "c", "text": "d"}]
    if as_array:
        path = tmp_path / "dump.json"
        path.write_text(json.dumps(records), "utf-8")
    else:
        path = jsonl(tmp_path, *records)
    with pytest.raises(ImportError_, match=r"not in the file: titel \(columns: headline, text\)"):
        list(IMPORTER.read(path, mapping={"title": "titel", "body": "text"}))


def test_mapping_errors(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("headline,text\nx,y\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="unknown field"):
        list(IMPORTER.read(path, mapping={"colour": "headline"}))
    with pytest.raises(ImportError_, match="not in the file"):
        list(IMPORTER.read(path, mapping={"title": "nope"}))
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\nx,y\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="mapping"):
        list(IMPORTER.read(odd))


def test_bad_json_line_mid_file(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"title": "a"}\n{broken\n{"title": "c"}\n', encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert [type(r).__name__ for r in result] == ["Article", "RecordProblem", "Article"]


def test_empty_files(tmp_path: Path) -> None:
    for name in ("e.jsonl", "e.csv"):
        path = tmp_path / name
        path.write_text("", encoding="utf-8")
        assert IMPORTER.sniff(path, b"") == 0
        with pytest.raises(ImportError_):
            list(IMPORTER.read(path))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-12T20:53:00+03:30", make_tehran_datetime(1400, 7, 20, 20, 53)),
        ("2021-10-12 20:53", make_tehran_datetime(1400, 7, 20, 20, 53)),  # naive = Tehran
        (1634059380, make_tehran_datetime(1400, 7, 20, 20, 53)),
        ("1634059380000", make_tehran_datetime(1400, 7, 20, 20, 53)),
        ("۱۴۰۰/۰۷/۲۰", make_tehran_datetime(1400, 7, 20)),
        ("1400-07-20", make_tehran_datetime(1400, 7, 20)),  # Jalali, not Gregorian year 1400
        ("۲۰ مهر ۱۴۰۰ - ۲۰:۵۳", make_tehran_datetime(1400, 7, 20, 20, 53)),
        ("nan", None),
        ("soon", None),
        (None, None),
    ],
)
def test_dates(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_sniff_ignores_prose() -> None:
    assert IMPORTER.sniff(Path("page.txt"), "سلام، این یک متن است\nخط دوم\n".encode()) == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
@pytest.mark.parametrize("as_array", [False, True])
def test_utf16_json_lines_and_arrays(tmp_path: Path, encoding: str, as_array: bool) -> None:
    records = [{"title": "یک", "content": "متن"}, {"title": "دو", "content": "متن"}]
    text = (
        json.dumps(records, ensure_ascii=False)
        if as_array
        else "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    )
    path = tmp_path / ("dump.json" if as_array else "export.jsonl")
    raw = text.encode(encoding)
    path.write_bytes(raw if encoding == "utf-16" else b"\xff\xfe" + raw)  # with a BOM
    assert [a.title for a in IMPORTER.read(path)] == ["یک", "دو"]


def test_objects_and_booleans_are_not_text(tmp_path: Path) -> None:
    """``{"body": {"rendered": ...}}`` was imported as the Python text ``{'rendered': ...}``
    and ``true`` as ``True``; a record left with nothing says which fields were unusable."""
    path = jsonl(
        tmp_path,
        {"title": "عنوان", "body": {"rendered": "<p>متن</p>"}, "category": True},
        {"title": {"rendered": "عنوان"}, "body": {"rendered": "<p>متن</p>"}},
        {"title": True, "body": None},
        {"title": None, "body": None},
        {"title": "عدد", "body": 123, "news_code": 4567},
    )
    first, second, third, fourth, fifth = list(IMPORTER.read(path))
    assert isinstance(first, Article)
    assert (first.title, first.body, first.category) == ("عنوان", [], None)
    assert second == RecordProblem(
        1,
        "record has no usable title or text: title is an object, not text; "
        "body is an object, not text",
    )
    assert third == RecordProblem(
        2, "record has no usable title or text: title is true/false, not text"
    )
    assert fourth == RecordProblem(3, "record has no title and no text")
    assert isinstance(fifth, Article)  # numbers are text: codes and counts are written so
    assert (fifth.body_text, fifth.news_code) == ("123", "4567")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_date_that_cannot_be_read_is_noted_not_dropped_silently(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"a{suffix}"
    if suffix == ".jsonl":
        rows = [{"title": "خبر یک", "date": "1402/13/40"}, {"title": "خبر دو", "date": ""}]
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    else:
        path.write_text("title,date\nخبر یک,1402/13/40\nخبر دو,\n", encoding="utf-8")
    items = list(IMPORTER.read(path))
    note, first, second = items
    assert note == RecordProblem(
        0, "left out of the imported article: date '1402/13/40' not understood", kept=True
    )
    assert isinstance(first, Article) and first.title == "خبر یک" and first.published is None
    assert isinstance(second, Article)  # an empty date is no date, not a problem
