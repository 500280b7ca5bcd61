"""Scraped-page parser: the real Defapress sample exactly, and written variants of each layout."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import HEAD_SIZE, ImportError_, RecordProblem
from reader.core.importers.scraped import (
    IMPORTER,
    TITLE_MAX,
    ScrapedPageImporter,
    bounded_title,
    parse_scraped_page,
)

SAMPLE = Path(__file__).parent / "data" / "scraped" / "defapress-483462.txt"


@pytest.fixture(scope="module")
def sample() -> Article:
    return parse_scraped_page(SAMPLE.read_text(encoding="utf-8"), origin_path=str(SAMPLE))


def test_sample_header(sample: Article) -> None:
    assert sample.overline == "سرلشکر باقری:"
    assert sample.title == "تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری مییابد"
    assert sample.lead.startswith("رئیس ستاد کل نیروهای مسلح جمهوری اسلامی ایران با تاکید")
    assert sample.lead.endswith("میان دو کشور با پیشرفتهای بیشتری همراه خواهد شد.")


def test_sample_metadata(sample: Article) -> None:
    assert sample.news_code == "483462"
    assert sample.published is not None
    assert sample.published.isoformat() == "2021-10-12T20:53:00+03:30"
    assert sample.site == "دفاع‌پرس"
    assert sample.source == "ایرنا"
    assert sample.format == "scraped"
    assert sample.origin_path == str(SAMPLE)
    assert sample.origin_index is None
    assert sample.raw == SAMPLE.read_text(encoding="utf-8")


def test_sample_body(sample: Article) -> None:
    body = sample.body
    assert body[0].text.startswith("به گزارش گروه سایر رسانههای دفاعپرس، سردار سرلشکر")
    assert not body[0].heading
    assert body[-1].text.endswith("را رقم میزند.")
    assert body[-1].text.startswith("پس از دو سفر رسمی فرمانده ارتش پاکستان")
    headings = [p.text for p in body if p.heading]
    assert headings == ["افغانستان و همفکری ایران و پاکستان برای جهان اسلام"]
    assert len(body) == 11
    text = sample.body_text
    for furniture in ("منبع", "انتهای پیام", "نظر شما", "پربیننده", "کد خبر", "تاریخ انتشار"):
        assert furniture not in text
    assert "می یابدبه گزارش" not in text


# ---------------------------------------------------------------------------
# Written variants.

TITLE = "نشست فوری شورای امنیت درباره غزه برگزار شد"
LEAD = "اعضای شورای امنیت سازمان ملل در نشستی فوری وضعیت انسانی غزه را بررسی کردند."
P1 = "به گزارش خبرنگار بین الملل خبرگزاری تسنیم، این نشست به درخواست چند کشور عضو برگزار شد."
HEADING = "واکنش کشورهای عضو"
P2 = "نماینده چین در این نشست خواستار آتش بس فوری شد و بر ارسال کمک های انسانی تاکید کرد."


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_no_overline() -> None:
    a = parse_scraped_page(
        page(TITLE, LEAD, "کد خبر: 1234", "تاریخ انتشار: ۵ آبان ۱۴۰۲ - ۱۰:۰۰", P1, HEADING, P2)
    )
    assert a.overline == ""
    assert a.title == TITLE
    assert a.lead == LEAD
    assert a.news_code == "1234"
    assert a.site == "تسنیم"
    assert a.source is None
    assert [p.text for p in a.body] == [P1, HEADING, P2]
    assert [p.heading for p in a.body] == [False, True, False]


def test_two_short_lines_before_the_lead() -> None:
    a = parse_scraped_page(page("شورای امنیت", TITLE, LEAD, "کد خبر: ۷۷", P1, P2))
    assert (a.overline, a.title, a.lead) == ("شورای امنیت", TITLE, LEAD)
    assert [p.text for p in a.body] == [P1, P2]


def test_two_short_lines_and_lead_without_metadata() -> None:
    a = parse_scraped_page(page("شورای امنیت", TITLE, LEAD, P1, P2, "انتهای پیام"))
    assert (a.overline, a.title, a.lead) == ("شورای امنیت", TITLE, LEAD)
    assert [p.text for p in a.body] == [P1, P2]
    assert a.published is None and a.news_code is None


def test_title_and_body_only() -> None:
    a = parse_scraped_page(page(TITLE, P1, P2))
    assert (a.overline, a.title, a.lead) == ("", TITLE, "")
    assert [p.text for p in a.body] == [P1, P2]


def test_code_on_the_date_line() -> None:
    a = parse_scraped_page(
        page(TITLE, LEAD, "یکشنبه 3 بهمن 1395 - 22:23:21 | کد مطلب: 359598", P1, P2)
    )
    assert a.news_code == "359598"
    assert a.published is not None
    assert a.published.isoformat() == "2017-01-22T22:23:21+03:30"
    assert [p.text for p in a.body] == [P1, P2]


@pytest.mark.parametrize(
    ("code_line", "code"),
    [
        ("کد خبر: ۴۸۳۴۶۲", "483462"),
        ("شناسه خبر: ٤٨٣٤٦٢", "483462"),
        ("کد مطلب : 483462", "483462"),
        ("کد: ۹۹", "99"),
        ("كد خبر: ۱۲۳", "123"),
    ],
)
def test_code_labels(code_line: str, code: str) -> None:
    a = parse_scraped_page(page(TITLE, LEAD, code_line, P1))
    assert a.news_code == code


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 12October 2021", "2021-10-12T20:53:00+03:30"),
        ("۱۹ شهریور ۱۳۹۹، ۱۳:۰۳", "2020-09-09T13:03:00+04:30"),
        ("شنبه / ۲۹ مهر ۱۴۰۴ / ۱۰:۲۱", "2025-10-21T10:21:00+03:30"),
        ("شنبه ۲۲ آذر ۱۴۰۲ ساعت ۱۳:۱۹", "2023-12-13T13:19:00+03:30"),
        ("24 شهریور 1400 ساعت 10:04", "2021-09-15T10:04:00+04:30"),
        ("یکشنبه 3 بهمن 1395 - 22:23:21 | کد مطلب: 359598", "2017-01-22T22:23:21+03:30"),
        ("تاریخ انتشار : ۱۳۹۹/۰۸/۱۲ - ۱۸:۱۸", "2020-11-02T18:18:00+03:30"),
        ("۱۸:۱۸ - ۱۴۰۲/۱۱/۲۹", "2024-02-18T18:18:00+03:30"),
        ("۱۳۹۶/۵/۲۴ - ۱۵:۴۲", "2017-08-15T15:42:00+04:30"),
        ("جمعه ۲۶ تير ۱۴۰۵", "2026-07-17T00:00:00+03:30"),
        ("۲ دى ۱۳۹۸", "2019-12-23T00:00:00+03:30"),
        ("۲۱ اردیبهشت ۹۹", "2020-05-10T00:00:00+04:30"),
        ("تاریخ مخابره : ۴ ارديبهشت ۱۴۰۱ - ۰۹:۱۰", "2022-04-24T09:10:00+04:30"),
    ],
)
def test_each_date_layout_in_a_page(date_line: str, expected: str) -> None:
    a = parse_scraped_page(page("سخنگوی دولت:", TITLE, LEAD, date_line, P1, P2, "انتهای پیام"))
    assert a.published is not None
    assert a.published.isoformat() == expected
    assert (a.overline, a.title, a.lead) == ("سخنگوی دولت:", TITLE, LEAD)
    assert [p.text for p in a.body] == [P1, P2]


def test_mehr_the_agency_is_not_a_date() -> None:
    p1 = "به گزارش خبرگزاری مهر، ۱۴۰۰ دانش آموز در این مسابقه شرکت کردند."
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 5", p1, P2))
    assert a.published is None
    assert a.site == "مهر"
    assert [p.text for p in a.body] == [p1, P2]


def test_date_inside_a_sentence_stays_body() -> None:
    p1 = "به گزارش ایسنا، این قرارداد در ۲۰ مهر ۱۴۰۰ امضا شد."
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 5", p1, P2))
    assert a.published is None
    assert a.site == "ایسنا"
    assert a.body[0].text == p1


def test_no_end_marker_cuts_at_furniture() -> None:
    a = parse_scraped_page(
        page(TITLE, LEAD, "کد خبر: 10", P1, P2, "منبع: ایرنا", "برچسب ها", "غزه", "نظر شما")
    )
    assert [p.text for p in a.body] == [P1, P2]
    assert a.source == "ایرنا"


def test_no_end_marker_no_furniture_keeps_everything() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 10", P1, HEADING, P2))
    assert [p.text for p in a.body] == [P1, HEADING, P2]
    assert a.body[-1].heading is False


def test_end_marker_variants() -> None:
    for marker in ("انتهای پیام", "انتهای پیام/ 241", "انتهای پیام /۱۰۲", "انتهاي پيام"):
        a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 10", P1, P2, marker, "پربیننده ها", "x"))
        assert [p.text for p in a.body] == [P1, P2], marker


def test_end_marker_glued_to_last_paragraph() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 10", P1, P2 + "انتهای پیام", "نظر شما"))
    assert [p.text for p in a.body] == [P1, P2]


def test_attribution_variants() -> None:
    cases = {
        "به گزارش گروه سیاسی باشگاه خبرنگاران جوان، متن خبر.": "باشگاه خبرنگاران جوان",
        "به گزارش خبرگزاری فارس از شیراز، متن خبر.": "فارس",
        "به گزارش همشهری آنلاین، متن خبر.": "همشهری آنلاین",
        "به گزارش خبرنگار مهر، متن خبر.": "مهر",
        "به گزارش ايرنا، متن خبر.": "ایرنا",
        "به گزارش پایگاه خبری نوآوران امروز، متن خبر.": "نوآوران امروز",
        "به گزارش مرکز اطلاعات فدرال، متن خبر.": None,  # اطلاعات the word, not the newspaper
        "به گزارش گروه شرق آسیا، متن خبر.": None,
    }
    for p1, site in cases.items():
        a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 1", p1, P2))
        assert a.site == site, p1


def test_quoted_source() -> None:
    p1 = "به گزارش اقتصادآنلاین به نقل از ایسنا، قیمت ها ثابت ماند."
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 1", p1, P2))
    assert a.site == "اقتصادآنلاین"
    assert a.source == "ایسنا"
    b = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 1", p1, P2, "منبع: خبرگزاری ایلنا"))
    assert b.source == "ایلنا"


def test_unknown_source_is_kept_verbatim() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, P1, P2, "منبع: روزنامه محلی فلان"))
    assert a.source == "روزنامه محلی فلان"


def test_title_repeated_as_first_paragraph_is_dropped() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 3", TITLE.replace(" ", "  "), P1, P2))
    assert [p.text for p in a.body] == [P1, P2]


def test_glued_title_with_zwnj_differences() -> None:
    title = "قیمت‌ها کاهش می‌یابد"
    glued = "قیمتها کاهش می یابدبه گزارش ایسنا، بازار آرام است."
    a = parse_scraped_page(page(title, LEAD, "کد خبر: 3", glued, P2))
    assert a.body[0].text == "به گزارش ایسنا، بازار آرام است."
    assert a.site == "ایسنا"


def test_crlf_line_endings() -> None:
    text = page("سخنگوی دولت:", TITLE, LEAD, "کد خبر: 42", P1, P2, "انتهای پیام").replace(
        "\n", "\r\n"
    )
    a = parse_scraped_page(text)
    assert (a.overline, a.title, a.lead, a.news_code) == ("سخنگوی دولت:", TITLE, LEAD, "42")
    assert [p.text for p in a.body] == [P1, P2]
    assert a.raw == text


def test_metadata_above_the_title() -> None:
    a = parse_scraped_page(
        page("کد خبر: 42", "۱۹ شهریور ۱۳۹۹، ۱۳:۰۳", "سخنگوی دولت:", TITLE, LEAD, P1, P2)
    )
    assert (a.overline, a.title, a.lead) == ("سخنگوی دولت:", TITLE, LEAD)
    assert a.news_code == "42"
    assert a.published is not None and a.published.isoformat() == "2020-09-09T13:03:00+04:30"
    assert [p.text for p in a.body] == [P1, P2]


def test_metadata_below_the_body() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, P1, P2, "کد خبر: 42", "۱۹ شهریور ۱۳۹۹، ۱۳:۰۳"))
    assert (a.overline, a.title, a.lead, a.news_code) == ("", TITLE, LEAD, "42")
    assert a.published is not None
    assert [p.text for p in a.body] == [P1, P2]


def test_breadcrumb_above_the_header() -> None:
    a = parse_scraped_page(page("سیاسی » دفاعی", "سخنگوی دولت:", TITLE, LEAD, "کد خبر: 1", P1))
    assert (a.overline, a.title, a.lead) == ("سخنگوی دولت:", TITLE, LEAD)
    assert [p.text for p in a.body] == [P1]


def test_url_line_gives_url_and_site_fallback() -> None:
    p1 = "سخنگوی دولت در نشست خبری هفتگی به پرسش های خبرنگاران پاسخ داد."
    url = "https://www.isna.ir/news/1402080100001/"
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 1", p1, P2, f"لینک کوتاه: {url}"))
    assert a.url == url
    assert a.site == "ایسنا"
    assert [p.text for p in a.body] == [p1, P2]
    b = parse_scraped_page(page(TITLE, LEAD, url, P1, P2))
    assert b.url == url
    assert b.site == "تسنیم"  # the attribution in the text wins over the address


def test_separator_lines_are_not_paragraphs() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 1", P1, "***", P2, "-"))
    assert [p.text for p in a.body] == [P1, P2]


def test_paragraph_starting_with_the_title_words_is_kept() -> None:
    title = "سردار باقری"
    p1 = "سردار باقری گفت: این سفر در ادامه همکاری های دو کشور انجام می شود."
    a = parse_scraped_page(page(title, LEAD, "کد خبر: 3", p1, P2))
    assert [p.text for p in a.body] == [p1, P2]


def test_title_followed_by_attribution_after_a_space() -> None:
    a = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 3", TITLE + " " + P1, P2))
    assert [p.text for p in a.body] == [P1, P2]


def test_long_unpunctuated_second_line_is_the_lead() -> None:
    lead = (
        "اعضای شورای امنیت سازمان ملل متحد در نشستی فوری که به درخواست چند کشور عضو"
        " تشکیل شد وضعیت انسانی و امدادرسانی در نوار غزه را بررسی کردند"
    )
    assert len(lead) > 120 and not lead.endswith(".")
    a = parse_scraped_page(page(TITLE, lead, "کد خبر: 3", P1))
    assert (a.overline, a.title, a.lead) == ("", TITLE, lead)


def test_category_and_tags_lines() -> None:
    a = parse_scraped_page(
        page(
            TITLE,
            LEAD,
            "سرویس: بین‌الملل",
            "کد خبر: 9",
            P1,
            P2,
            "برچسب‌ها: غزه، شورای امنیت، سازمان ملل",
            "انتهای پیام",
        )
    )
    assert a.category == "بین‌الملل"
    assert a.tags == ["غزه", "شورای امنیت", "سازمان ملل"]
    assert [p.text for p in a.body] == [P1, P2]
    b = parse_scraped_page(page(TITLE, LEAD, "کد خبر: 9", P1))
    assert b.category is None and b.tags == []


def test_raw_text_is_untouched() -> None:
    text = page(TITLE, LEAD, "کد خبر: ۱۲", "تاریخ انتشار: ۵ آبان ۱۴۰۲", P1)
    a = parse_scraped_page(text)
    assert a.raw == text
    assert a.title == TITLE  # verbatim, not normalised


def test_no_title_raises() -> None:
    for text in ("", "\n\n", "کد خبر: 12\nتاریخ انتشار: ۵ آبان ۱۴۰۲\n", "hello world\n"):
        with pytest.raises(ImportError_, match="no title"):
            parse_scraped_page(text)


# ---------------------------------------------------------------------------
# The importer: encodings, sniffing, reading.


def windows_1256_page() -> bytes:
    # Old Persian files: Arabic ي for ی and Latin digits (cp1256 has neither ی nor ۰-۹).
    text = page(
        "وزير کشور:",
        "انتخابات در موعد مقرر برگزار مي شود",
        "وزير کشور گفت انتخابات طبق برنامه برگزار خواهد شد.",
        "کد خبر: 98765",
        "تاريخ انتشار: 12 فروردين 1390 - 09:30",
        "به گزارش ايرنا، وزير کشور در جمع خبرنگاران سخن گفت.",
        "منبع: ايرنا",
        "انتهاي پيام",
    )
    return text.encode("cp1256")


def test_windows_1256_page(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(windows_1256_page())
    assert IMPORTER.sniff(path, path.read_bytes()[:HEAD_SIZE]) == 60
    [a] = list(IMPORTER.read(path))
    assert isinstance(a, Article)
    assert a.overline == "وزير کشور:"
    assert a.title == "انتخابات در موعد مقرر برگزار مي شود"
    assert a.news_code == "98765"
    assert a.published is not None
    assert a.published.isoformat() == "2011-04-01T09:30:00+04:30"
    assert a.site == "ایرنا"
    assert a.source == "ایرنا"
    assert a.body[0].text == "به گزارش ايرنا، وزير کشور در جمع خبرنگاران سخن گفت."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_unicode_pages(tmp_path: Path, encoding: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert IMPORTER.sniff(path, data[:HEAD_SIZE]) == 60
    [a] = list(IMPORTER.read(path))
    assert isinstance(a, Article)
    assert a.news_code == "483462"
    assert a.site == "دفاع‌پرس"
    assert a.raw == text
    assert a.origin_path == str(path)
    assert a.format == "scraped"


def test_read_sample_and_resume() -> None:
    importer = ScrapedPageImporter()
    assert importer.name == "scraped"
    [a] = list(importer.read(SAMPLE))
    assert isinstance(a, Article) and a.title.startswith("تعاملات نظامی")
    assert list(importer.read(SAMPLE, start=1)) == []


def test_read_binary_raises(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    with pytest.raises(ImportError_, match="binary"):
        list(IMPORTER.read(path))


@pytest.mark.parametrize(
    ("data", "score"),
    [
        (SAMPLE.read_bytes(), 60),
        ("یک متن فارسی ساده بدون نشانه خبر\n".encode(), 20),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0),
        (b"plain english text only\n", 0),
        ("<DOC><TEXT>به گزارش ایرنا</TEXT></DOC>".encode(), 0),
        ('[{"title": "به گزارش"}]'.encode(), 0),
        ("id\ttitle\tarticle\n1\tعنوان\tبه گزارش ایرنا\n".encode(), 5),
        ("843656,\nعنوان خبر\nبه گزارش ایرنا، متن\n".encode(), 5),  # Persica record
    ],
)
def test_sniff(tmp_path: Path, data: bytes, score: int) -> None:
    assert IMPORTER.sniff(tmp_path / "x.txt", data) == score


def test_sniff_head_cut_inside_a_character(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    cut = data.index("تاریخ انتشار".encode()) + 24
    while True:
        try:
            data[:cut].decode("utf-8")
        except UnicodeDecodeError:
            break
        cut += 1
    assert IMPORTER.sniff(tmp_path / "x.txt", data[:cut]) == 60


def test_huge_file_is_refused_not_read_as_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.importers.scraped as scraped

    monkeypatch.setattr(scraped, "MAX_PAGE_BYTES", 1000)
    path = tmp_path / "dump.txt"
    path.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(ImportError_, match="too large"):
        list(IMPORTER.read(path))


# ---------------------------------------------------------------------------
# A "title" that is really text: a page saved as one line, or one that starts with its body.


def test_page_saved_as_one_line_is_untitled_text_and_said(tmp_path: Path) -> None:
    """The whole sample on one line was imported as a 2,700-character title."""
    one_line = " ".join(SAMPLE.read_text(encoding="utf-8").split("\n"))
    path = tmp_path / "one-line.txt"
    path.write_text(one_line, encoding="utf-8")
    note, article = list(IMPORTER.read(path))
    assert isinstance(article, Article)
    assert article.title == "" and article.lead == "" and article.overline == ""
    assert " ".join(article.body_text.split()) == " ".join(one_line.split())  # nothing lost
    assert isinstance(note, RecordProblem) and note.kept and note.index == 0
    assert note.reason == (
        f"no title line (the first line has {len(one_line.strip()):,} characters): "
        "imported without a title"
    )


def test_long_first_line_gives_its_first_sentence_as_title() -> None:
    sentence = "نشست فوری شورای امنیت درباره غزه برگزار شد."
    more = " ".join([LEAD] * 4)
    notes: list[str] = []
    a = parse_scraped_page(page(f"{sentence} {more}", P1, P2), notes=notes)
    assert a.title == sentence
    assert a.lead == ""  # the line after it is body text, not a lead
    assert [p.text for p in a.body] == [more, P1, P2]
    assert notes == [
        f"no title line (the first line has {len(sentence) + 1 + len(more):,} characters): "
        "its first sentence is the title"
    ]


def test_bounded_title_edges() -> None:
    assert TITLE_MAX == 200
    sentence = "الف" * 20 + "."
    assert bounded_title(f"{sentence} {'ب ' * 200}") == (sentence, ("ب " * 200).strip())
    late = "ج" * 250 + ". پایان"
    assert bounded_title(late) == ("", late)  # the first sentence ends past the bound
    assert bounded_title("ج.ا. " + "د" * 300) == ("", "ج.ا. " + "د" * 300)  # too early
    assert bounded_title("نرخ ۳.۵ درصد " + "ه" * 300)[0] == ""  # a decimal point is no end


def test_long_title_within_the_bound_is_kept() -> None:
    long_title = ("عنوانی بلند برای خبری درباره " * 6).strip()
    assert 160 < len(long_title) <= TITLE_MAX
    notes: list[str] = []
    a = parse_scraped_page(page(long_title, "کد خبر: ۷۷", P1, P2), notes=notes)
    assert a.title == long_title and notes == []


def test_one_line_page_with_many_end_words_folds_no_line_per_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each «انتها» word folded its whole line to look for the end marker: a 5 MB page
    saved as one line (the word 1,000 times) took 43 s to import; now 0.6 s."""
    from reader.core.importers.scraped import body

    calls: list[int] = []
    real = body.fold_for_matching

    def counting(text: str) -> str:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(body, "fold_for_matching", counting)
    one_line = " ".join(SAMPLE.read_text(encoding="utf-8").split("\n"))
    text = (one_line + " ") * 300
    assert body.cut_at_end_marker(text) == text  # the marker ends no line: nothing cut
    assert len(calls) <= 1  # (the last word is near the end of the text)
    marked = text + "\nانتهای پیام/ 241\nنظر شما\n"
    assert body.cut_at_end_marker(marked) == text + "\n"
