"""TLPC importer: the five real article files plus variants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.tlpc import IMPORTER
from reader.core.jalali import make_tehran_datetime

DATA = Path(__file__).parent / "data" / "corpora" / "tlpc"


def one(path: Path) -> Article:
    [article] = list(IMPORTER.read(path))
    assert isinstance(article, Article)
    return article


def write(tmp_path: Path, record: dict[str, Any], name: str = "a.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def test_samples() -> None:
    paths = sorted(DATA.glob("*.json"))
    assert len(paths) == 5
    for path in paths:
        assert IMPORTER.sniff(path, path.read_bytes()[:65536]) >= 80
    bahar = one(paths[0])
    assert bahar.title == "نصرالله: ما از این عملیات خبر نداشتیم اما از هشتم اکتبر وارد نبرد شدیم"
    assert bahar.overline.startswith("غیرنظامیانی که در 7 اکتبر کشته شدند")
    assert bahar.lead.startswith("گروه بین‌الملل: دبیرکل حزب الله لبنان")
    assert bahar.published == make_tehran_datetime(1402, 8, 12)  # "1402/08/12"
    assert bahar.site == "بهار نیوز"
    assert bahar.news_code == "437431"
    assert bahar.category == "خبر/بین‌الملل"
    assert len(bahar.body) == 52
    police = one(DATA / "hamshahrionline_1402-07-25_b737f163874f1571b42c04a80a4ceb25.json")
    assert police.published == make_tehran_datetime(1402, 7, 25)  # "1402-07-25"
    assert police.overline == ""  # no aboveTitle
    assert police.lead.startswith("رئیس پلیس پایتخت")  # subtitle
    headings = [p.text for p in police.body if p.heading]
    assert len(headings) == 5
    assert headings[1] == "خانه صندوق امانات نیست!"
    assert police.tags == ["سارق - سرقت", "فراجا", "حوادث ایران"]
    assert police.site == "همشهری آنلاین"
    assert police.format == "tlpc" and police.origin_index == 0
    assert police.origin_path.endswith(".json")


def test_missing_fields(tmp_path: Path) -> None:
    article = one(write(tmp_path, {"title": "فقط عنوان", "content": []}))
    assert article.published is None and article.site is None and article.body == []
    assert article.category is None and article.tags == []


def test_category_without_original_and_text_date_with_time(tmp_path: Path) -> None:
    record = {
        "url": "https://www.isna.ir/news/98000001/x",
        "title": "t",
        "category": {"major": "News", "minor": "Political"},
        "date": "1399/08/12 18:18",
        "content": [{"type": "h3", "text": "زیر تیتر"}, {"type": "p", "text": "متن"}],
    }
    article = one(write(tmp_path, record))
    assert article.category == "News/Political"
    assert article.published == make_tehran_datetime(1399, 8, 12, 18, 18)
    assert article.body[0].heading and not article.body[1].heading


def test_bad_date_falls_back_to_url_or_none(tmp_path: Path) -> None:
    dated_url = {
        "title": "t",
        "content": [],
        "date": "1402/13/45",
        "url": "https://www.tasnimnews.com/fa/news/1402/07/24/2970000/x",
    }
    note, article = list(IMPORTER.read(write(tmp_path, dated_url)))
    assert isinstance(note, RecordProblem) and note.kept and "1402/13/45" in note.reason
    assert article.published == make_tehran_datetime(1402, 7, 24) and article.date_is_fallback
    plain = {**dated_url, "url": "https://www.baharnews.ir/news/1"}
    note, article = list(IMPORTER.read(write(tmp_path, plain, "b.json")))
    assert article.published is None and not article.date_is_fallback


def test_broken_files(tmp_path: Path) -> None:
    empty = tmp_path / "e.json"
    empty.write_text("", encoding="utf-8")
    truncated = tmp_path / "t.json"
    truncated.write_text('{"title": "x", "content": [', encoding="utf-8")
    untitled = write(tmp_path, {"content": [], "url": "https://x.ir"}, "u.json")
    for path in (empty, truncated, untitled):
        with pytest.raises(ImportError_):
            list(IMPORTER.read(path))


def test_resume_past_the_only_record(tmp_path: Path) -> None:
    assert list(IMPORTER.read(write(tmp_path, {"title": "t", "content": []}), start=1)) == []


def test_sniff_rejects_other_json() -> None:
    assert IMPORTER.sniff(Path("x.json"), b'[{"title": "a", "summary": "b"}]') == 0
    assert IMPORTER.sniff(Path("x.json"), b'{"name": "package", "version": "1"}') == 0


def items(path: Path) -> tuple[list[Article], list[RecordProblem]]:
    """A file's articles and its notes, apart."""
    got = list(IMPORTER.read(path))
    return (
        [a for a in got if isinstance(a, Article)],
        [p for p in got if isinstance(p, RecordProblem)],
    )


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"title": 12345}, "title is a number, not text"),
        ({"title": {"fa": "عنوان"}}, "title is an object, not text"),
        ({"url": 42}, "url is a number, not text"),
        ({"date": 14020812}, "date is a number, not text"),
        ({"content": 42}, "content is a number, not a list of blocks"),
        ({"content": [{"type": "p", "text": "متن"}, 7, ["x"]]}, "2 content blocks with no text"),
        ({"category": 3}, "category is a number, not text"),
        ({"tags": {"a": 1}}, "tags is an object, not a list"),
    ],
)
def test_wrong_type_is_left_out_and_said(
    tmp_path: Path, changes: dict[str, Any], said: str
) -> None:
    """A field of the wrong JSON type used to vanish without a word (an untitled
    article from ``"title": 12345``): it is left out and the record gets a note."""
    record = {
        "url": "https://www.baharnews.ir/news/437431/x",
        "title": "عنوان",
        "content": [{"type": "p", "text": "متن خبر"}],
        **changes,
    }
    [article], [note] = items(write(tmp_path, record))
    assert note.kept and note.index == 0
    assert note.reason.startswith("left out of the imported article: ")
    assert said in note.reason
    assert article.title or article.body  # the rest of the record is there


def test_readable_wrong_shapes_are_kept_without_a_note(tmp_path: Path) -> None:
    """A list of strings, a lone block and a tags string lose nothing: read, no note."""
    record = {
        "title": ["نصرالله:", "ما خبر نداشتیم"],
        "summary": ["خط یک", "خط دو"],
        "content": {"type": "h2", "text": "تنها بند"},
        "tags": "لبنان، حزب الله",
        "category": ["خبر", "بین‌الملل"],
    }
    [article], notes = items(write(tmp_path, record))
    assert notes == []
    assert article.title == "نصرالله: ما خبر نداشتیم"
    assert article.lead == "خط یک\nخط دو"
    assert [(p.text, p.heading) for p in article.body] == [("تنها بند", True)]
    assert article.tags == ["لبنان", "حزب الله"]
    assert article.category == "خبر/بین‌الملل"


def test_nothing_usable_left_refuses_the_file_with_the_reasons(tmp_path: Path) -> None:
    path = write(tmp_path, {"title": 5, "content": {"blocks": []}, "url": "https://x.ir/1"})
    with pytest.raises(ImportError_) as info:
        list(IMPORTER.read(path))
    assert str(info.value) == (
        "TLPC record has no usable title or content: title is a number, not text; "
        "content is an object, not a list of blocks"
    )


def test_wrong_type_through_the_import_report(tmp_path: Path) -> None:
    """What the CLI and the import dialog show: a note on record 1, whose article is
    kept; a record with nothing left is skipped, and the good file beside it imports."""
    from reader.core.library.importing import import_paths
    from reader.core.library.store import Library

    folder = tmp_path / "in"
    folder.mkdir()
    base = {
        "url": "https://www.baharnews.ir/news/437431/x",
        "category": {"major": "News"},
        "aboveTitle": "",
        "content": [{"text": "متن"}],
    }
    write(folder, {**base, "title": 12345}, "number.json")
    write(folder, {**base, "title": None, "content": 42}, "empty.json")
    write(folder, {**base, "title": "عنوان خوب", "url": "https://www.baharnews.ir/news/2/y"})
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_paths(lib, [folder], workers=0)
    assert report.added == 2
    # the article that was imported is noted, not counted as skipped
    assert [(Path(p).name, r) for p, r in report.notes] == [
        ("number.json", "record 1: left out of the imported article: title is a number, not text")
    ]
    assert [(Path(p).name, r) for p, r in report.skipped] == [
        (
            "empty.json",
            "TLPC record has no usable title or content: content is a number, not a list of blocks",
        )
    ]


@pytest.mark.parametrize("keep", [300, 1000, 2000])
def test_truncated_article_file_says_so(tmp_path: Path, keep: int) -> None:
    """A TLPC file cut off before its content was "format not recognised"."""
    from reader.core import importers

    source = DATA / "hamshahrionline_1402-07-24_dab9115fb4f2d6a09e86077699d8a90f.json"
    path = tmp_path / "cut.json"
    path.write_bytes(source.read_bytes()[:keep])
    assert importers.detect(path) is IMPORTER
    with pytest.raises(ImportError_) as info:
        list(IMPORTER.read(path))
    assert str(info.value).startswith(
        "not valid JSON: the file ends inside the article (truncated?): "
    )


def test_a_whole_json_object_without_content_is_not_taken_for_a_cut_article() -> None:
    head = b'{"url": "https://x.ir/1", "category": {"major": "News"}, "aboveTitle": "a"}'
    assert IMPORTER.sniff(Path("x.json"), head) == 0


def test_a_date_that_cannot_be_read_is_noted(tmp_path: Path) -> None:
    record = {"title": "عنوان", "content": [{"text": "متن"}], "date": "1402/13/40 10:00"}
    note, article = list(IMPORTER.read(write(tmp_path, record)))
    assert note == RecordProblem(
        0,
        "left out of the imported article: date '1402/13/40 10:00' not understood",
        kept=True,
    )
    assert article.title == "عنوان" and article.published is None
