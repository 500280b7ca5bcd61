"""Metadata lines of a scraped page: news code, dates, source, category, tags, URL.

Metadata lines are recognised by their labels (or by being nothing but a date)
wherever they are on the page, and never become body text. Patterns run on
``fold_for_matching(line)`` (ASCII digits, ``ی``/``ک``, ZWNJ as a space); values
are copied from the raw line where folding kept its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from reader.core.jalali import classify_date_line
from reader.core.jalali.patterns import NEWS_CODE_LABEL

_CODE_LINE_RE = re.compile(rf"^\s*{NEWS_CODE_LABEL}\s*[:：]?\s*(?P<code>\d{{1,15}})\s*$")
_CODE_ANY_RE = re.compile(
    r"(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب)\s*[:：]?\s*(?P<a>\d{1,15})|(?<!\S)کد\s*[:：]\s*(?P<b>\d{1,15})"
)
_SOURCE_RE = re.compile(r"^\s*منبع(?:\s*خبر)?\s*[:：]\s*(?P<value>\S.*?)\s*$")
_OTHER_META_RE = re.compile(
    r"^\s*(?:نویسنده|خبرنگار|گزارشگر|عکاس|مترجم|تنظیم|سرویس|دسته\s*بندی|زمان\s*(?:تقریبی\s*)?مطالعه"
    r"|تعداد\s*بازدید|بازدید|لینک\s*کوتاه|نشانی\s*خبر|ویرایش)\s*[:：]"
)
_CATEGORY_RE = re.compile(
    r"^\s*(?:سرویس|دسته\s*بندی|گروه\s*خبری|بخش)\s*[:：]\s*(?P<value>\S.*?)\s*$"
)
_TAGS_RE = re.compile(
    r"^\s*(?:برچسب\s*ها|برچسب|کلید\s*واژه\s*ها|کلیدواژه\s*ها|کلمات\s*کلیدی|تگ\s*ها)\s*[:：]"
    r"\s*(?P<value>\S.*?)\s*$"
)
_TAG_SPLIT_RE = re.compile(r"\s*[،,|#؛;]\s*|\s+-\s+")
_URL_RE = re.compile(r"https?://[^\s<>\"«»]+")
_FURNITURE = frozenset(
    re.sub(r"\s+", "", w)
    for w in (
        "نظر شما",
        "ارسال نظر",
        "نظرات",
        "دیدگاه ها",
        "پربیننده ها",
        "پربیننده ترین",
        "پربیننده ترین ها",
        "پربازدیدترین",
        "پربحث ترین",
        "برچسب ها",
        "برچسب",
        "کلمات کلیدی",
        "تگ ها",
        "لینک کوتاه",
        "اخبار مرتبط",
        "خبرهای مرتبط",
        "مطالب مرتبط",
        "آخرین اخبار",
        "اشتراک گذاری",
        "ارسال به دوستان",
        "نسخه چاپی",
        "چاپ",
    )
)
_FURNITURE_SQUASH_RE = re.compile(r"[\s:：]+")
META_HINT_RE = re.compile(
    r"[0-9\u06f0-\u06f9\u0660-\u0669]|منبع|تار[یيى]خ|انتشار|مخابره|نو[یي]سنده|خبرنگار|گزارشگر"
    r"|عکاس|مترجم|تنظ[یي]م|سرو[یي]س|دسته|مطالعه|بازد[یي]د|ل[یي]نک|نشان[یي]|و[یي]را[یي]ش|https?://"
    r"|بخش|گروه|برچسب|کل[یي]د|تگ"
)
"""A metadata line contains a digit or one of its labels' words (raw-text prefilter)."""
META_MAX = 240
"""Longer lines are paragraphs: metadata and furniture lines are short."""


@dataclass(slots=True)
class Meta:
    """What the metadata lines of one page said (first value of each kind wins)."""

    news_code: str | None = None
    published: datetime | None = None
    bare_published: datetime | None = None
    source: str | None = None
    url: str | None = None
    category: str | None = None
    tags: list[str] | None = None


def is_furniture(folded: str) -> bool:
    """A page-furniture line (comments, most-read lists, share links) of a folded line."""
    return len(folded) <= 40 and _FURNITURE_SQUASH_RE.sub("", folded) in _FURNITURE


def meta_line(line: str, folded: str, meta: Meta) -> bool:
    """Record what a metadata line says; False when the line is text."""
    m = _CODE_LINE_RE.match(folded)
    if m:
        meta.news_code = meta.news_code or m["code"]
        return True
    m = _SOURCE_RE.match(line)
    if m:
        meta.source = meta.source or m["value"]
        return True
    m = _CATEGORY_RE.match(folded)
    if m:
        # Values are verbatim: take the same span of the raw line when folding kept lengths.
        value = line[m.start("value") : m.end("value")] if len(folded) == len(line) else m["value"]
        meta.category = meta.category or value
        return True
    m = _TAGS_RE.match(folded)
    if m:
        value = line[m.start("value") : m.end("value")] if len(folded) == len(line) else m["value"]
        if meta.tags is None:
            meta.tags = [t for t in _TAG_SPLIT_RE.split(value) if t]
        return True
    info = classify_date_line(line)
    if info is not None:
        if not info.update and info.published is not None:
            if info.labelled and meta.published is None:
                meta.published = info.published
            elif not info.labelled and meta.bare_published is None:
                meta.bare_published = info.published
        code = _CODE_ANY_RE.search(folded)
        if code and meta.news_code is None:
            meta.news_code = code["a"] or code["b"]
        return True
    if _OTHER_META_RE.match(folded):
        url = _URL_RE.search(line)
        if url and meta.url is None:
            meta.url = url.group()
        return True
    url = _URL_RE.fullmatch(line)
    if url:  # the page's address on a line of its own
        meta.url = meta.url or url.group()
        return True
    return False
