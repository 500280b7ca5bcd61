"""Synthetic Persian news for benchmarks, built from the real samples' sentences.

``make_articles`` yields realistic ``Article`` records (agencies, Jalali-era dates,
news codes, sub-headings, variant spellings); ``scraped_page`` renders one as a
scraped text page in the layout of the Defapress sample (for the import
benchmark); ``build_library`` writes a big library quickly through a bulk path
(executemany, no parsing) for the GUI and query benchmarks; ``cached_library``
builds it once under /tmp/khabarkhan-bench/ and reuses it.

Run ``uv run python tests/benchmarks/synthetic.py [N]`` to build the cached library.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import jdatetime

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path("/work/shared/samples")
CACHE_DIR = Path("/tmp/khabarkhan-bench")
TEHRAN = ZoneInfo("Asia/Tehran")

sys.path.insert(0, str(ROOT))

from reader.core.article import Article, Paragraph  # noqa: E402

SITES = [
    "ایرنا", "ایسنا", "مهر", "فارس", "تسنیم", "دفاع‌پرس", "همشهری آنلاین", "خبرآنلاین",
    "شانا", "ایمنا", "باشگاه خبرنگاران جوان", "میزان", "برنا", "ایلنا", "تابناک", "انتخاب",
    "اقتصادآنلاین", "دنیای اقتصاد", "بهار نیوز", "عصر ایران",
]  # fmt: skip
SOURCES = ["", "", "", "ایرنا", "ایسنا", "مهر", "فارس", "رویترز", "تسنیم"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JALALI_MONTHS = [
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
]  # fmt: skip

_FALLBACK = [
    "رئیس ستاد کل نیروهای مسلح با تاکید بر ارتباطات عمیق و گسترده با کشورهای همسایه سخن گفت.",
    "وی افزود: همکاری‌های اقتصادی دو کشور در سال‌های اخیر گسترش بیشتری یافته است.",
]


def _sample_texts() -> Iterator[str]:
    scraped = SAMPLES / "scraped" / "defapress-483462.txt"
    if scraped.exists():
        yield scraped.read_text(encoding="utf-8")
    for csv in sorted((SAMPLES / "corpora" / "pn_summary").glob("*.csv")):
        for line in csv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 2:
                yield cols[2].replace("[n]", "\n")
    for js in sorted((SAMPLES / "corpora" / "tlpc").glob("*.json")):
        try:
            data = json.loads(js.read_text(encoding="utf-8"))
        except ValueError:
            continue
        for block in data.get("content") or []:
            if isinstance(block, dict) and block.get("text"):
                yield str(block["text"])
    miras = SAMPLES / "corpora" / "hazm" / "mirastext.txt"
    if miras.exists():
        for line in miras.read_text(encoding="utf-8").splitlines():
            yield line.split("***")[0]


_FURNITURE = re.compile(r"انتها[یي] پیام|کد خبر|تاریخ انتشار|منبع:|نظر شما|پربیننده")


def sentences() -> list[str]:
    """Persian sentences (15..400 chars) from the real samples (page furniture left out)."""
    found: list[str] = []
    seen: set[str] = set()
    for text in _sample_texts():
        for part in re.split(r"(?<=[.!؟?])\s+|\n+", text):
            part = part.strip()
            if (
                15 <= len(part) <= 400
                and part not in seen
                and re.search("[\u0600-\u06ff]", part)
                and not _FURNITURE.search(part)
            ):
                seen.add(part)
                found.append(part)
    return found or list(_FALLBACK)


_VARIANTS = [("ی", "ي"), ("ک", "ك"), ("\u200c", " "), ("\u200c", "")]


def _vary(text: str, rng: random.Random) -> str:
    """Spell some texts the old way (Arabic yeh/kaf, no ZWNJ) as real archives do."""
    if rng.random() < 0.15:
        a, b = rng.choice(_VARIANTS)
        return text.replace(a, b)
    return text


def make_articles(
    n: int,
    *,
    seed: int = 1,
    paragraphs: tuple[int, int] = (4, 9),
    start: datetime = datetime(2011, 3, 21, tzinfo=TEHRAN),
    days: int = 5000,
) -> Iterator[Article]:
    """``n`` distinct synthetic articles (each carries a unique news code and sentence mix)."""
    rng = random.Random(seed)
    pool = sentences()
    for i in range(n):
        site = SITES[min(int(rng.expovariate(0.25)), len(SITES) - 1)]
        title = rng.choice(pool)[:90].rstrip(" .،")
        body: list[Paragraph] = []
        for p in range(rng.randint(*paragraphs)):
            if p and rng.random() < 0.12:
                body.append(Paragraph(rng.choice(pool)[:60].rstrip(" .،:"), heading=True))
            count = rng.randint(2, 4)
            body.append(Paragraph(_vary(" ".join(rng.sample(pool, count)), rng)))
        body[0] = Paragraph(f"به گزارش {site}، {body[0].text} ({i})")
        published = None
        if rng.random() > 0.01:
            published = start + timedelta(seconds=rng.randrange(days * 86400))
        yield Article(
            title=_vary(title, rng),
            overline=rng.choice(pool)[:30].rstrip(" .،") + ":" if rng.random() < 0.4 else "",
            lead=rng.choice(pool) if rng.random() < 0.7 else "",
            body=body,
            news_code=str(100000 + i),
            published=published,
            site=site,
            source=rng.choice(SOURCES) or None,
            url=f"https://example.invalid/news/{100000 + i}",
            category=rng.choice(["سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "بین‌الملل"]),
            format="synthetic",
        )


def _jalali_line(dt: datetime) -> str:
    j = jdatetime.datetime.fromgregorian(datetime=dt)
    date = f"{j.day} {JALALI_MONTHS[j.month - 1]} {j.year} - {dt:%H:%M}".translate(PERSIAN_DIGITS)
    return f"{date} - {dt.day}{dt:%B} {dt.year}"


def scraped_page(article: Article) -> str:
    """The article as a scraped text page in the Defapress sample's layout."""
    lines: list[str] = []
    if article.overline:
        lines += [article.overline, ""]
    lines += [article.title, ""]
    if article.lead:
        lines.append(article.lead)
    lines.append(f"کد خبر: {(article.news_code or '').translate(PERSIAN_DIGITS)}")
    if article.published:
        lines.append(f"تاریخ انتشار: {_jalali_line(article.published)}")
    lines.append("")
    for p in article.body:
        lines += [p.text, ""]
    if article.source:
        lines += [f"منبع: {article.source}", ""]
    lines += ["انتهای پیام/ 241", "", "نظر شما", "پربیننده ها"]
    return "\n".join(lines) + "\n"


def build_library(path: Path, n: int, *, seed: int = 1, batch: int = 20_000) -> float:
    """Write ``n`` synthetic articles into a new library at ``path``; returns seconds taken.

    Uses the library's own row encoder (keys, hash, date keys) but skips parsing
    and commits big batches, so a million articles take minutes, not an hour.
    """
    from reader.core.library import Library
    from reader.core.library.encode import insert_article

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    lib = Library.open(path)
    conn = lib.connection
    now = int(time.time())
    done = 0
    articles = make_articles(n, seed=seed, paragraphs=(1, 3))
    while done < n:
        with lib.transaction():
            for article in articles:
                insert_article(conn, article, now)
                done += 1
                if done % batch == 0:
                    break
        print(f"\r{done:,}/{n:,} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    conn.execute("PRAGMA optimize")
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    lib.close()
    return time.perf_counter() - t0


def cached_library(n: int = 1_000_000) -> Path:
    """Path of a cached synthetic library with ``n`` articles (built on first use).

    Built under a temporary name and renamed when complete, holding a lock file, so
    several benchmarks started at once wait for one build instead of clobbering it.
    """
    import fcntl
    import os

    path = CACHE_DIR / f"library-{n}.db"
    done = CACHE_DIR / f"library-{n}.done"
    if done.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / f"library-{n}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # waits while another process builds it
        if not done.exists():
            tmp = CACHE_DIR / f"library-{n}.building.db"
            seconds = build_library(tmp, n)
            for suffix in ("-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)
            os.replace(tmp, path)
            done.write_text(f"{seconds:.1f}\n")
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    started = time.perf_counter()
    print(cached_library(count), f"({time.perf_counter() - started:.1f} s)")
