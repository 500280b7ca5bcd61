"""farsi_news importer: the two real RSS dumps plus variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.farsi_news import IMPORTER

DATA = Path(__file__).parent / "data" / "corpora" / "farsi_news"


def test_samples() -> None:
    for name, site in (("hamshahri.json", "همشهری آنلاین"), ("radiofarda.json", "رادیو فردا")):
        path = DATA / name
        assert IMPORTER.sniff(path, path.read_bytes()[:65536]) >= 90
        result = list(IMPORTER.read(path))
        assert len(result) == 5 and all(isinstance(a, Article) for a in result)
        assert {a.site for a in result} == {site}
        assert all(a.published is None and not a.date_is_fallback for a in result)
        assert [a.origin_index for a in result] == [0, 1, 2, 3, 4]
    first = next(iter(IMPORTER.read(DATA / "hamshahri.json")))
    assert first.title.startswith("پرترافیک‌ترین جاده‌های ایران")
    assert first.body[0].text.startswith("رئیس مرکز اطلاعات و کنترل ترافیک")
    assert first.news_code == "503910"
    assert first.tags == ["اجتماع > سفر"]
    farda = list(IMPORTER.read(DATA / "radiofarda.json"))
    assert len(farda[0].body) > 1  # blank-line separated summary paragraphs
    assert farda[1].news_code == "30562688"  # not the 2020 inside its slug


def test_site_from_file_name_without_link(tmp_path: Path) -> None:
    path = tmp_path / "radiofarda.json"
    path.write_text(json.dumps([{"title": "t", "summary": "s", "link": "", "tags": []}]), "utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.site == "رادیو فردا" and article.url is None


def test_bad_item_and_truncated_array(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    items = [{"title": "یک", "summary": "", "link": "", "tags": []}, 5, {"title": "سه"}]
    path.write_text(json.dumps(items, ensure_ascii=False)[:-10], encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert isinstance(result[0], Article)
    assert isinstance(result[1], RecordProblem) and result[1].index == 1
    assert isinstance(result[2], RecordProblem) and "broken" in result[2].reason


def test_resume(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    items = [{"title": str(i), "summary": "s", "link": "", "tags": []} for i in range(5)]
    path.write_text(json.dumps(items), encoding="utf-8")
    assert [a.title for a in IMPORTER.read(path, start=3)] == ["3", "4"]


def test_small_chunks_stream_the_same(tmp_path: Path) -> None:
    from reader.core.importers._streaming import iter_json_array

    items = [{"title": "عنوان " * i, "n": i * 1.5, "tags": ["a", "b"]} for i in range(50)]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    with path.open(encoding="utf-8") as fh:
        assert list(iter_json_array(fh, chunk_size=7)) == items


def test_not_an_array_and_empty(tmp_path: Path) -> None:
    obj = tmp_path / "o.json"
    obj.write_text('{"title": "x"}', encoding="utf-8")
    empty = tmp_path / "e.json"
    empty.write_text("[]", encoding="utf-8")
    for path in (obj, empty):
        with pytest.raises(ImportError_):
            list(IMPORTER.read(path))
    assert IMPORTER.sniff(obj, obj.read_bytes()) == 0


def test_a_generic_json_export_is_not_taken_for_farsi_news(tmp_path: Path) -> None:
    from reader.core.importers import detect

    cut = tmp_path / "export.json"
    cut.write_text('[{"title": "x", "body": ', "utf-8")  # truncated: no item is complete
    whole = tmp_path / "dump.json"
    whole.write_text('[{"title": "x", "content": "c", "date": "1402/01/01"}]', "utf-8")
    for path in (cut, whole):
        importer = detect(path)
        assert importer is not None and importer.name == "generic", path.name
    rss = tmp_path / "items.json"
    rss.write_text('[{"title": "x", "summary": "s"}]', "utf-8")  # farsi_news keys only
    importer = detect(rss)
    assert importer is not None and importer.name == "farsi_news"
