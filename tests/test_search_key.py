"""The search key folds every spelling variant the issue lists, and nothing else."""

from __future__ import annotations

import pytest

from reader.core.persian.search_key import search_key


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("كتاب", "کتاب"),  # Arabic kaf
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("خانۀ", "خانه"),  # heh with yeh above
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("ٱلله", "الله"),
        ("مؤمن", "مومن"),
        ("۱۴۰۰", "1400"),  # Persian digits
        ("١٤٠٠", "1400"),  # Arabic-Indic digits
        ("١٢৩", "123"),  # a Bengali digit too
        ("عَلِيٌّ", "علی"),  # harakat
        ("قرآن\u0670", "قرآن"),  # superscript alef
        ("ســــلام", "سلام"),  # tatweel
        ("\u200fسلام\u200e", "سلام"),  # bidi marks
        ("\u2067سلام\u2069", "سلام"),  # bidi isolates
        ("ﻛﺘﺎﺏ", "کتاب"),  # presentation forms via NFKC
        ("می\u200dیابد", "مییابد"),  # ZWJ
    ],
)
def test_each_folding(variant: str, canonical: str) -> None:
    assert search_key(variant) == canonical


def test_mi_prefix_spellings_meet() -> None:
    spellings = ["می‌یابد", "مییابد", "می یابد", "مي يابد"]
    assert {search_key(s) for s in spellings} == {"مییابد"}


def test_nemi_prefix() -> None:
    assert search_key("نمی شود") == search_key("نمی‌شود") == search_key("نمیشود") == "نمیشود"


@pytest.mark.parametrize("suffix", ["ها", "های", "تر", "ترین"])
def test_detached_suffixes_join(suffix: str) -> None:
    assert search_key(f"کتاب {suffix}") == search_key(f"کتاب\u200c{suffix}") == f"کتاب{suffix}"


def test_word_ending_in_mi_is_not_joined() -> None:
    # "اسلامی" ends in می but is not the verbal prefix
    assert search_key("جمهوری اسلامی ایران") == "جمهوری اسلامی ایران"


def test_standalone_words_are_not_joined_to_neighbours() -> None:
    assert search_key("هاشمی تهران") == "هاشمی تهران"
    assert search_key("ترکیه") == "ترکیه"
    assert search_key("بازار ترکیه") == "بازار ترکیه"


def test_no_break_space_and_punctuation() -> None:
    assert search_key("کتاب\u00a0ها،") == "کتابها،"


def test_empty_and_ascii() -> None:
    assert search_key("") == ""
    assert search_key("Hello 42") == "Hello 42"


def test_idempotent() -> None:
    text = "مي‌يابد كتاب ها ۱۴۰۰ عَلِيّ"
    assert search_key(search_key(text)) == search_key(text)


def test_index_text_splits_on_persian_punctuation() -> None:
    from reader.core.persian.search_key import index_text

    assert index_text("«ایران»، پاکستان؛ چرا؟").split() == ["ایران", "پاکستان", "چرا"]
    assert index_text("a.b-c 12") == "a.b-c 12"  # ASCII separators are the tokenizer's job


@pytest.mark.parametrize(
    "text",
    ["این کار می شود و میدان", "کتاب ها و بزرگ تر ترین", "ضمناً  نمی شود", "ﻛﺘﺎﺏ ها",
     "اسلامی شود", "عَلِيٌّ ۱۴۰۰ كتاب‌ها", "ســــلام\u200fها"],
)  # fmt: skip
def test_offsets_follow_the_key(text: str) -> None:
    from reader.core.persian.search_key import search_key_offsets

    key, origins = search_key_offsets(text)
    assert key == search_key(text)
    assert len(origins) == len(key) and origins == sorted(origins)
    for ch, i in zip(key, origins, strict=True):
        assert search_key(text[i]) and ch in search_key(text[i])


def test_final_hamza_after_alef_both_ways() -> None:
    from reader.core.persian.search_key import spelling_variants

    assert "اعضا" in spelling_variants("اعضاء") and "اعضاء" in spelling_variants("اعضا")
    assert "وزرا" in spelling_variants("وزراء")
    assert spelling_variants("ما") == ["ما"]  # short words are no Arabic plurals
    assert spelling_variants("جزء") == ["جزء"]  # جزء is not جز


def test_a_phrase_keeps_the_spellings_closest_to_the_typed_one() -> None:
    from reader.core.persian.search_key import spelling_variants

    # every word's main variant survives the cap, not only the first word's
    spellings = spelling_variants("امریکا ابتدا رئیس")
    assert {"آمریکا ابتدا رئیس", "امریکا ابتدا رییس", "امریکا ابتداء رئیس"} <= set(spellings)
