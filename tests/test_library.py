"""Library: storage round trip, dedup, filters, sorting, paging, facets, histograms, flags."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.core.article import Article, Paragraph
from reader.core.library import Library, LibraryError
from reader.core.library.schema import SCHEMA_VERSION
from reader.core.query import ArticleQuery, SortKey

TEHRAN = ZoneInfo("Asia/Tehran")
Q = ArticleQuery()


def art(title: str, *, site: str | None = "ایرنا", source: str | None = None, when=None,
        body: str = "", code: str | None = None, lead: str = "") -> Article:  # fmt: skip
    return Article(
        title=title,
        site=site,
        source=source,
        published=when,
        body=[Paragraph(body or f"متن خبر {title}")],
        news_code=code,
        lead=lead,
    )


def t(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TEHRAN)


@pytest.fixture
def filled(library: Library) -> Library:
    library.add_articles(
        [
            art("الف", site="ایرنا", source="رویترز", when=t(2021, 10, 12, 20, 53), code="1"),
            art("ب", site="فارس", when=t(2021, 10, 13, 0, 10), code="2"),
            art("پ", site="فارس", source="ایرنا", when=t(2021, 9, 22, 23, 59), code="3"),
            art("ت", site="مهر", when=t(2022, 3, 21, 0, 0), code="4"),
            art("ث", site=None, when=None),
            art("ج", site="ایرنا", when=t(2021, 10, 12, 0, 0), code="5"),
        ]
    )
    return library


def ids(rows) -> list[int]:
    return [r.id for r in rows]


def titles(lib: Library, q: ArticleQuery) -> list[str]:
    return [r.title for r in lib.page(q, 0, 1000)]


def test_round_trip_keeps_raw_text(library: Library) -> None:
    a = Article(
        title="تعاملات نظامي",
        overline="سرلشکر باقری:",
        lead="لید خبر",
        body=[Paragraph("پاراگراف اول"), Paragraph("میان‌تیتر", heading=True)],
        news_code="483462",
        published=t(2021, 10, 12, 20, 53),
        site="دفاع‌پرس",
        source="ایرنا",
        url="https://example.invalid/x",
        category="سیاسی",
        tags=["ایران", "پاکستان"],
        origin_path="/x/y.txt",
        origin_index=3,
        format="scraped",
        raw="RAW PAGE",
    )
    assert library.add_articles([a]) == (1, 0)
    stored = library.get(1)
    assert stored is not None
    assert stored.title == "تعاملات نظامي"  # raw, not folded
    assert stored.body == a.body
    assert stored.published == a.published
    assert stored.published.utcoffset().total_seconds() == 3.5 * 3600  # DST in 1400
    for name in ("overline", "lead", "news_code", "site", "source", "url", "category", "tags",
                 "origin_path", "origin_index", "format"):  # fmt: skip
        assert getattr(stored, name) == getattr(a, name), name
    assert (stored.read, stored.starred) == (False, False)
    assert library.get(999) is None


def test_duplicates_by_content_and_by_code(library: Library) -> None:
    first = art("كتاب ها", body="مي يابد ۱۴۰۰", site="ایرنا", code="7")
    same_text_other_spelling = art("کتاب‌ها", body="می‌یابد 1400", site="فارس")
    same_code = art("دیگر", body="متن دیگر", site="ایرنا", code="7")
    other_site_same_code = art("دیگر", body="متن دیگر", site="مهر", code="7")
    assert library.add_articles([first, same_text_other_spelling, same_code]) == (1, 2)
    assert library.add_articles([other_site_same_code, first]) == (1, 1)
    assert library.total() == 2


def test_date_filters_are_tehran_days(filled: Library) -> None:
    day = date(2021, 10, 12)
    q = Q.with_(date_from=day, date_to=day)
    assert set(titles(filled, q)) == {"ج", "الف"}
    assert filled.count(Q.with_(date_from=date(2021, 10, 13))) == 2
    assert filled.count(Q.with_(date_to=date(2021, 9, 22))) == 1  # 23:59 Tehran still that day
    assert filled.count(Q.with_(date_from=date(2022, 3, 21), date_to=date(2022, 3, 21))) == 1


def test_site_source_unread_starred_filters(filled: Library) -> None:
    assert filled.count(Q.with_(sites=frozenset({"فارس"}))) == 2
    assert filled.count(Q.with_(sites=frozenset({"فارس", "مهر"}))) == 3
    assert filled.count(Q.with_(sources=frozenset({"ایرنا"}))) == 1
    filled.set_read([1, 2], True)
    assert filled.count(Q.with_(unread_only=True)) == 4
    filled.set_starred([3], True)
    assert titles(filled, Q.with_(starred_only=True)) == ["پ"]
    filled.set_read([1], False)
    assert filled.get(1).read is False
    assert filled.count(Q.with_(unread_only=True, sites=frozenset({"ایرنا"}))) == 2


def test_sorting_and_stable_ties(filled: Library) -> None:
    assert titles(filled, Q) == ["ت", "ب", "الف", "ج", "پ", "ث"]  # newest first, undated last
    assert titles(filled, Q.with_(descending=False)) == ["ث", "پ", "ج", "الف", "ب", "ت"]
    assert titles(filled, Q.with_(sort=SortKey.TITLE, descending=False)) == [
        "الف", "ب", "پ", "ت", "ث", "ج",
    ]  # fmt: skip
    by_site = titles(filled, Q.with_(sort=SortKey.SITE, descending=False))
    assert by_site[0] == "ث"  # unknown site sorts first ascending
    assert by_site[1:3] == ["ج", "الف"]  # ایرنا, oldest first within


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_near_the_end_match_forward_order(
    library: Library, sort: SortKey, descending: bool
) -> None:
    same_time = t(2020, 1, 1)
    library.add_articles(
        art(
            f"عنوان {i % 7}",
            site=["الف", "ب", "ج"][i % 3],
            when=same_time if i % 4 else None,
            body=f"بدنه {i}",
        )
        for i in range(101)
    )
    q = Q.with_(sort=sort, descending=descending)
    forward = ids(library.page(q, 0, 200))
    assert len(forward) == 101
    assert sorted(forward) == list(range(1, 102))
    stitched = []
    for offset in range(0, 101, 9):
        stitched += ids(library.page(q, offset, 9))
    assert stitched == forward
    assert ids(library.page(q, 95, 50)) == forward[95:]
    assert library.page(q, 101, 5) == []
    for i in (0, 37, 60, 100):
        assert library.row_of(q, forward[i]) == i


def test_text_search_every_spelling(library: Library) -> None:
    library.add_articles(
        [
            art("خبر یک", body="این کتاب‌ها در سال ۱۴۰۰ منتشر می‌شود"),
            art("خبر دو", body="علي به مدرسة رفت و عَلِیّ آمد"),
            art("خبر سه", body="بدون ربط"),
        ]
    )
    for text in ["كتاب ها", "کتابها", "کتاب‌ها", "1400", "۱۴۰۰", "مي شود", "میشود"]:
        assert titles(library, Q.with_(text=text)) == ["خبر یک"], text
    for text in ["علی", "علي", "مدرسه", "عَلِي"]:
        assert titles(library, Q.with_(text=text)) == ["خبر دو"], text


def test_query_language(library: Library) -> None:
    library.add_articles(
        [
            art("پاکستان و ایران", site="ایرنا", body="سفر رسمی فرمانده ارتش", lead="لید"),
            art("افغانستان", site="فارس", source="ایرنا", body="وضعیت امنیت افغانستان"),
            art("اقتصاد", site="مهر", body="سفر رسمی وزیر اقتصاد به پاکستان"),
        ]
    )

    def found(text: str) -> set[str]:
        return set(titles(library, Q.with_(text=text)))

    assert found("سفر پاکستان") == {"پاکستان و ایران", "اقتصاد"}
    assert found('"سفر رسمی فرمانده"') == {"پاکستان و ایران"}
    assert found('"رسمی سفر"') == set()
    assert found("سفر -اقتصاد") == {"پاکستان و ایران"}
    assert found("-سفر") == {"افغانستان"}
    assert found("افغانستان | اقتصاد") == {"افغانستان", "اقتصاد"}
    assert found("افغان*") == {"افغانستان"}
    assert found("title:پاکستان") == {"پاکستان و ایران"}
    assert found("site:فارس") == {"افغانستان"}
    assert found("source:ایرنا") == {"افغانستان"}
    assert found("-site:فارس سفر") == {"پاکستان و ایران", "اقتصاد"}
    assert found("لید") == {"پاکستان و ایران"}  # the lead is indexed
    # a field typed with a space after the colon applies to the next word; alone it is
    # no term at all (it searched for the word "title")
    assert found("title: پاکستان") == {"پاکستان و ایران"}
    assert found("-site: فارس سفر") == {"پاکستان و ایران", "اقتصاد"}
    assert found("title:") == found("site:") == found("")


@pytest.mark.parametrize(
    "text", ['"', '"بی‌پایان', "|", "-", "*", "AND", "OR NOT", "(", ")", ":", "title:", "a:b",
             "NEAR(", "^", "-\"\"", "سفر |", "| سفر", "ـ", "َ"],
)  # fmt: skip
def test_bad_syntax_never_raises(filled: Library, text: str) -> None:
    n = filled.count(Q.with_(text=text))
    assert 0 <= n <= filled.total()
    filled.page(Q.with_(text=text), 0, 10)


def test_search_terms_for_highlighting(library: Library) -> None:
    assert library.search_terms('سفر "رسمی فرمانده" -اقتصاد site:فارس a|b') == [
        "سفر", "رسمی فرمانده", "a", "b",
    ]  # fmt: skip


def test_facets_ignore_their_own_filter(filled: Library) -> None:
    assert filled.facet_counts(Q, "site") == [("ایرنا", 2), ("فارس", 2), ("مهر", 1)]
    q = Q.with_(sites=frozenset({"فارس"}))
    assert filled.facet_counts(q, "site") == [("ایرنا", 2), ("فارس", 2), ("مهر", 1)]
    assert filled.facet_counts(q, "source") == [("ایرنا", 1)]
    assert filled.facet_counts(Q.with_(date_from=date(2021, 10, 13)), "site") == [
        ("فارس", 1), ("مهر", 1),
    ]  # fmt: skip
    with pytest.raises(ValueError):
        filled.facet_counts(Q, "title")  # type: ignore[arg-type]


def test_histograms_and_bounds(filled: Library) -> None:
    # 12-13 Oct 2021 = 20-21 Mehr 1400; 22 Sep 2021 23:59 = 31 Shahrivar 1400;
    # 21 Mar 2022 = 1 Farvardin 1401
    assert filled.month_histogram(Q) == [(1400, 6, 1), (1400, 7, 3), (1401, 1, 1)]
    assert filled.month_histogram(Q.with_(date_from=date(2022, 1, 1))) == filled.month_histogram(Q)
    assert filled.month_histogram(Q.with_(sites=frozenset({"فارس"}))) == [
        (1400, 6, 1),
        (1400, 7, 1),
    ]
    assert filled.day_histogram(Q, 1400, 7) == [(20, 2), (21, 1)]
    assert filled.date_bounds() == (date(2021, 9, 22), date(2022, 3, 21))
    stats = filled.stats()
    assert (stats.total, stats.undated) == (6, 1)
    assert stats.months == filled.month_histogram(Q)
    assert stats.sites[0] == ("ایرنا", 2)


def test_empty_library(library: Library) -> None:
    assert library.total() == 0
    assert library.page(Q, 0, 10) == []
    assert library.date_bounds() is None
    assert library.month_histogram(Q) == []
    assert library.next_unread(Q, -1) is None


def test_next_unread(filled: Library) -> None:
    order = ids(filled.page(Q, 0, 10))  # ت ب الف ج پ ث
    filled.set_read([order[0], order[1], order[3]], True)
    assert filled.next_unread(Q, -1) == 2
    assert filled.next_unread(Q, 2) == 4
    assert filled.next_unread(Q, 5) is None
    assert filled.next_unread(Q, 4, backwards=True) == 2
    assert filled.next_unread(Q, 2, backwards=True) is None
    assert filled.next_unread(Q, 6, backwards=True) == 5


def test_row_of_missing_or_filtered_out(filled: Library) -> None:
    assert filled.row_of(Q, 999) is None
    assert filled.row_of(Q.with_(sites=frozenset({"مهر"})), 1) is None


def test_count_sees_writes_of_other_connections(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as a, Library.open(path) as b:
        assert a.total() == 0
        b.add_articles([art("یک")])
        assert a.total() == 1


def test_schema_version_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.add_articles([art("یک")])
    with Library.open(path, create=False) as lib:
        assert lib.total() == 1
        assert lib.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer"):
        Library.open(path)


def test_unreadable_or_missing_library(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryError):
        Library.open(junk)
    with pytest.raises(LibraryError):
        Library.open(tmp_path / "missing.sqlite3", create=False)
    with pytest.raises(LibraryError):
        Library.open(tmp_path)


def test_persian_punctuation_separates_words(library: Library) -> None:
    library.add_articles([art("خبر", body="«محمد باقری»، رئیس ستاد؛ گفت؟")])
    for text in ["محمد", "باقری", "ستاد", "گفت", '"محمد باقری"', "«باقری»"]:
        assert library.count(Q.with_(text=text)) == 1, text


def test_probe_and_drive_plans_agree(library: Library, monkeypatch) -> None:
    import reader.core.library.planning as store

    words = ["سفر", "پاکستان", "ایران", "اقتصاد", "افغانستان"]
    library.add_articles(
        art(
            f"عنوان {i}",
            site=["الف", "ب", "ج"][i % 3],
            when=t(2021, 1 + i % 12, 1 + i % 28),
            body=" ".join(w for j, w in enumerate(words) if (i >> j) & 1) + f" شماره {i}",
        )
        for i in range(64)
    )
    queries = [
        Q.with_(text="سفر"),
        Q.with_(text="سفر -ایران"),
        Q.with_(text="سفر | اقتصاد", sites=frozenset({"الف", "ب"})),
        Q.with_(text='"پاکستان ایران"', date_from=date(2021, 3, 1)),
        Q.with_(text="-افغانستان", unread_only=True),
        Q.with_(text="ایران", sort=SortKey.TITLE, descending=False),
    ]

    def snapshot() -> list:
        out = []
        for q in queries:
            library._counts.clear()
            out.append(
                (
                    library.count(q),
                    ids(library.page(q, 0, 100)),
                    ids(library.page(q, 5, 3)),
                    library.facet_counts(q, "site"),
                    library.month_histogram(q),
                )
            )
        return out

    drive = snapshot()
    monkeypatch.setattr(store, "PROBE_MIN_HITS", 0)
    monkeypatch.setattr(store, "PROBE_FRACTION", 10**9)
    assert library._probe(queries[0])
    assert snapshot() == drive
    assert drive[0][0] == 32
    # Shallow pages probe FTS5 row by row; deep ones (and prefix terms) use the hit list.
    from reader.core.library import reads

    queries.append(Q.with_(text="پاک*"))
    probing = snapshot()
    monkeypatch.setattr(reads, "SHALLOW_PAGE", 0)
    assert snapshot() == probing
    assert probing[:-1] == drive


def test_spellings_the_index_keeps_apart_still_meet(library: Library) -> None:
    library.add_articles(
        [
            art("سفر به آمریکا", code="a1"),
            art("سفر به امریکا", code="a2"),
            art("برگ‌های پائیز", code="p1"),
            art("مسایل اقتصادی", code="m1"),
            art("رئیس جمهور", code="r1"),
            art("این مسئله", code="s1"),
            art("آن مساله", code="s2"),
            art("ایران و ایرانیان", code="i1"),
        ]
    )

    def found(text: str) -> set[str]:
        return set(titles(library, Q.with_(text=text)))

    both = {"سفر به آمریکا", "سفر به امریکا"}
    assert found("امریکا") == found("آمریکا") == found("title:امریکا") == both
    assert found('"به امریکا"') == both and found("امریک*") == both
    assert found("پاییز") == {"برگ‌های پائیز"}
    assert found("مسائل") == {"مسایل اقتصادی"}
    assert found("رییس") == {"رئیس جمهور"}
    assert found("مسئله") == found("مسأله") == found("مساله") == {"این مسئله", "آن مساله"}
    assert found("ایران") == {"ایران و ایرانیان"}  # no آیران anywhere: nothing extra
    assert found("سفر -امریکا") == set()  # an excluded word is excluded in every spelling


def test_words_typed_apart_find_the_word_written_as_one(library: Library) -> None:
    library.add_articles(
        [
            art("سفر به اسلام\u200cآباد", code="j1"),
            art("فرودگاه اسلام آباد", code="j2"),
            art("گفت\u200cوگو با وزیر", code="j3"),
            art("اسلام و آبادانی", code="j4"),
        ]
    )

    def found(text: str) -> set[str]:
        return set(titles(library, Q.with_(text=text)))

    islamabad = {"سفر به اسلام\u200cآباد", "فرودگاه اسلام آباد"}
    assert found("اسلام آباد") == islamabad
    assert found('"اسلام آباد"') == islamabad
    # typed with a ZWNJ: the word, or its two sides written apart (side by side)
    assert found("اسلام\u200cآباد") == islamabad
    assert found("گفت و گو") == {"گفت\u200cوگو با وزیر"}
    assert found("اسلام آبادانی") == {"اسلام و آبادانی"}


@pytest.mark.parametrize("folder_writable", [True, False])
def test_read_only_open_reads_and_never_writes(
    tmp_path, monkeypatch: pytest.MonkeyPatch, folder_writable: bool
) -> None:
    import os
    import sqlite3

    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.add_articles([art("خبر اول", code="1"), art("خبر دوم", code="2")])
    if not folder_writable:  # read-only media: opened immutable
        monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with Library.open(path, read_only=True) as lib:
        assert sorted(titles(lib, Q)) == ["خبر اول", "خبر دوم"]
        assert lib.count(Q.with_(text="اول")) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            lib.connection.execute("UPDATE articles SET read = 1")


def test_read_only_open_refuses_another_schema(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).execute("PRAGMA user_version = 2").connection.close()
    with pytest.raises(LibraryError, match="another version"):
        Library.open(path, read_only=True)
