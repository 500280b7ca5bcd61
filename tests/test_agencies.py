"""The canonical agency table: every spelling family meets one display name."""

from __future__ import annotations

import pytest

from reader.core.agencies import (
    agency_from_url,
    all_agencies,
    canonical_agency,
    fold_agency_key,
    is_common_word,
    known_agency,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("دفاعپرس", "دفاع‌پرس"),
        ("دفاع‌پرس", "دفاع‌پرس"),
        ("دفاع پرس", "دفاع‌پرس"),
        ("خبرگزاری دفاع پرس", "دفاع‌پرس"),
        ("Defapress", "دفاع‌پرس"),
        ("ايرنا", "ایرنا"),
        ("خبرگزاری ایرنا", "ایرنا"),
        ("IRNA", "ایرنا"),
        ("irna", "ایرنا"),
        ("Islamic Republic News Agency", "ایرنا"),
        ("ISNA", "ایسنا"),
        ("خبرگزاری ايلنا", "ایلنا"),
        ("Mehr News Agency", "مهر"),
        ("خبرگزاری مهر", "مهر"),
        ("Fars News Agency", "فارس"),
        ("تسنيم", "تسنیم"),
        ("Tasnim News Agency", "تسنیم"),
        ("خبر آنلاین", "خبرآنلاین"),
        ("Khabaronline", "خبرآنلاین"),
        ("همشهري", "همشهری آنلاین"),
        ("همشهری‌آنلاین", "همشهری آنلاین"),
        ("YJC", "باشگاه خبرنگاران جوان"),
        ("باشگاه خبرنگاران جوان", "باشگاه خبرنگاران جوان"),
        ("میزان", "میزان"),
        ("Shana", "شانا"),
        ("Imna", "ایمنا"),
        ("TAHLILBAZAAR", "تحلیل بازار"),
        ("تحلیل‌بازار", "تحلیل بازار"),
        ("آنا", "آنا"),
        ("ايکنا", "ایکنا"),
        ("رکنا", "رکنا"),
        ("مشرق نيوز", "مشرق"),
        ("عصر ايران", "عصر ایران"),
        ("تابناك", "تابناک"),
        ("پایگاه خبری تابناك", "تابناک"),
        ("اقتصاد آنلاین", "اقتصادآنلاین"),
        ("روزنامه دنیای اقتصاد", "دنیای اقتصاد"),
        ("بهارنیوز", "بهار نیوز"),
        ("baharnews", "بهار نیوز"),
        ("Radio Farda", "رادیو فردا"),
        ("radiofarda", "رادیو فردا"),
        ("بی بی سی فارسی", "بی‌بی‌سی فارسی"),
        ("BBC Persian", "بی‌بی‌سی فارسی"),
        ("خبرگزاری صدا و سیما", "صدا و سیما"),
        ("صداوسیما", "صدا و سیما"),
        ("iribnews", "صدا و سیما"),
        ("روزنامه ایران", "روزنامه ایران"),
        ("روزنامه کیهان", "کیهان"),
        ("اطلاعات", "اطلاعات"),
        ("روزنامه شرق", "شرق"),
        ("جام‌جم", "جام جم"),
        ("پانا", "پانا"),
        ("برنا", "برنا"),
        ("ایمنا", "ایمنا"),
        ("انتخاب", "انتخاب"),
    ],
)
def test_aliases(name: str, expected: str) -> None:
    assert canonical_agency(name) == expected
    assert canonical_agency(f"  {name}\n") == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("irna.ir", "ایرنا"),
        ("www.irna.ir", "ایرنا"),
        ("https://www.irna.ir/news/84497425/", "ایرنا"),
        ("http://en.irna.ir/news/1", "ایرنا"),
        ("https://www.defapress.ir/fa/news/483462", "دفاع‌پرس"),
        ("HTTPS://WWW.TASNIMNEWS.COM/fa/news/1", "تسنیم"),
        ("https://www.hamshahrionline.ir/news/1", "همشهری آنلاین"),
        ("https://www.yjc.ir/fa/news/1", "باشگاه خبرنگاران جوان"),
        ("https://www.bbc.com/persian/iran-58875633", "بی‌بی‌سی فارسی"),
        ("https://www.radiofarda.com/a/31500000.html", "رادیو فردا"),
        ("https://www.iribnews.ir/fa/news/1", "صدا و سیما"),
        ("https://www.baharnews.ir/news/1", "بهار نیوز"),
        ("m.isna.ir", "ایسنا"),
    ],
)
def test_urls_and_domains(url: str, expected: str) -> None:
    assert agency_from_url(url) == expected
    assert canonical_agency(url) == expected


def test_unknown_names_pass_through_trimmed() -> None:
    assert canonical_agency("  روابط عمومی شرکت نفت ") == "روابط عمومی شرکت نفت"
    assert canonical_agency("ایران") == "ایران"  # the country is not روزنامه ایران
    assert canonical_agency("https://example.com/news/1") == "https://example.com/news/1"
    assert canonical_agency("bbc.com") == "bbc.com"  # only its Persian service is known
    assert known_agency("ایران") is None
    assert agency_from_url("https://example.com/x") is None
    assert agency_from_url("not a url") is None


def test_blank_is_none() -> None:
    assert canonical_agency(None) is None
    assert canonical_agency("") is None
    assert canonical_agency("  \u200c ") is None
    assert agency_from_url(None) is None


def test_folding() -> None:
    assert fold_agency_key("دفاع‌پرس") == fold_agency_key("دفاعپرس") == fold_agency_key("دفاع پرس")
    assert fold_agency_key("تسنيم") == fold_agency_key("تسنیم")
    assert fold_agency_key("IRNA") == fold_agency_key("irna")


def test_common_words() -> None:
    assert is_common_word("مهر")
    assert is_common_word("شرق")
    assert not is_common_word("ایرنا")
    assert not is_common_word("خبرگزاری مهر")


def test_display_names_are_canonical_and_unique() -> None:
    names = all_agencies()
    assert len(names) == len(set(names))
    for name in names:
        assert canonical_agency(name) == name
    assert {"ایرنا", "ایسنا", "دفاع‌پرس", "صدا و سیما", "بی‌بی‌سی فارسی"} <= set(names)
