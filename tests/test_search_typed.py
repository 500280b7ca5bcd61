"""The search box as people type into it: Persian keyboards, pasted text, habits from
other search engines. Each finds what the user meant and nothing raises."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.library import Library
from reader.core.query import ArticleQuery

Q = ArticleQuery()


def art(title: str, body: str, site: str = "ایرنا") -> Article:
    return Article(title=title, site=site, body=[Paragraph(body)])


@pytest.fixture
def news(library: Library) -> Library:
    library.add_articles(
        [
            art("کمک", "کمک مردم به سیل‌زدگان ادامه دارد"),
            art("مردم", "مردم برای کمک به سیل‌زدگان آمدند"),
            art("پاکستان", "سفر رسمی به پاکستان و ایران"),
            art("ایران", "خبری از ایران", site="همشهری آنلاین"),
            art("رادیو", "گفت‌وگوی رادیویی درباره ایران", site="رادیو فردا"),
        ]
    )
    return library


def found(lib: Library, text: str) -> set[str]:
    return {r.title for r in lib.page(Q.with_(text=text), 0, 100)}


@pytest.mark.parametrize("text", ["«کمک مردم»", "“کمک مردم”", "„کمک مردم“", "title:«کمک»"])
def test_guillemets_and_curly_quotes_quote_a_phrase(news: Library, text: str) -> None:
    assert found(news, text) == {"کمک"}


def test_excluded_phrase_in_guillemets(news: Library) -> None:
    assert found(news, "-«کمک مردم»") == {"مردم", "پاکستان", "ایران", "رادیو"}
    assert found(news, "«مردم کمک»") == set()


def test_guillemets_inside_a_straight_quoted_phrase_are_text(news: Library) -> None:
    assert found(news, '"«کمک» مردم"') == {"کمک"}


@pytest.mark.parametrize("minus", ["-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "ـ"])
def test_any_dash_or_a_leading_tatweel_excludes(news: Library, minus: str) -> None:
    assert found(news, f"ایران {minus}پاکستان") == {"ایران", "رادیو"}
    assert found(news, f"ایران {minus}«سفر رسمی»") == {"ایران", "رادیو"}
    assert found(news, f"ایران {minus}site:همشهری") == {"پاکستان", "رادیو"}


def test_a_dash_between_words_or_inside_one_is_no_minus(news: Library) -> None:
    assert found(news, "ایـران") == {"پاکستان", "ایران", "رادیو"}  # tatweel inside a word
    assert found(news, "پاکستان – ایران") == {"پاکستان"}


def test_and_or_not_typed_as_operators(news: Library) -> None:
    assert found(news, "ایران AND پاکستان") == {"پاکستان"}
    assert found(news, "پاکستان OR رادیویی") == {"پاکستان", "رادیو"}
    assert found(news, "ایران NOT پاکستان") == {"ایران", "رادیو"}
    assert found(news, "ایران NOT site:همشهری") == {"پاکستان", "رادیو"}
    assert found(news, "OR") == found(news, "AND") == found(news, "NOT") == found(news, "")
    assert found(news, "and") == set()  # only the capitals are operators


def test_fts5_syntax_typed_by_experts(news: Library) -> None:
    assert found(news, "NEAR(ایران پاکستان, 5)") == {"پاکستان"}
    assert found(news, "NEAR(ایران پاکستان") == {"پاکستان"}
    assert found(news, "{title}:ایران") == {"ایران"}
    assert found(news, "{title body}:ایران") == found(news, "ایران")


def test_field_names(news: Library) -> None:
    assert found(news, "تیتر:ایران") == found(news, "عنوان: ایران") == {"ایران"}
    assert found(news, "body:کمک") == found(news, "body: کمک") == {"کمک", "مردم"}
    assert found(news, "lead:کمک") == found(news, "لید:کمک") == set()


def test_a_star_typed_apart_makes_a_prefix(news: Library) -> None:
    assert found(news, "سیل *") == found(news, "سیل*") == {"کمک", "مردم"}
    assert found(news, '"سیل" *') == found(news, "سیل") == set()  # a phrase stays whole


def test_a_star_typed_apart_after_an_excluded_word_is_its_prefix(news: Library) -> None:
    # The star belongs to the word just before it, also when that word is excluded: it
    # made the positive word before it a prefix instead (ایران* found ایرانی) and left
    # the excluded one whole.
    assert found(news, "ایران -پاک *") == found(news, "ایران -پاک*") == {"ایران", "رادیو"}
    assert found(news, "ایران NOT پاک *") == {"ایران", "رادیو"}
    assert found(news, "مردم -سیل *") == set()  # سیل* excludes سیل‌زدگان
    assert found(news, "ایران site:همشهری *") == {"ایران"}  # no word right before it


def test_a_site_name_of_several_words(news: Library) -> None:
    assert found(news, "site:رادیو فردا") == {"رادیو"}
    assert found(news, "site: همشهری آنلاین") == {"ایران"}
    assert found(news, "site:رادیو فردا رادیویی") == {"رادیو"}
    assert found(news, "-site:همشهری آنلاین ایران") == {"پاکستان", "رادیو"}
    assert found(news, "site:ایرنا ایران") == {"پاکستان"}  # ایرنا ایران is no agency


@pytest.fixture
def spellings(library: Library) -> Library:
    library.add_articles(
        art(text, text)
        for text in ["دانش آموز مدرسه", "دانش‌آموز مدرسه", "انرژی هسته ای", "کابینۀ دولت"]
    )
    return library


def test_a_word_typed_with_a_zwnj_finds_it_written_apart(spellings: Library) -> None:
    both = {"دانش آموز مدرسه", "دانش‌آموز مدرسه"}
    assert found(spellings, "دانش‌آموز") == found(spellings, "دانش آموز") == both
    assert found(spellings, '"دانش‌آموز مدرسه"') == both
    assert found(spellings, "دانش‌آموز مدرسه") == both
    assert found(spellings, "هسته‌ای") == {"انرژی هسته ای"}
    assert found(spellings, "title:هسته‌ای") == {"انرژی هسته ای"}
    assert found(spellings, "دانش‌آمو*") == both
    assert found(spellings, "کابینه‌ی") == {"کابینۀ دولت"}  # the ezafe ه‌ی is ۀ
    assert found(spellings, "می‌شود") == set()


@pytest.mark.parametrize("text", ["(امریکا", "^امریکا", "امریکا)", "*امریکا", "امریکا،"])
def test_punctuation_typed_around_a_word_keeps_its_spellings(library: Library, text: str) -> None:
    library.add_articles([art("سفر", "سفر به آمریکا")])
    assert found(library, text) == {"سفر"}


def test_a_final_hamza_written_or_not(library: Library) -> None:
    library.add_articles([art("یک", "اعضاء شورا"), art("دو", "اعضا شورا")])
    assert found(library, "اعضا") == found(library, "اعضاء") == {"یک", "دو"}
    assert found(library, '"اعضاء شورا"') == {"یک", "دو"}
    assert [library.search_terms("اعضا")] == [["اعضا"]]


def test_a_word_ending_in_silent_he_finds_its_ezafe_written_with_ye(library: Library) -> None:
    library.add_articles(
        [art("یک", "کابینه‌ی دولت"), art("دو", "کابینۀ دولت"), art("سه", "کابینه دولت")]
    )
    assert found(library, "کابینه") == {"یک", "دو", "سه"}
    assert found(library, '"کابینه دولت"') == {"یک", "دو", "سه"}
    assert found(library, "گروه") == set()  # a consonant ه takes no ezafe ی: no گروهی
