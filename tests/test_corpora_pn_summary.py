"""pn_summary importer: the three real splits plus variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.pn_summary import COLUMNS, IMPORTER

DATA = Path(__file__).parent / "data" / "corpora" / "pn_summary"
HEADER = "\t".join(COLUMNS) + "\n"


def row(
    title: str = "عنوان",
    article: str = "بند یک [n] بند دو",
    network: str = "Irna",
    link: str = "https://www.irna.ir/news/84000001/x",
) -> str:
    return (
        "\t".join(["a" * 40, title, article, "خلاصه", "Politics", "سیاسی+مجلس", network, link])
        + "\n"
    )


def test_real_splits() -> None:
    seen: list[Article] = []
    for split in ("train", "dev", "test"):
        path = DATA / f"{split}.csv"
        assert IMPORTER.sniff(path, path.read_bytes()[:65536]) == 100
        result = list(IMPORTER.read(path))
        assert all(isinstance(a, Article) for a in result)
        assert [a.origin_index for a in result] == [0, 1, 2, 3]
        seen.extend(result)  # type: ignore[arg-type]
    assert len(seen) == 12
    first = seen[0]
    assert first.title == "مدیریت فروش نفت در دوران تحریم هوشمندانه عمل کرد"
    assert first.body[0].text.startswith("به گزارش شانا، علی کاردر امروز (۲۷ دی ماه)")
    assert len(first.body) == 5  # four [n] tokens
    assert all("[n]" not in p.text for a in seen for p in a.body)
    assert first.lead.startswith("مدیرعامل شرکت ملی نفت")
    assert first.site == "شانا"
    assert first.url.startswith("https://www.shana.ir/news/275284/")
    assert first.news_code == "275284"
    assert first.category == "نفت" and first.tags == ["نفت"]
    assert first.published is None and not first.date_is_fallback  # the corpus has no dates
    assert first.format == "pn_summary"
    sites = {a.site for a in seen}
    assert sites == {"شانا", "ایمنا", "خبرآنلاین", "مهر"}
    tourism = next(a for a in seen if a.site == "خبرآنلاین")
    assert tourism.tags == ["گردشگری", "جهانگردی"]


def test_headerless_split_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "part.tsv"
    path.write_text(row() + row(title="دوم"), encoding="utf-8")
    assert IMPORTER.sniff(path, path.read_bytes()) == 70
    assert [a.title for a in IMPORTER.read(path)] == ["عنوان", "دوم"]


def test_bad_row_mid_file_and_resume(tmp_path: Path) -> None:
    path = tmp_path / "train.csv"
    path.write_text(HEADER + row("یک") + "only\ttwo columns\n" + row("سه"), encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert isinstance(result[1], RecordProblem) and "columns" in result[1].reason
    assert [r.title for r in result if isinstance(r, Article)] == ["یک", "سه"]
    assert [r.title for r in IMPORTER.read(path, start=2)] == ["سه"]


def test_huge_field_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "dev.csv"
    big = "کلمه " * 100_000  # far beyond csv's default 131072-character field limit
    path.write_text(HEADER + row(article=big) + row(title='نقل "قول" کوتاه'), encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert len(result) == 2 and len(result[0].body[0].text) > 400_000
    assert result[1].title == 'نقل "قول" کوتاه'


def test_missing_fields(tmp_path: Path) -> None:
    path = tmp_path / "test.csv"
    path.write_text(HEADER + row(network="", link="") + row(title="", article=""), encoding="utf-8")
    first, second = list(IMPORTER.read(path))
    assert isinstance(first, Article) and first.site is None and first.url is None
    assert isinstance(second, RecordProblem)


def test_irna_names_meet(tmp_path: Path) -> None:
    path = tmp_path / "test.csv"
    path.write_text(HEADER + row(network="Irna") + row(network="IRNA"), encoding="utf-8")
    assert {a.site for a in IMPORTER.read(path)} == {"ایرنا"}


def test_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "train.csv"
    text = HEADER + row(title="خبر ويژه از مجلس", article="متن كامل اين خبر در اينجا است")
    path.write_bytes(text.replace("ی", "ي").replace("ک", "ك").encode("cp1256"))
    [article] = list(IMPORTER.read(path))
    assert article.title == "خبر ويژه از مجلس"


def test_empty_and_header_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert IMPORTER.sniff(empty, b"") == 0
    with pytest.raises(ImportError_):
        list(IMPORTER.read(empty))
    header_only = tmp_path / "h.csv"
    header_only.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ImportError_, match="no pn_summary rows"):
        list(IMPORTER.read(header_only))
