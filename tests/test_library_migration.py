"""Schema v3: the narrow ``article_facets`` table, its migration from v2, and the
search-driven counts/facets/histograms that read it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.core.article import Article, Paragraph
from reader.core.library import (
    DamagedLibraryError,
    Library,
    LibraryError,
    needs_migration,
    set_aside,
)
from reader.core.library import planning as store
from reader.core.library.encode import insert_article
from reader.core.library.schema import MIGRATIONS, SCHEMA_VERSION, _split
from reader.core.query import ArticleQuery

TEHRAN = ZoneInfo("Asia/Tehran")
Q = ArticleQuery()
SITES = ["ایرنا", "فارس", "مهر", ""]
WORDS = ["ایران", "اقتصاد", "پاکستان", "کتاب"]


def articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        words = [w for k, w in enumerate(WORDS) if (i >> k) & 1] or ["خبر"]
        out.append(
            Article(
                title=f"عنوان {i}",
                body=[Paragraph(" ".join(words) + f" شماره {i}")],
                site=SITES[i % 4] or None,
                source=SITES[(i // 4) % 4] or None,
                published=None
                if i % 7 == 0
                else datetime(2021, 1 + i % 12, 1 + i % 28, tzinfo=TEHRAN),
            )
        )
    return out


def make_v2(path: Path, items: list[Article]) -> None:
    """A library as schema version 2 wrote it (no facets table, no triggers)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for version, script in enumerate(MIGRATIONS[:2]):
        for statement in _split(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.execute("BEGIN")
    for a in items:
        insert_article(conn, a, 0)
    conn.execute("UPDATE articles SET read = 1 WHERE id % 3 = 0")
    conn.execute("UPDATE articles SET starred = 1 WHERE id % 5 = 0")
    conn.execute("COMMIT")
    conn.close()


FACET_COLUMNS = "id, published, site, source, jmonth, jday, read, starred"


def facets_match_articles(lib: Library) -> None:
    c = lib.connection
    assert c.execute(f"SELECT {FACET_COLUMNS} FROM articles ORDER BY id").fetchall() == (
        c.execute(f"SELECT {FACET_COLUMNS} FROM article_facets ORDER BY id").fetchall()
    )


def test_migration_from_v2(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_v2(path, articles(60))
    assert needs_migration(path)
    calls: list[tuple[int, int]] = []
    with Library.open(path, on_migrate=lambda a, b: calls.append((a, b))) as lib:
        assert calls == [(2, SCHEMA_VERSION)]
        assert lib.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.connection.execute("SELECT count(*) FROM article_facets").fetchone()[0] == 60
        facets_match_articles(lib)
        # the triggers keep it in step with later writes
        lib.add_articles(articles(70)[60:])
        lib.set_read([1, 2, 61], True)
        lib.set_starred([4, 62], True)
        lib.set_read([3], False)
        facets_match_articles(lib)
    assert not needs_migration(path)
    calls.clear()
    with Library.open(path, on_migrate=lambda a, b: calls.append((a, b))):
        assert calls == []


def test_needs_migration_of_missing_new_or_junk_files(tmp_path: Path) -> None:
    assert not needs_migration(tmp_path / "none.sqlite3")
    junk = tmp_path / "junk"
    junk.write_bytes(b"not a database" * 100)
    assert not needs_migration(junk)
    calls: list[tuple[int, int]] = []
    with Library.open(tmp_path / "new.sqlite3", on_migrate=lambda a, b: calls.append((a, b))):
        pass
    assert calls == [] and not needs_migration(tmp_path / "new.sqlite3")


QUERIES = [
    Q.with_(text="ایران"),
    Q.with_(text="ایران -اقتصاد"),
    Q.with_(text="پاکستان", unread_only=True),
    Q.with_(text="کتاب", starred_only=True),
    Q.with_(text="ایران", sites=frozenset({"فارس", "مهر"})),
    Q.with_(text="اقتصاد", sources=frozenset({"ایرنا"}), date_from=date(2021, 3, 1)),
    Q.with_(text="ایران", date_from=date(2021, 2, 1), date_to=date(2021, 8, 1)),
]


def brute(lib: Library, q: ArticleQuery) -> list[int]:
    """Ids matching ``q`` through the plain articles-table statements (no hit list)."""
    where = store.sql.where_for(q)
    return [
        r[0] for r in lib.connection.execute(f"SELECT id FROM articles{where.sql}", where.params)
    ]


@pytest.mark.parametrize("probe", [False, True])
@pytest.mark.parametrize("q", QUERIES, ids=range(len(QUERIES)))
def test_search_driven_counts_facets_histograms(
    tmp_path: Path, monkeypatch, q: ArticleQuery, probe: bool
) -> None:
    if probe:  # every hit list counts as "many": the covering-index route where it applies
        monkeypatch.setattr(store, "PROBE_MIN_HITS", 0)
        monkeypatch.setattr(store, "PROBE_FRACTION", 10**9)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        lib.add_articles(articles(200))
        lib.set_read(range(1, 201, 3), True)
        lib.set_starred(range(1, 201, 5), True)
        rows = {
            r[0]: r
            for r in lib.connection.execute(
                "SELECT id, site, source, jmonth, published FROM articles"
            )
        }
        ids = brute(lib, q)
        assert ids and lib.count(q) == len(ids)
        for facet, col in (("site", 1), ("source", 2)):
            others = brute(lib, q.with_(**{f"{facet}s": frozenset()}))
            expect: dict[str, int] = {}
            for i in others:
                if rows[i][col]:
                    expect[rows[i][col]] = expect.get(rows[i][col], 0) + 1
            got = lib.facet_counts(q, facet)  # type: ignore[arg-type]
            assert got == sorted(expect.items(), key=lambda kv: (-kv[1], kv[0]))
        months: dict[int, int] = {}
        for i in brute(lib, q.with_(date_from=None, date_to=None)):
            if rows[i][3] is not None:
                months[rows[i][3]] = months.get(rows[i][3], 0) + 1
        assert lib.month_histogram(q) == [(m // 100, m % 100, n) for m, n in sorted(months.items())]


def test_a_library_upgraded_meanwhile_is_not_upgraded_twice(tmp_path: Path, monkeypatch) -> None:
    from reader.core.library import schema

    path = tmp_path / "old.sqlite3"
    make_v2(path, articles(5))
    with Library.open(path):  # another connection upgrades it first
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    real = schema.schema_version
    calls = iter([2])  # what this connection read before it got the write lock
    monkeypatch.setattr(schema, "schema_version", lambda c: next(calls, None) or real(c))
    assert schema.migrate(conn) == 2
    assert real(conn) == SCHEMA_VERSION
    conn.close()


# --- files that are not (yet) ours: refused before anything is written -----------------------


def _future_library(path: Path) -> None:
    """A library a newer Khabarkhan wrote (a schema version this build does not know)."""
    with Library.open(path) as lib:
        lib.add_articles(articles(3))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a future version might leave it
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.close()


def test_a_library_from_the_future_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    _future_library(path)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Khabarkhan") as info:
        Library.open(path)
    assert "update Khabarkhan" in str(info.value)
    assert path.read_bytes() == before  # not even switched to WAL
    assert not needs_migration(path)


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org', 'x')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Khabarkhan library"):
        Library.open(path)
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert tables == {"bookmarks"}


def test_an_empty_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Library.open(path) as lib:
        assert lib.total() == 0


def test_a_library_in_a_read_only_folder_says_so(tmp_path: Path, monkeypatch) -> None:
    """Read-only media or a share: a clear message, not SQLite's "unable to open database
    file". (Simulated: permissions do not stop root, who runs some test machines.)"""
    from reader.core.library import store as store_module

    folder = tmp_path / "cdrom"
    folder.mkdir()
    existing = folder / "lib.sqlite3"
    with Library.open(existing) as lib:
        lib.add_articles(articles(2))
    before = existing.read_bytes()
    monkeypatch.setattr(store_module, "_writable", lambda p: Path(p) != folder)
    with pytest.raises(LibraryError, match="read-only"):
        Library.open(existing)
    with pytest.raises(LibraryError, match="read-only"):
        Library.open(folder / "new.sqlite3")
    assert not (folder / "new.sqlite3").exists()
    assert existing.read_bytes() == before
    with Library.open(existing, read_only=True) as lib:  # the CLI's reading commands still work
        assert lib.total() == 2
    monkeypatch.setattr(store_module, "_writable", lambda p: Path(p) != existing)
    with pytest.raises(LibraryError, match="is read-only"):
        Library.open(existing)


@pytest.mark.parametrize("damage", ["junk", "inside"])
def test_a_damaged_library_says_what_to_do_and_is_left_unchanged(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "lib.sqlite3"
    if damage == "junk":
        path.write_bytes(b"\x13\x37 not a database " * 1000)
    else:  # a real library whose first page (the schema) was overwritten after its header
        with Library.open(path) as lib:
            lib.add_articles(articles(50))
        data = bytearray(path.read_bytes())
        data[100:4096] = b"\xa5" * (4096 - 100)
        path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DamagedLibraryError, match="damaged") as info:
        Library.open(path)
    assert "Restore a backup" in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == before


def test_a_damaged_library_set_aside_keeps_its_bytes_and_frees_the_name(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"junk" * 100)
    path.with_name("lib.sqlite3-wal").write_bytes(b"wal")
    when = datetime(2026, 11, 29, 20, 12, 5)
    moved = set_aside(path, now=when)
    assert moved.name == "lib.sqlite3.damaged-20261129-201205"
    assert moved.read_bytes() == b"junk" * 100
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"
    assert not path.exists() and not path.with_name("lib.sqlite3-wal").exists()
    path.write_bytes(b"more junk")  # damaged again within the same second: another name
    assert set_aside(path, now=when).name == "lib.sqlite3.damaged-20261129-201205-2"
    with Library.open(path) as lib:  # the name is free for a new library
        assert lib.total() == 0
