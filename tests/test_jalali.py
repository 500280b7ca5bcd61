"""Jalali dates: every layout of issue 2's table, DST boundaries, validation, formatting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reader.core.jalali import (
    TEHRAN,
    classify_date_line,
    days_in_month,
    find_publish_datetime,
    fold_digits,
    format_jalali,
    format_jalali_long,
    from_jalali,
    jalali_iso,
    jalali_key,
    make_tehran_datetime,
    month_name,
    parse_jalali_date_arg,
    parse_jalali_datetime,
    to_jalali,
    to_persian_digits,
    weekday_name,
)


def iso(text: str) -> str | None:
    value = find_publish_datetime(text)
    if value is None:
        return None
    assert value.tzinfo is not None
    return value.isoformat()


# One or more variants per layout of the table (own strings, not the table's examples).
LAYOUTS = [
    # Defapress / Tasnim, Gregorian tail glued
    ("تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 12October 2021", "2021-10-12T20:53:00+03:30"),
    ("تاریخ انتشار: ۳ آبان ۱۴۰۱ - ۰۸:۰۵ - 25October 2022", "2022-10-25T08:05:00+03:30"),
    ("تاریخ انتشار: ۱۵ خرداد ۱۳۹۸ - ۱۱:۴۰ - 05 June 2019", "2019-06-05T11:40:00+04:30"),
    # IRNA / Mehr / Khabaronline (Arabic comma)
    ("۷ فروردین ۱۴۰۱، ۰۹:۳۰", "2022-03-27T09:30:00+04:30"),
    ("۲۸ اسفند ۱۳۹۹، ۲۳:۵۹", "2021-03-18T23:59:00+03:30"),
    # ISNA
    ("دوشنبه / ۱ آبان ۱۴۰۲ / ۰۷:۴۵", "2023-10-23T07:45:00+03:30"),
    # ساعت
    ("سه‌شنبه ۱۴ اسفند ۱۴۰۳ ساعت ۱۶:۱۰", "2025-03-04T16:10:00+03:30"),
    ("12 مرداد 1399 ساعت 21:45", "2020-08-02T21:45:00+04:30"),
    # Latin digits, weekday, seconds, code on the same line
    ("چهارشنبه 11 دی 1398 - 09:07:33 | کد مطلب: 412233", "2020-01-01T09:07:33+03:30"),
    # numeric, time after or before, unpadded
    ("تاریخ انتشار : ۱۴۰۰/۰۲/۰۵ - ۰۶:۳۰", "2021-04-25T06:30:00+04:30"),
    ("۰۹:۱۵ - ۱۳۹۷/۱۲/۰۳", "2019-02-22T09:15:00+03:30"),
    ("۱۳۹۵/۹/۷ - ۸:۰۵", "2016-11-27T08:05:00+03:30"),
    ("1401-4-9 14:00", "2022-06-30T14:00:00+04:30"),
    # Arabic letters in month names, two-digit years
    ("يكشنبه ۱۰ تير ۱۴۰۲", "2023-07-01T00:00:00+03:30"),
    ("۵ دى ۱۴۰۱ - ۱۲:۰۰", "2022-12-26T12:00:00+03:30"),
    ("۳ ارديبهشت ۹۸", "2019-04-23T00:00:00+04:30"),
    ("۱۲ بهمن ۰۲", "2024-02-01T00:00:00+03:30"),
    ("٢٠ مهر ١٤٠٠ - ٢٠:٥٣", "2021-10-12T20:53:00+03:30"),
    # label variants
    ("تاریخ مخابره : ۱ دی ۱۳۹۹ - ۱۰:۰۰", "2020-12-21T10:00:00+03:30"),
    ("تاریخ انتشار:۹ شهریور ۱۴۰۰ ساعت ۰۷:۰۷", "2021-08-31T07:07:00+04:30"),
    ("زمان انتشار: 1399/10/01 10:00", "2020-12-21T10:00:00+03:30"),
    # month written with ماه, 12-hour clock
    ("۱۸ تیرماه ۱۴۰۰ ساعت ۰۳:۲۰ ب.ظ", "2021-07-09T15:20:00+04:30"),
    ("تاریخ انتشار: ۲۰ مهر ۱۴۰۰ ساعت ۲۰ و ۵۳ دقیقه", "2021-10-12T20:53:00+03:30"),
    ("تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - October 12, 2021", "2021-10-12T20:53:00+03:30"),
    ("تاریخ انتشار: ۲۰/۰۷/۱۴۰۰ - ۲۰:۵۳ - 2021-10-12", "2021-10-12T20:53:00+03:30"),
    ("منتشر شده در ۲۰ مهرماه سال ۱۴۰۰", "2021-10-12T00:00:00+03:30"),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_every_layout(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_sample_line_in_tehran_with_dst() -> None:
    value = find_publish_datetime("تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 12October 2021")
    assert value == datetime(2021, 10, 12, 17, 23, tzinfo=UTC)
    assert value is not None and value.tzinfo == TEHRAN


@pytest.mark.parametrize(
    ("jalali", "expected"),
    [
        # 1400: DST from the end of 1 Farvardin to the end of 30 Shahrivar.
        ((1399, 12, 30, 12, 0), "2021-03-20T12:00:00+03:30"),
        ((1400, 1, 1, 23, 0), "2021-03-21T23:00:00+03:30"),
        ((1400, 1, 2, 1, 30), "2021-03-22T01:30:00+04:30"),
        ((1400, 6, 30, 12, 0), "2021-09-21T12:00:00+04:30"),
        ((1400, 6, 31, 12, 0), "2021-09-22T12:00:00+03:30"),
        # 1401 was the last year with DST.
        ((1401, 1, 2, 12, 0), "2022-03-22T12:00:00+04:30"),
        ((1401, 6, 30, 12, 0), "2022-09-21T12:00:00+04:30"),
        ((1401, 6, 31, 12, 0), "2022-09-22T12:00:00+03:30"),
        # 1402 on: no DST at all.
        ((1402, 1, 2, 12, 0), "2023-03-22T12:00:00+03:30"),
        ((1402, 6, 30, 12, 0), "2023-09-21T12:00:00+03:30"),
        ((1403, 4, 1, 12, 0), "2024-06-21T12:00:00+03:30"),
    ],
)
def test_dst_boundaries(jalali: tuple[int, int, int, int, int], expected: str) -> None:
    value = make_tehran_datetime(*jalali)
    assert value is not None and value.isoformat() == expected


def test_dst_in_text_around_shahrivar_end() -> None:
    assert iso("۳۰ شهریور ۱۴۰۰، ۱۰:۰۰") == "2021-09-21T10:00:00+04:30"
    assert iso("۳۱ شهریور ۱۴۰۰، ۱۰:۰۰") == "2021-09-22T10:00:00+03:30"
    assert iso("۳۰ شهریور ۱۴۰۲، ۱۰:۰۰") == "2023-09-21T10:00:00+03:30"


def test_spring_forward_gap_is_normalised() -> None:
    # 2 Farvardin 1400 00:30 never happened on Tehran clocks (00:00 -> 01:00).
    value = make_tehran_datetime(1400, 1, 2, 0, 30)
    assert value is not None
    assert value.isoformat() == "2021-03-22T01:30:00+04:30"
    assert value.astimezone(UTC) == datetime(2021, 3, 21, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری مهر، ۱۴۰۰ نفر حضور داشتند",  # مهر the agency
        "مهر مادری همه را تحت تاثیر قرار داد",  # مهر the noun
        "۲۰ مهر",  # no year
        "۳۲ مهر ۱۴۰۰",  # day out of range
        "۳۱ مهر ۱۴۰۰",  # Mehr has 30 days
        "۳۰ اسفند ۱۴۰۰",  # 1400 is not a leap year
        "۰ دی ۱۴۰۰",
        "۱۴۰۰/۱۳/۰۱ - ۱۰:۰۰",  # month 13
        "۱۴۰۰/۰۷/۳۱",
        "۲۰ مهر ۱۴۰۰ - ۲۴:۱۰",  # hour out of range
        "۲۰ مهر ۱۴۰۰ - ۱۰:۶۵",
        "تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 25October 2021",  # tail contradicts
        "در ۲۰ مهر ۱۴۰۰ این رویداد در تهران رخ داد",  # a sentence, not a date line
        "2021-10-12 20:53",  # Gregorian only
        "",
        "تاریخ انتشار: نامشخص",
    ],
)
def test_unreadable_is_none(text: str) -> None:
    assert find_publish_datetime(text) is None


def test_leap_esfand_30() -> None:
    assert iso("۳۰ اسفند ۱۳۹۹") == "2021-03-20T00:00:00+03:30"
    assert iso("۳۰ اسفند ۱۴۰۳") == "2025-03-20T00:00:00+03:30"


def test_gregorian_tail_one_day_off_is_tolerated() -> None:
    # Some sites render the tail from UTC: 00:30 Tehran is still the previous day in UTC.
    assert iso("تاریخ انتشار: ۲۱ مهر ۱۴۰۰ - ۰۰:۳۰ - 12October 2021") == (
        "2021-10-13T00:30:00+03:30"
    )


def test_labelled_line_wins_over_bare_dates() -> None:
    page = "۱ مهر ۱۴۰۰\nمتن خبر\nتاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳\n"
    assert iso(page) == "2021-10-12T20:53:00+03:30"


def test_update_line_is_not_the_publish_date() -> None:
    page = "آخرین بروزرسانی: ۲۲ مهر ۱۴۰۰ - ۱۰:۰۰\n۲۰ مهر ۱۴۰۰ - ۲۰:۵۳\n"
    assert iso(page) == "2021-10-12T20:53:00+03:30"
    info = classify_date_line("آخرین بروزرسانی: ۲۲ مهر ۱۴۰۰ - ۱۰:۰۰")
    assert info is not None and info.update


def test_long_line_counts_only_with_a_label() -> None:
    filler = "متن خبر " * 40
    assert iso(filler + " در ۲۰ مهر ۱۴۰۰ ساعت ۱۰:۰۰ " + filler) is None
    labelled = filler + " تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ " + filler
    assert iso(labelled) == "2021-10-12T20:53:00+03:30"


def test_classify_date_line() -> None:
    bare = classify_date_line("یکشنبه 3 بهمن 1395 - 22:23:21 | کد مطلب: 359598")
    assert bare is not None and not bare.labelled
    assert bare.published is not None
    assert bare.published.isoformat() == "2017-01-22T22:23:21+03:30"
    assert classify_date_line("سردار باقری در ۲۰ مهر ۱۴۰۰ وارد شد") is None
    broken = classify_date_line("تاریخ انتشار: ۳۱ مهر ۱۴۰۰")
    assert broken is not None and broken.labelled and broken.published is None


def test_parse_jalali_datetime_on_a_value() -> None:
    value = parse_jalali_datetime("1399/08/12 18:18")
    assert value is not None and value.isoformat() == "2020-11-02T18:18:00+03:30"
    assert parse_jalali_datetime("هیچ تاریخی") is None


# ---------------------------------------------------------------------------
# Calendar helpers and formatting.


def test_conversion_round_trip() -> None:
    assert to_jalali(date(2021, 10, 12)) == (1400, 7, 20)
    assert from_jalali(1400, 7, 20) == date(2021, 10, 12)
    assert from_jalali(1399, 12, 30) == date(2021, 3, 20)
    # An aware datetime counts in Tehran time: 22:00 UTC is already the next day there.
    assert to_jalali(datetime(2021, 10, 12, 22, 0, tzinfo=UTC)) == (1400, 7, 21)
    with pytest.raises(ValueError):
        from_jalali(1400, 12, 30)
    with pytest.raises(ValueError):
        from_jalali(1400, 13, 1)


def test_days_in_month() -> None:
    assert days_in_month(1400, 1) == 31
    assert days_in_month(1400, 7) == 30
    assert days_in_month(1400, 12) == 29
    assert days_in_month(1399, 12) == 30
    with pytest.raises(ValueError):
        days_in_month(1400, 0)


def test_names() -> None:
    assert month_name(7) == "مهر"
    assert month_name(10) == "دی"
    with pytest.raises(ValueError):
        month_name(13)
    assert weekday_name(date(2021, 10, 12)) == "سه‌شنبه"
    assert weekday_name(date(2021, 10, 9)) == "شنبه"
    assert weekday_name(date(2021, 10, 15)) == "جمعه"


def test_formatting() -> None:
    dt = datetime(2021, 10, 12, 20, 53, tzinfo=TEHRAN)
    assert format_jalali(dt) == "۲۰ مهر ۱۴۰۰، ۲۰:۵۳"
    assert format_jalali(dt, persian_digits=False) == "20 مهر 1400، 20:53"
    assert format_jalali(dt, with_time=False) == "۲۰ مهر ۱۴۰۰"
    assert format_jalali_long(dt) == "سه‌شنبه ۲۰ مهر ۱۴۰۰، ساعت ۲۰:۵۳"
    assert jalali_iso(dt) == "1400-07-20 20:53"
    assert jalali_key(dt) == 14000720
    # A UTC instant is shown in Tehran wall time.
    assert jalali_iso(datetime(2021, 10, 12, 17, 23, tzinfo=UTC)) == "1400-07-20 20:53"


def test_digits() -> None:
    assert fold_digits("۱۴۰۰/٠٧/20") == "1400/07/20"
    assert to_persian_digits("1400-07-20 ٣") == "۱۴۰۰-۰۷-۲۰ ۳"


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("1400-07-01", date(2021, 9, 23)),
        ("1400/7/1", date(2021, 9, 23)),
        ("۱۴۰۰/۰۷/۰۱", date(2021, 9, 23)),
        ("١٤٠٠-٧-١", date(2021, 9, 23)),
        (" 1399/12/30 ", date(2021, 3, 20)),
    ],
)
def test_date_arg(arg: str, expected: date) -> None:
    assert parse_jalali_date_arg(arg) == expected


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("1400-13-01", "month must be 1..12"),
        ("1400-12-30", "days 1..29"),
        ("2021-10-12", "looks Gregorian"),
        ("yesterday", "not a Jalali date"),
        ("99/7/1", "four digits"),
        ("", "not a Jalali date"),
    ],
)
def test_date_arg_errors(arg: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_jalali_date_arg(arg)
