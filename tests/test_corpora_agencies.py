"""Agency aliases the corpus importers rely on (pn_summary networks, TNews/MirasText sites)."""

from __future__ import annotations

import pytest

from reader.core.agencies import agency_from_url, canonical_agency


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        # pn_summary's network column
        ("Shana", "شانا"),
        ("Imna", "ایمنا"),
        ("Mehr", "مهر"),
        ("Irna", "ایرنا"),
        ("Khabaronline", "خبرآنلاین"),
        ("Tahlilbazaar", "تحلیل بازار"),
        # the example: one facet entry for every spelling of IRNA
        ("ایرنا", "ایرنا"),
        ("خبرگزاری ایرنا", "ایرنا"),
        ("IRNA", "ایرنا"),
        ("irna.ir", "ایرنا"),
        # sites of the TNews and MirasText samples
        ("fa.botianews.com", "بوتیا"),
        ("shabestan.ir", "شبستان"),
        ("خبرگزاری شبستان", "شبستان"),
        ("alalam.ir", "العالم"),
        ("nasimonline.ir", "نسیم آنلاین"),
        ("roozno.com", "روزنو"),
        ("danakhabar.com", "دانا"),
        ("55online.ir", "۵۵ آنلاین"),
        ("۵۵آنلاین", "۵۵ آنلاین"),
        # unknown names pass through
        ("example-news.ir", "example-news.ir"),
    ],
)
def test_corpus_site_names(name: str, canonical: str) -> None:
    assert canonical_agency(name) == canonical


def test_urls() -> None:
    assert agency_from_url("http://fa.botianews.com/1393/06/125532/") == "بوتیا"
    assert agency_from_url("http://ru.shabestan.ir/mobile/detail/5397") == "شبستان"
