"""MirasText importer: the ten real lines plus variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_
from reader.core.importers.mirastext import IMPORTER, content_datetime
from reader.core.jalali import make_tehran_datetime

SAMPLE = Path(__file__).parent / "data" / "corpora" / "mirastext" / "mirastext.txt"


def line(
    content: str = "متن خبر.  بند دوم.",
    description: str = "nan",
    keywords: str = "nan",
    title: str = "عنوان",
    website: str = "isna.ir",
    url: str = "https://www.isna.ir/news/1404072918478/x",
) -> str:
    return " *** ".join([content, description, keywords, title, website, url]) + "\n"


def test_sample() -> None:
    assert IMPORTER.sniff(SAMPLE, SAMPLE.read_bytes()[:65536]) >= 80
    result = list(IMPORTER.read(SAMPLE))
    assert len(result) == 10 and all(isinstance(a, Article) for a in result)
    first = result[0]
    assert (
        first.title == "ایرانی‌ها چقدر از اینترنت استفاده می‌کنند؟ | پايگاه خبري و تحليلي 55 آنلاین"
    )
    assert first.site == "۵۵ آنلاین"
    assert first.published == make_tehran_datetime(1396, 5, 24, 19, 40)
    assert not first.date_is_fallback
    assert first.news_code == "96106"
    assert first.lead == "" and first.tags == []
    # the leading copy of the title is dropped from the body
    assert first.body[0].text.startswith("شناسه خبر: 96106")
    assert len(first.body) > 1
    shabestan = result[4]
    assert shabestan.published == make_tehran_datetime(1396, 5, 24, 15, 42)
    hamshahri = result[6]
    assert hamshahri.site == "همشهری آنلاین"
    assert hamshahri.published == make_tehran_datetime(1395, 11, 3, 22, 23, 21)
    assert hamshahri.news_code == "359598"
    assert hamshahri.tags == ["زهرا شیخایی"]
    assert hamshahri.lead.startswith("همشهری آنلاین: دیروز گفتی از امروز")
    assert "<br" not in hamshahri.lead
    # no date in the content and no dated identifier: null, never guessed
    assert result[7].published is None and result[7].site == "دانا"
    assert result[7].tags[:2] == ["نرخ سود بانکی", "وام"]
    assert [a.origin_index for a in result] == list(range(10))


def test_event_date_inside_a_sentence_is_not_a_publish_date() -> None:
    assert content_datetime("وزیر گفت قرارداد در ۱۲ مهر ۱۳۹۵ امضا شد و اجرا می‌شود") is None
    assert content_datetime("تاریخ انتشار: ۱۲ مهر ۱۳۹۵ متن") == make_tehran_datetime(1395, 7, 12)


def test_isna_id_fallback_and_nan_fields(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(line(), encoding="utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.published == make_tehran_datetime(1404, 7, 29)
    assert article.date_is_fallback
    assert article.site == "ایسنا"
    assert article.news_code == "1404072918478"
    assert article.lead == "" and article.tags == []
    assert [p.text for p in article.body] == ["متن خبر.", "بند دوم."]


def test_separator_inside_content_and_missing_website(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        line(content="قبل *** بعد", website="nan", url="https://www.irna.ir/news/1/"),
        encoding="utf-8",
    )
    [article] = list(IMPORTER.read(path))
    assert article.body[0].text == "قبل *** بعد"
    assert article.site == "ایرنا"  # from the url when website is nan


def test_bad_lines_mid_file_and_resume(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(line(title="یک") + "just some text\n\n" + line(title="سه"), encoding="utf-8")
    result = list(IMPORTER.read(path))
    assert [type(r).__name__ for r in result] == ["Article", "RecordProblem", "Article"]
    assert result[2].origin_index == 2
    assert [a.title for a in IMPORTER.read(path, start=2)] == ["سه"]


def test_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    text = line(title="خبر ويژه", content="متن كامل اين خبر كه در اينجا آمده است.  بند دوم.")
    path.write_bytes(text.replace("ی", "ي").encode("cp1256"))
    [article] = list(IMPORTER.read(path))
    assert article.title == "خبر ويژه"


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("", encoding="utf-8")
    assert IMPORTER.sniff(path, b"") == 0
    with pytest.raises(ImportError_):
        list(IMPORTER.read(path))


def test_sniff_rejects_prose() -> None:
    assert IMPORTER.sniff(Path("a.txt"), "یک متن عادی\nبا دو خط\n".encode()) == 0


@pytest.mark.parametrize(
    ("description", "lead"),
    [
        # a Python list written out as text, escapes written out, first sentence repeated
        (
            "['لغو تحریم\\u200cها.', 'لغو تحریم\\u200cها.', 'برنامه هسته\\u200cای']",
            "لغو تحریم\u200cها.\nبرنامه هسته\u200cای",
        ),
        # a cut-off copy of the first item is dropped
        ("['جمله اول کامل است.', 'جمله اول کا']", "جمله اول کامل است."),
        # not a list after all: kept as text, tags and literal escapes cleaned
        ("['نیمه <b>کاره\\u200cها", "['نیمه کاره\u200cها"),
        ("<p>لید ساده</p>", "لید ساده"),
    ],
)
def test_description_written_as_a_python_list(tmp_path: Path, description: str, lead: str) -> None:
    path = tmp_path / "m.txt"
    path.write_text(line(description=description), encoding="utf-8")
    [article] = list(IMPORTER.read(path))
    assert article.lead == lead
