"""display_text: hazm + ZWNJ restoration + digits, line by line, raw text never stored modified."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.persian import display
from reader.core.persian.digits import latin_digits, persian_digits
from reader.core.persian.display import display_text, written_with_zwnj

Z = "\u200c"
HELDOUT = Path(__file__).parent / "data" / "zwnj" / "heldout"


@pytest.fixture(scope="session", autouse=True)
def _warm() -> None:
    """Build hazm and load the ZWNJ table once for the session."""
    display.warm_up()


def test_ready_after_warm_up() -> None:
    assert display.is_ready()


def test_sample_sentence_is_restored() -> None:
    raw = "در بدو ورود به پایگاه هوایی «نورخان» در اسلامآباد در گفتوگویی اظهار داشت"
    out = display_text(raw)
    assert f"اسلام{Z}آباد" in out
    assert f"گفت{Z}وگویی" in out
    assert "«نورخان»" in out


def test_whole_sample_page() -> None:
    """The Defapress page (scraped without ZWNJs) reads right, line for line."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "scraped" / "defapress-483462.txt").read_text("utf-8")
    out = display_text(raw)
    assert out.count("\n") == raw.count("\n")
    for word in (
        f"می{Z}یابد",
        f"رایزنی{Z}های",
        f"همکاری{Z}های",
        f"گسترده{Z}ای",
        f"اسلام{Z}آباد",
        f"سه{Z}شنبه",
        f"گفت{Z}وگویی",
        f"دفاع{Z}پرس",
    ):
        assert word in out, word
    for wrong in (f"قالی{Z}باف", f"آق{Z}ای", f"اطلاع{Z}ات", f"ارتباط{Z}ات"):
        assert wrong not in out
    assert "12October 2021" in out
    assert "۴۸۳۴۶۲" in out


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("سال 1400 و تیرماه ۱۳۹۷", "سال ۱۴۰۰ و تیرماه ۱۳۹۷"),
        ("ساعت 20:53 روز 1400/07/20", "ساعت ۲۰:۵۳ روز ۱۴۰۰/۰۷/۲۰"),
        ("رشد 3.5 درصدی", "رشد ۳٫۵ درصدی"),
        ("تورم 40% شد", "تورم ۴۰٪ شد"),
        ("عدد عربی ٣٤", "عدد عربی ۳۴"),
    ],
)
def test_persian_digits_in_persian_text(raw: str, shown: str) -> None:
    assert display_text(raw) == shown


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("او گفت Windows 10 is great و رفت", "Windows 10 is great"),
        ("بیماری COVID-19 در ایران", "COVID-19"),
        (
            "نشانی https://www.example.com/news/2021/10?id=5 را ببینید",
            "https://www.example.com/news/2021/10?id=5",
        ),
        ("نامه به user42@mail.example.com بفرستید", "user42@mail.example.com"),
        ("۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 12October 2021", "12October 2021"),
        ("فایل report_2021.v2.pdf را باز کنید", "report_2021.v2.pdf"),
        ("فایل C:\\Users\\test\\file2.txt را باز کنید", "C:\\Users\\test\\file2.txt"),
        ("قیمت آن $1,299.99 است", "$1,299.99"),  # a dollar price stays as the writer set it
    ],
)
def test_latin_runs_urls_codes_keep_their_digits(raw: str, kept: str) -> None:
    assert kept in display_text(raw)


def test_pure_latin_line_is_left_alone() -> None:
    line = 'He said "Version 3.12 is out", e.g. at www.python.org: 100% free.'
    assert display_text(line) == line


def test_latin_digits_setting() -> None:
    assert display_text("سال ۱۴۰۰ و ۳٫۵ درصد", persian_digits=False) == "سال 1400 و 3.5 درصد"
    assert latin_digits("۱۲۳") == "123"
    assert persian_digits("abc 123") == "abc 123"


def test_arabic_letters_shown_as_persian() -> None:
    assert display_text("كتاب يك") == "کتاب یک"


def test_guillemets_kept_and_straight_quotes_not_rewritten() -> None:
    assert display_text("«محمد باقری» گفت") == "«محمد باقری» گفت"
    assert display_text('گفت "سلام" و رفت') == 'گفت "سلام" و رفت'


def test_one_output_line_per_input_line() -> None:
    raw = "خط اول رایزنیهای\n\n\n  \nخط آخر 12\n"
    out = display_text(raw)
    assert out.count("\n") == raw.count("\n")
    assert out.split("\n")[0] == f"خط اول رایزنی{Z}های"
    assert out.split("\n")[4] == "خط آخر ۱۲"


def test_restore_false_puts_in_no_zwnj_at_all() -> None:
    raw = "رايزنیهای گسترده كتاب ها می شود ، نه"
    out = display_text(raw, restore_zwnj=False)
    assert Z not in out  # neither restoration nor hazm's spacing joins (the raw view)
    assert out == "رایزنیهای گسترده کتاب ها می شود، نه"  # letters and punctuation still fixed


def test_a_line_with_its_own_zwnjs_gets_none_from_hazm_either() -> None:
    raw = f"نرم{Z}افزار می شود و کتاب ها"
    assert display_text(raw) == raw


@pytest.mark.parametrize(
    "written",
    [
        "مصرف نفت ۲۶ درصد کاهش یافته است.",  # a passive verb, not the adjective کاهش‌یافته
        "این حرف چگونه پرداخت شده است؟",
        "زمین لرزه در بم",  # a compound the writer spaced
    ],
)
def test_two_words_the_writer_spaced_stay_two_words(written: str) -> None:
    assert display_text(written) == written
    assert display_text(written, restore_zwnj=False) == written


def test_inflection_typed_with_a_space_is_still_joined() -> None:
    assert display_text("آنها رفته اند و کتاب ها را می خوانند") == (
        f"آنها رفته{Z}اند و کتاب{Z}ها را می{Z}خوانند"
    )


def test_cached_normalizer_matches_hazm() -> None:
    from hazm import Normalizer

    from reader.core.persian.hazm_normalizer import (
        OPTIONS,
        build_normalizer,
        verb_and_suffix_spacing,
    )

    ours, theirs = build_normalizer(), Normalizer(**OPTIONS)
    # the same spacing decision on both sides (ours leaves spaced compounds alone)
    theirs.token_spacing = lambda tokens: verb_and_suffix_spacing(theirs, tokens, ours._suffixes)
    assert type(ours) is not Normalizer  # the fast path is in use with this hazm
    assert ours._punct_gate is not None  # and it recognises hazm's punctuation patterns
    texts = [
        "اِعلام كرد: «زمین لرزه ای به بزرگی ۶ دهم ریشتر ...»",
        "نمیدانم چه میگفت کتاب ها را",
        "سلامممم به همه ﷼ ﷰ",
        "  دو  فاصله \u200c\u200cو نیم\u200c فاصله ـ کشیده\r",
        'او گفت: " سلام "(نقل)«قول»و ۱۲کیلو',
        "عنوان کوتاه بی نشانه",
        "پایان.آغاز:بعد!و،سپس؛چرا؟ [الف]{ب} 3متر و متر4",
        "خانه ی بزرگ، بزرگ تر و بزرگ ترین کتاب ها، رفته ام نمی روم",
    ]
    # Real news text, as written and with its ZWNJs stripped (the scraped case).
    for f in sorted(HELDOUT.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        texts += text.split("\n") + text.replace(Z, "").split("\n")
    # (hazm has no option to keep the ezafe hamza and superscript alef: compared without)
    texts = [t.replace("\u0654", "").replace("\u0670", "") for t in texts]
    differ = [t for t in texts if ours.normalize(t) != theirs.normalize(t)]
    assert differ == []


@pytest.mark.parametrize(
    "written",
    [
        "دربارهٔ لایحهٔ بودجهٔ سال",  # ezafe hamza
        "کتابِ من و خانهٔ ما",  # kasra of the ezafe
        "محمّد و ضمناً حتیٰ",  # shadda, tanvin, superscript alef
        f"مؤسسه{Z}ای در رأی",
    ],
)
def test_the_writers_marks_are_kept(written: str) -> None:
    assert display_text(written) == written


def test_marks_do_not_stop_zwnj_restoration() -> None:
    assert display_text("کتابهایِ تازهٔ ما میرسد") == f"کتاب{Z}هایِ تازهٔ ما می{Z}رسد"


def test_text_that_has_zwnjs_is_trusted() -> None:
    raw = f"آن{Z}ها کتابها را می{Z}خوانند"
    assert display_text(raw) == raw


def test_article_with_its_own_zwnjs_counts_as_written_with_care() -> None:
    assert written_with_zwnj(["", f"آن{Z}ها", f"می{Z}روند و کتاب{Z}ها"])
    assert not written_with_zwnj(["کتابها", f"یک نیم{Z}فاصله", "و دیگر هیچ"])
    assert not written_with_zwnj([])


def test_private_use_characters_in_the_text_survive() -> None:
    raw = "نماد \ue000 و www.example.com در متن"
    assert "\ue000" in display_text(raw)
    assert "www" in display_text(raw)


def test_many_latin_runs_on_one_line() -> None:
    raw = "متن " + " ".join(f"w{i}" for i in range(5000))
    out = display_text(raw)
    assert out.endswith("w4999")
    assert len(out.split()) == 5001


def test_empty_and_blank() -> None:
    assert display_text("") == ""
    assert display_text("   ") == "   "


def test_quick_display_text_needs_no_hazm() -> None:
    quick = display.quick_display_text("همکاريهاي گسترده ۱۲ Windows 10", persian_digits=True)
    assert quick == f"همکاری{Z}های گسترده ۱۲ Windows 10"
    assert display.quick_display_text("همکاريهاي", restore_zwnj=False) == "همکاریهای"
