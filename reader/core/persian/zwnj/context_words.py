"""Words whose joined and ZWNJ spellings are both real words: the neighbours decide.

Why a list of its own: the table can only give a word one spelling, but a few common words
mean two things. ``بهروز`` is the name Behrouz and ``به‌روز`` "up to date"; ``پیشرو`` is
"pioneering" and ``پیش‌رو`` "ahead" (the coming election). Counts cannot choose between
them; the word next to them can. The ZWNJ spelling is used only when a neighbour shows it
(``را بهروز کنید``, ``انتخابات پیشرو``); otherwise the word is left as written, because a
name or an adjective turned into another word is worse than a missing ZWNJ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.persian.zwnj.letters import (
    LETTERS,
    LOOKUP_FOLD,
    WORD_RE,
    ZWNJ,
    strip_zwnj,
    transfer_zwnj,
)


@dataclass(frozen=True, slots=True)
class ContextWord:
    """The ZWNJ spelling of one ambiguous word and the neighbours that call for it."""

    spelling: str
    #: the word before it, ZWNJs removed
    after: frozenset[str] = field(default_factory=frozenset)
    #: the word after it, ZWNJs removed
    before: frozenset[str] = field(default_factory=frozenset)
    #: how the word after it may start (رسانی, رسانیها), ZWNJs removed
    before_prefixes: tuple[str, ...] = ()

    def applies(self, previous: str, following: str) -> bool:
        return (
            previous in self.after
            or following in self.before
            or (bool(following) and following.startswith(self.before_prefixes))
        )


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, ZWNJs left out as the restorer sees them."""
    return frozenset(text.split())


#: Time, event and path nouns that "ahead" follows (سال پیش‌رو, رقابت‌های پیش‌رو).
_AHEAD_OF = _words(
    """
    انتخابات مسابقات رقابتها رقابتهای رقابت مذاکرات دیدار دیدارهای بازی بازیهای نشست
    نشستهای اجلاس جلسه جلسات سفر سال سالهای ماه ماههای هفته هفتههای روز روزهای روزها دهه
    فصل دوره دور مرحله مراحل مسیر راه چالش چالشها چالشهای مشکلات موانع تحولات رویدادهای
    رویداد زمستان تابستان پاییز بهار ایام دوران تعطیلات جام فرصتهای فرصت آزمون آزمونهای
    کنکور مناسبت مناسبتهای
    """
)

CONTEXT_WORDS: dict[str, ContextWord] = {
    "بهروز": ContextWord(
        "به" + ZWNJ + "روز",
        after=frozenset({"را", "برای", "باید", "همیشه", "کاملا", "کاملاً", "آخرین"}),
        # what "up to date" is said of: to make, become, keep or be it (not گفت: بهروز گفت)
        before=_words(
            """
            کنید کند کنیم کنند کنی کردن کرد کرده کردند کردیم کردهایم کردهاند میکند میکنند
            میکنید میکنیم نمیکند شد شده شود شوند شدن شدند نشد نشده نشود میشود میشوند
            نمیشود نگه بمانید بماند بمانیم بمانند میماند است نیست باشد باشند باشید هستند
            """
        ),
        before_prefixes=("رسان",),
    ),
    "پیشرو": ContextWord(
        "پیش" + ZWNJ + "رو",
        after=_AHEAD_OF,
        # "to have ahead": سال سختی پیش‌رو داریم
        before=_words("دارد داریم دارند داری دارید داشت داشتیم داشتند"),
    ),
}


_WORD_BEFORE = re.compile(f"([{LETTERS}{ZWNJ}]+) *$")


def spelled_in_context(match: re.Match[str], word: str, key: str) -> str:
    """``word`` (``match`` in its text; ``key`` its folded form, one of ``CONTEXT_WORDS``)
    with its ZWNJ when a neighbour calls for it, else as written."""
    text = match.string
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    end = match.end()
    while end < len(text) and text[end] == " ":
        end += 1
    after = WORD_RE.match(text, end)
    previous = strip_zwnj(before.group(1)).translate(LOOKUP_FOLD) if before else ""
    following = strip_zwnj(after.group()).translate(LOOKUP_FOLD) if after else ""
    context = CONTEXT_WORDS[key]
    if context.applies(previous, following):
        return transfer_zwnj(word, context.spelling)
    return word
