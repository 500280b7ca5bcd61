"""The reading pane marks what the search found: the same folding, the same words."""

from __future__ import annotations

import pytest

from reader.core.search import Highlighter, search_terms


def marks(query: str, text: str) -> list[str]:
    return [text[s:e] for s, e in Highlighter.of(search_terms(query)).spans(text)]


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        # a ZWNJ, a space or nothing between the parts: the index has one word
        ("می شود", "این کار می‌شود و میدان شلوغ است", ["می\u200cشود"]),
        ("می‌شود", "این کار می شود", ["می شود"]),
        ("میشود", "نمی‌شود یا می‌شود", ["می\u200cشود"]),
        ("کتاب ها", "این کتاب ها و کتاب‌ها", ["کتاب ها", "کتاب\u200cها"]),
        ("بزرگ تر", "بزرگ‌تر و بزرگتر", ["بزرگ\u200cتر", "بزرگتر"]),
        # words typed apart that the article writes as one
        ("گفت و گو", "گفت‌وگو با وزیر و معاون", ["گفت\u200cوگو"]),
        ("هسته ای", "انرژی هسته‌ای", ["هسته\u200cای"]),
        ("اسلام آباد", "سفر به اسلام‌آباد", ["اسلام\u200cآباد"]),
        # a word typed with a ZWNJ that the article writes apart
        ("هسته‌ای", "انرژی هسته ای", ["هسته ای"]),
        ("کابینه‌ی", "کابینۀ دولت", ["کابینۀ"]),
        # punctuation typed around or inside a word is no part of it
        ("«ایران", "سفر به ایران", ["ایران"]),
        ("ایران؟", "سفر به ایران", ["ایران"]),
        ("(ایران | پاکستان)", "ایران و پاکستان", ["ایران", "پاکستان"]),
        ("^ایران", "ایران", ["ایران"]),
        ("'سونامی'", "«سونامی» پیروزی", ["سونامی"]),
        # a phrase whatever stands between its words in the text
        ('"کمک مردم"', "کمک، مردم و کمک  مردم", ["کمک، مردم", "کمک  مردم"]),
        ("«کمک مردم»", "کمک مردم", ["کمک مردم"]),
        ("ایران,پاکستان", "دیدار ایران، پاکستان", ["ایران، پاکستان"]),
        # a short word is marked where it is a word, not where words start with it
        ("و", "وزیر و معاون", ["و"]),
        ("ضمناً", "ضمناً گفت ضمنا", ["ضمناً", "ضمنا"]),  # the tanvin inside the mark
        ("ایر *", "ایرانی", ["ایر"]),
        ("ایران NOT پاکستان", "ایران و پاکستان", ["ایران"]),
        ("site:رادیو فردا", "رادیو فردا", []),
    ],
)
def test_marks_what_the_search_found(query: str, text: str, marked: list[str]) -> None:
    assert marks(query, text) == marked
