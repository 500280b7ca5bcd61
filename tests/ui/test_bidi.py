"""Bidi helpers and navigation history (pure logic, no widgets)."""

from __future__ import annotations

from reader.ui.bidi import LRI, PDI, RLI, RLM, has_rtl, isolate_ltr_runs, rtl_line, rtl_title
from reader.ui.navigation import History


def test_latin_and_number_runs_isolated_brackets_outside() -> None:
    assert isolate_ltr_runs("(برابر با 12 October 2021)") == (
        f"(برابر با {LRI}12\u00a0October\u00a02021{PDI})"
    )
    assert isolate_ltr_runs("سال ۱۴۰۰ و ۱۴۰۱") == "سال ۱۴۰۰ و ۱۴۰۱"  # Persian digits alone
    assert isolate_ltr_runs("بدون لاتین") == "بدون لاتین"
    assert isolate_ltr_runs("قیمت $1,299.99 است") == "قیمت \u2066$1,299.99\u2069 است"


def test_persian_digits_at_a_run_edge_stay_with_the_persian_text() -> None:
    # ۱۴۳۸ is the Hijri year of the Arabic date before it, not part of the English date
    assert isolate_ltr_runs("ذو القعدة ۱۴۳۸ Wednesday, August 16, 2017") == (
        "ذو القعدة ۱۴۳۸ \u2066Wednesday, August 16, 2017\u2069"
    )
    assert isolate_ltr_runs("گوشی iPhone ۲۰ عرضه شد") == "گوشی \u2066iPhone\u2069 ۲۰ عرضه شد"


def test_titles_starting_with_latin_read_rtl() -> None:
    assert rtl_title("iPhone 13 عرضه شد") == f"{RLM}{RLI}iPhone 13 عرضه شد{PDI}"
    assert rtl_title("2021 سال خوبی بود").startswith(RLM + RLI)
    assert rtl_title("خبر iPhone") == "خبر iPhone"
    assert rtl_title("English only headline") == "English only headline"  # reads LTR
    assert rtl_line("") == ""


def test_has_rtl_sees_persian_names_that_start_with_digits() -> None:
    assert has_rtl("۵۵ آنلاین") and has_rtl("BBC فارسی") and has_rtl("ایرنا")
    assert not has_rtl("BBC") and not has_rtl("۱۲۳") and not has_rtl("")


def test_history_back_forward_and_branching() -> None:
    h = History()
    for article_id in (1, 2, 3):
        h.visit(article_id)
    assert h.back() == 2 and h.back() == 1 and h.back() is None
    assert h.forward() == 2
    h.visit(9)  # a new branch drops the forward history
    assert h.forward() is None
    assert h.back() == 2


def test_a_very_long_latin_token_is_isolated_in_linear_time() -> None:
    """One 40,000-character token (a hash, a base64 blob) froze the window for seconds
    while the e-mail pattern was retried at each of its letters."""
    import time

    from reader.ui.bidi import ltr_runs

    text = "متن " + "deadbeef" * 5000 + " پایان"
    start = time.perf_counter()
    assert ltr_runs(text) == [(4, 4 + 40000)]
    assert time.perf_counter() - start < 0.5


def test_a_persian_question_mark_ends_a_web_address() -> None:
    from reader.ui.bidi import web_links

    text = "نشانی https://example.com/news/1402؟ را ببینید"
    [(start, end)] = web_links(text)
    assert text[start:end] == "https://example.com/news/1402"
