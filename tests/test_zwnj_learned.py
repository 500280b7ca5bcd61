"""Spellings learned from the library's own ZWNJ-correct articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.article import Article, Paragraph
from reader.core.library import Library
from reader.core.persian import zwnj
from reader.core.persian.zwnj import ZwnjRestorer, plain_restorer
from reader.core.persian.zwnj.learned import decide, learned_from_texts, spellings_of
from reader.core.persian.zwnj.table import ZwnjTable
from tests.conftest import write_fake

Z = "\u200c"
#: A careful article (three ZWNJs elsewhere) that writes هم‌زمان, which the table keeps
#: joined (the web at large writes همزمان more often).
CAREFUL = f"نشست‌ها هم{Z}زمان با دیدارهای دیگر برگزار شد و آن‌ها می‌گویند"
STRIPPED = "نشستها همزمان با دیدارهای دیگر برگزار شد"


@pytest.fixture(autouse=True)
def table_alone() -> Iterator[None]:
    """Every test leaves the display text restoring from the table alone."""
    yield
    zwnj.use_learned({})


def test_a_careful_article_votes_once_for_each_spelling_it_uses() -> None:
    votes = spellings_of([CAREFUL, f"باز هم{Z}زمان"], plain_restorer())
    assert ("همزمان", f"هم{Z}زمان") in votes
    assert ("نشستها", f"نشست{Z}ها") in votes
    assert ("آنها", f"آن{Z}ها") in votes
    assert ("دیدارهای", "دیدارهای") not in votes  # ر does not join: no decision to make
    joined = spellings_of(["کتابها و کتابها"], plain_restorer())
    assert joined == {("کتابها", "کتابها")}  # a joined word the restorer would split


def test_a_spelling_needs_three_articles_and_four_fifths_of_the_votes() -> None:
    assert decide([("همزمان", f"هم{Z}زمان", 3)]) == {"همزمان": f"هم{Z}زمان"}
    assert decide([("همزمان", f"هم{Z}زمان", 2)]) == {}
    assert decide([("همزمان", f"هم{Z}زمان", 4), ("همزمان", "همزمان", 2)]) == {}
    assert decide([("آنها", "آنها", 8), ("آنها", f"آن{Z}ها", 2)]) == {"آنها": "آنها"}


def test_only_careful_articles_teach() -> None:
    careless = ["هم" + Z + "زمان و بس"]  # one ZWNJ: not enough to call the writer careful
    assert learned_from_texts([careless] * 5, plain_restorer()) == {}
    learned = learned_from_texts([[CAREFUL]] * 3, plain_restorer())
    assert learned["همزمان"] == f"هم{Z}زمان"


def test_learned_spellings_win_over_the_table() -> None:
    table = ZwnjTable({}, {"همزمان": 3 | 4 << 2, "کتاب": 3 | 5 << 2})
    assert ZwnjRestorer(table).restore_word("همزمان") == "همزمان"
    learned = ZwnjRestorer(table, {"همزمان": f"هم{Z}زمان", "کتابها": "کتابها"})
    assert learned.restore_word("همزمان") == f"هم{Z}زمان"
    assert learned.restore_word("کتابها") == "کتابها"  # the library writes it joined
    assert ZwnjRestorer(table).restore_word("کتابها") == f"کتاب{Z}ها"


def _article(i: int, text: str) -> Article:
    return Article(title=f"خبر {i}", body=[Paragraph(text)], news_code=str(i), site="ایرنا")


def test_library_learns_new_articles_once(library: Library) -> None:
    library.add_articles([_article(i, CAREFUL) for i in range(1, 4)])
    library.add_articles([_article(4, STRIPPED)])
    assert library.learn_spellings(slice_size=2) == (2, False)  # a slice at a time
    assert library.learn_spellings(slice_size=2) == (1, True)
    assert library.learn_spellings() == (0, True)  # nothing new: nothing read twice
    assert library.learned_spellings()["همزمان"] == f"هم{Z}زمان"
    rows = library.connection.execute(
        "SELECT articles FROM spelling_evidence WHERE key = 'همزمان'"
    ).fetchall()
    assert rows == [(3,)]
    library.add_articles([_article(i, CAREFUL) for i in range(5, 7)])
    assert library.learn_all_spellings() == 2
    assert library.connection.execute(
        "SELECT articles FROM spelling_evidence WHERE key = 'همزمان'"
    ).fetchall() == [(5,)]


def test_cli_import_learns_and_show_uses_it(capsys, tmp_path: Path, fake_format) -> None:
    lib = str(tmp_path / "lib.sqlite3")
    records = [f"خبر {i}|ایرنا|2021-10-1{i} 10:00|{CAREFUL}|{i}" for i in range(1, 4)]
    records.append(f"خبر چهار|فارس|2021-10-15 10:00|{STRIPPED}|9")
    write_fake(tmp_path / "in" / "a.fake", records)
    assert main(["import", "--library", lib, str(tmp_path / "in")]) == 0
    err = capsys.readouterr().err
    assert "learned spellings from 3 ZWNJ-careful articles" in err
    assert main(["show", "4", "--json", "--library", lib]) == 0
    body = json.loads(capsys.readouterr().out)["body"]
    assert f"هم{Z}زمان" in body and f"نشست{Z}ها" in body


def test_normalize_with_a_library_uses_its_spellings(
    capsys, tmp_path: Path, fake_format, monkeypatch
) -> None:
    import io
    import sys

    lib = str(tmp_path / "lib.sqlite3")
    records = [f"خبر {i}|ایرنا|2021-10-1{i} 10:00|{CAREFUL}|{i}" for i in range(1, 4)]
    write_fake(tmp_path / "in" / "a.fake", records)
    assert main(["import", "--library", lib, str(tmp_path / "in")]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("همزمان\n"))
    assert main(["normalize"]) == 0  # no library named: the table alone
    assert capsys.readouterr().out == "همزمان\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO("همزمان\n"))
    assert main(["normalize", "--library", lib]) == 0
    assert capsys.readouterr().out == f"هم{Z}زمان\n"
