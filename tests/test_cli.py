"""The ``khabarkhan`` command end to end on temporary libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.parser import UsageError
from reader.core.library import Library
from reader.core.persian.display import display_text
from tests.conftest import write_fake

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "scraped" / "defapress-483462.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("khabarkhan: error: ")
    assert "Traceback" not in err


@pytest.fixture
def lib(tmp_path: Path) -> str:
    return str(tmp_path / "lib.sqlite3")


@pytest.fixture
def filled(capsys, lib: str, tmp_path: Path, fake_format) -> str:
    write_fake(
        tmp_path / "in" / "a.fake",
        [
            "خبر اول|ایرنا|2021-10-12 20:53|کتاب‌ها منتشر شد|11",
            "خبر دوم|فارس|2021-10-13 09:00|کتاب ديگر|12",
            "خبر سوم|ایسنا|2021-09-22 23:59|بدون ربط|13",
        ],
    )
    code, _, err = run(capsys, "import", "--library", lib, str(tmp_path / "in"))
    assert code == 0, err
    assert "imported 3 new articles" in err
    return lib


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_sample_page_through_import_and_list_jsonl(capsys, lib: str) -> None:
    code, _, err = run(capsys, "import", str(SAMPLE), "--library", lib)
    assert code == 0, err
    code, out, _ = run(capsys, "list", "--jsonl", "--library", lib)
    assert code == 0
    [item] = jsonl(out)
    assert list(item) == [
        "id", "title", "overline", "lead", "body", "published", "published_jalali", "site",
        "source", "news_code", "url", "category", "origin", "format", "read", "starred",
    ]  # fmt: skip
    assert item["overline"] == display_text("سرلشکر باقری:")
    assert item["title"] == display_text("تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری مییابد")
    assert item["lead"].startswith(display_text("رئیس ستاد کل نیروهای مسلح"))
    assert item["news_code"] == "483462"
    assert item["published"] == "2021-10-12T20:53:00+03:30"
    assert item["published_jalali"] == "1400-07-20 20:53"
    assert item["site"] == "دفاع‌پرس"
    assert item["source"] == "ایرنا"
    paragraphs = item["body"].split("\n\n")
    assert paragraphs[0].startswith("به گزارش")
    assert display_text("افغانستان و همفکری ایران و پاکستان برای جهان اسلام") in paragraphs
    assert len(paragraphs) == 11
    for furniture in ("انتهای پیام", "نظر شما", "منبع:", "کد خبر", "تاریخ انتشار"):
        assert furniture not in item["body"]
    assert item["origin"] == str(SAMPLE)
    assert (item["format"], item["read"], item["starred"]) == ("scraped", False, False)
    # importing again changes nothing
    code, _, err = run(capsys, "import", str(SAMPLE), "--library", lib)
    assert "imported 0 new articles" in err and "1 unchanged file," in err


def test_list_filters(capsys, filled: str) -> None:
    def titles(*args: str) -> list[str]:
        code, out, err = run(capsys, "list", "--jsonl", "--library", filled, *args)
        assert code == 0, err
        return [item["title"] for item in jsonl(out)]

    assert titles() == ["خبر دوم", "خبر اول", "خبر سوم"]
    assert titles("--from", "1400-07-20", "--to", "۱۴۰۰/۷/۲۰") == ["خبر اول"]
    assert titles("--to", "1400/06/31") == ["خبر سوم"]
    assert titles("--site", "فارس", "--site", "ایسنا") == ["خبر دوم", "خبر سوم"]
    assert titles("--query", "كتاب ها") == ["خبر اول"]
    assert titles("--query", "کتاب") == ["خبر دوم"]
    assert titles("--limit", "1", "--offset", "1") == ["خبر اول"]
    assert titles("--starred") == []
    assert titles("--unread", "--oldest-first") == ["خبر سوم", "خبر اول", "خبر دوم"]
    assert titles("--reverse") == ["خبر سوم", "خبر اول", "خبر دوم"]
    # names read from آ to ی by default; --reverse turns them round
    assert titles("--sort", "title") == ["خبر اول", "خبر دوم", "خبر سوم"]
    assert titles("--sort", "title", "--reverse") == ["خبر سوم", "خبر دوم", "خبر اول"]
    code, out, err = run(capsys, "list", "--library", filled)
    assert code == 0
    assert len(out.strip().splitlines()) == 4  # header + 3 rows
    assert "1400-07-21 09:00" in out
    assert "of 3 matching" in err


def test_show_restores_zwnjs_only_in_articles_that_lost_them(
    capsys, lib: str, tmp_path: Path, fake_format
) -> None:
    z = "\u200c"
    write_fake(
        tmp_path / "in" / "b.fake",
        [
            f"رایزنیهای تازه|ایرنا|2021-10-12 20:53|آن{z}ها می{z}روند و دفتر{z}ها را می{z}برند|21",
            "رایزنیهای تازه|فارس|2021-10-13 09:00|آنها میروند|22",
        ],
    )
    code, _, err = run(capsys, "import", "--library", lib, str(tmp_path / "in"))
    assert code == 0, err
    titles = {}
    for article_id in ("1", "2"):
        code, out, _ = run(capsys, "show", article_id, "--json", "--library", lib)
        data = json.loads(out)
        titles[data["news_code"]] = data["title"]
    # the careful article keeps its joined title; the stripped one gets its ZWNJ back
    assert titles == {"21": "رایزنیهای تازه", "22": f"رایزنی{z}های تازه"}


def test_show_and_stats(capsys, filled: str) -> None:
    code, out, _ = run(capsys, "show", "1", "--json", "--library", filled)
    assert code == 0
    data = json.loads(out)
    assert (data["id"], data["title"], data["news_code"]) == (1, "خبر اول", "11")
    assert data["origin"].endswith("a.fake#0")
    code, out, _ = run(capsys, "show", "1", "--library", filled)
    assert code == 0 and "خبر اول" in out and "1400-07-20 20:53" in out
    code, out, _ = run(capsys, "stats", "--json", "--library", filled)
    stats = json.loads(out)
    assert stats["total"] == 3
    assert {s["site"] for s in stats["sites"]} == {"ایرنا", "فارس", "ایسنا"}
    assert stats["months"] == [
        {"year": 1400, "month": 6, "count": 1}, {"year": 1400, "month": 7, "count": 2},
    ]  # fmt: skip
    code, out, _ = run(capsys, "stats", "--library", filled)
    assert code == 0 and "articles: 3" in out and "مهر" in out
    dates = next(line for line in out.splitlines() if line.startswith("dates:"))
    assert dates.startswith("dates: 1400-06-")  # Jalali first, as everywhere in the reader
    assert "(Gregorian 2021-" in dates


def test_normalize_one_line_per_input_line(capsys, monkeypatch) -> None:
    import io

    text = "كتاب ها\n\nمي روم ۱۲۳\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, _ = run(capsys, "normalize")
    assert code == 0
    lines = out.split("\n")
    assert len(lines) == 4 and lines[3] == ""
    assert lines[0] == display_text("كتاب ها")
    assert lines[1] == ""
    assert lines[2] == display_text("مي روم ۱۲۳")


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--from", "1400-13-01"],
        ["list", "--from", "2021-10-01"],
        ["list", "--limit", "many"],
        ["list", "--bogus"],
        ["show", "999"],
        ["show", "abc"],
        ["import", "/no/such/path"],
        ["import", "--format", "nosuchformat", "."],
        ["import", "--map", "title", "."],
        ["import", "--map", "bogus=headline", "."],
        ["import", "--map", "title=a,title=b", "."],
        ["show", "99999999999999999999999"],
        ["frobnicate"],
        ["--bogus"],
    ],
)
def test_user_mistakes_are_one_line(capsys, filled: str, argv: list[str]) -> None:
    code, _, err = run(capsys, *argv, "--library", filled)
    assert code != 0
    one_line_error(err)


def test_unreadable_or_missing_library(capsys, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 200)
    code, _, err = run(capsys, "list", "--library", str(junk))
    assert code != 0
    one_line_error(err)
    code, _, err = run(capsys, "stats", "--library", str(tmp_path / "none.sqlite3"))
    assert code != 0
    one_line_error(err)


def test_a_library_damaged_inside_is_one_line_not_a_traceback(
    capsys, filled: str, monkeypatch
) -> None:
    import sqlite3

    from reader.core.library import Library

    def damaged(*_args: object, **_kw: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Library, "page", damaged)  # a page that opens fine but reads bad
    code, _, err = run(capsys, "list", "--library", filled)
    assert code == 1
    one_line_error(err)
    assert "damaged" in err


def test_query_starting_with_a_minus_gets_a_hint(capsys, filled: str) -> None:
    code, _, err = run(capsys, "list", "--query", "-ایران", "--library", filled)
    assert code == 2
    one_line_error(err)
    assert "--query=-word" in err
    code, _, _ = run(capsys, "list", "--query=-ایران", "--library", filled)
    assert code == 0


def test_a_new_map_on_a_file_read_before_says_why_nothing_changed(
    capsys, lib: str, tmp_path: Path
) -> None:
    table = tmp_path / "g.csv"
    table.write_text("headline,text\nعنوان یک,متن یک\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "--library", lib, "--map", "title=text", str(table))
    assert code == 0 and "imported 1 new article," in err
    code, _, err = run(capsys, "import", "--library", lib, "--map", "title=headline", str(table))
    assert code == 0 and "1 unchanged file," in err
    assert "not read again" in err and "--library NEW" in err


def test_library_problems_are_explained() -> None:
    import sqlite3

    from reader.cli import library_problem

    assert "in use by another program" in library_problem(
        sqlite3.OperationalError("database is locked")
    )
    assert "damaged" in library_problem(sqlite3.DatabaseError("database disk image is malformed"))


def test_normalize_turns_a_lone_carriage_return_into_a_space(capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("سطر یک\rسطر دو\n"))
    code, out, _ = run(capsys, "normalize")
    assert code == 0 and out == display_text("سطر یک سطر دو") + "\n"


def test_environment_variable_selects_library(capsys, filled: str, monkeypatch) -> None:
    monkeypatch.setenv("KHABARKHAN_LIBRARY", filled)
    code, out, _ = run(capsys, "list", "--jsonl")
    assert code == 0 and len(jsonl(out)) == 3


def test_gui_dispatch(capsys, monkeypatch, tmp_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import reader.ui.app as app

    calls = []
    monkeypatch.setattr(app, "run", lambda paths, library: calls.append((paths, library)) or 0)
    assert main([]) == 0
    assert main([str(tmp_path), "--library", str(tmp_path / "l.db")]) == 0
    assert calls == [([], None), ([tmp_path], tmp_path / "l.db")]


def test_self_test_dispatch(monkeypatch) -> None:
    import reader.selftest

    monkeypatch.setattr(reader.selftest, "main", lambda: 7)
    assert main(["--self-test"]) == 7


def test_real_subprocess(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    env = {**os.environ, "KHABARKHAN_LIBRARY": str(lib), "PYTHONIOENCODING": "utf-8"}
    root = Path(__file__).parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(SAMPLE)],
        capture_output=True, text=True, env=env, cwd=root, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "imported 1 new article," in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--from", "nonsense"],
        capture_output=True, text=True, env=env, cwd=root, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    one_line_error(done.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--limit", "1", "--jsonl"],
        ["show", "1", "--json"],
        ["stats", "--json"],
    ],
)
def test_global_library_option_before_or_after_the_command(
    capsys, filled: str, argv: list[str]
) -> None:
    before = run(capsys, "--library", filled, *argv)
    after = run(capsys, *argv, "--library", filled)
    equals = run(capsys, f"--library={filled}", *argv)
    verbose = run(capsys, "-v", "--library", filled, *argv)
    assert before[0] == 0, before[2]
    assert before[:2] == after[:2] == equals[:2] == verbose[:2]
    assert before[1].strip()


def test_global_library_option_before_import_and_normalize(capsys, lib: str, monkeypatch) -> None:
    import io

    code, _, err = run(capsys, "--library", lib, "import", "--quiet", str(SAMPLE))
    assert code == 0, err
    code, out, err = run(capsys, "--library", lib, "list", "--limit", "5", "--jsonl")
    assert code == 0 and len(jsonl(out)) == 1, (out, err)
    monkeypatch.setattr("sys.stdin", io.StringIO("كتاب\n"))
    code, out, err = run(capsys, "--library", lib, "--verbose", "normalize")
    assert code == 0 and out == display_text("كتاب") + "\n", err


def test_logging_is_quiet_unless_verbose(capsys, filled: str) -> None:
    import logging

    log = logging.getLogger("reader.test")
    code, _, _ = run(capsys, "list", "--library", filled)
    log.info("an info line")
    assert code == 0 and "an info line" not in capsys.readouterr().err
    code, _, _ = run(capsys, "-v", "list", "--library", filled)
    log.debug("a debug line")
    assert code == 0 and "a debug line" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [("--library", "", "list"), ("--library=", "list"), ("list", "--library", " ")],
)  # fmt: skip
def test_an_empty_library_path_is_a_usage_error(capsys, argv: tuple[str, ...]) -> None:
    # not a fall back to the user's own library (an unset $LIB in a script)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "--library" in err and "needs a path" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv", [["--library", ""], ["--library="], ["--library"]])
def test_an_empty_library_path_for_the_window_is_a_usage_error(argv: list[str]) -> None:
    from reader.cli import _split_library_option

    with pytest.raises(UsageError, match="--library needs a path"):
        _split_library_option(argv)


def test_import_where_every_file_is_skipped_exits_non_zero(capsys, lib: str, tmp_path) -> None:
    bad = tmp_path / "notes.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code, _, err = run(capsys, "import", "-q", str(bad), "--library", lib)
    assert code == 1 and "skipped" in err
    good = tmp_path / "page.txt"
    good.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, _ = run(capsys, "import", "-q", str(bad), str(good), "--library", lib)
    assert code == 0  # one readable file is an import; the bad one is reported


def test_the_window_without_a_display_is_one_line_not_an_abort(capsys, monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    import reader.ui.app

    opened: list[object] = []
    monkeypatch.setattr(reader.ui.app, "run", lambda **kw: opened.append(kw) or 0)
    code, out, err = run(capsys)
    assert opened == []  # Qt was never asked for a window (it would abort the process)
    assert code == 1 and out == ""
    one_line_error(err)
    assert "no display" in err


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffكتاب ها\n".encode(), "کتاب\u200cها\n"),  # a UTF-8 BOM is not text
        ("كتاب ها\r\nيك\rدو\n".encode("utf-16"), "کتاب\u200cها\nیک دو\n"),
        ("كتابها\n".encode("cp1256"), "کتاب\u200cها\n"),
    ],
)
def test_normalize_reads_stdin_in_its_own_encoding(data: bytes, expected: str) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "reader", "normalize"],
        input=data, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == expected


def test_normalize_refuses_binary_stdin_in_one_line() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "reader", "normalize"],
        input=b"\x7fELF\x00\x00\x01" * 50, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == b""
    one_line_error(done.stderr.decode())


def test_map_with_a_corpus_format_is_a_usage_error(capsys, lib: str) -> None:
    code, _, err = run(
        capsys, "import", "--format", "tlpc", "--map", "title=aboveTitle", str(SAMPLE),
        "--library", lib,
    )  # fmt: skip
    assert code == 2
    one_line_error(err)
    assert "--map" in err and "tlpc" in err


def test_a_library_that_cannot_be_written_is_still_read(capsys, filled: str, monkeypatch) -> None:
    # (the tests may run as root, for whom every file is writable: the check is faked)
    import os

    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    opened: list[bool] = []
    real_open = Library.open.__func__  # type: ignore[attr-defined]

    def spy(cls, path, **kw):  # type: ignore[no-untyped-def]
        opened.append(kw.get("read_only", False))
        return real_open(cls, path, **kw)

    monkeypatch.setattr(Library, "open", classmethod(spy))
    code, out, err = run(capsys, "list", "--jsonl", "--library", filled)
    assert opened == [True]  # opened without writing (no WAL switch, no migration)
    assert code == 0, err
    assert len(out.strip().splitlines()) == 3
    code, out, _ = run(capsys, "stats", "--library", filled)
    assert code == 0 and "articles: 3" in out


def test_reimporting_an_edited_page_says_its_text_is_kept(capsys, lib: str, tmp_path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(capsys, "import", "-q", str(page), "--library", lib)[0] == 0
    page.write_text(SAMPLE.read_text(encoding="utf-8") + "\nپانوشت\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "-q", str(page), "--library", lib)
    assert code == 0
    assert "the articles of 1 changed file were all in the library already" in err


def test_import_of_an_empty_folder_says_so_and_fails(capsys, lib: str, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(capsys, "import", "-q", str(empty), "--library", lib)
    assert code == 1
    assert f"nothing to import: no files in {empty}" in err


def test_import_notes_a_record_imported_with_a_field_left_out(capsys, lib: str, tmp_path) -> None:
    page = tmp_path / "article.json"
    page.write_text(
        json.dumps(
            {
                "url": "https://www.baharnews.ir/news/437431/x",
                "title": 12345,
                "content": [{"text": "متن خبر"}],
            }
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", "-q", "--format", "tlpc", str(page), "--library", lib)
    assert code == 0
    assert "1 new article, 0 duplicates, 0 unchanged files, 0 skipped" in err
    assert (
        f"  note {page}: record 1: left out of the imported article: title is a number, not text"
        in err.splitlines()
    )
