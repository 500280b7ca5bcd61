"""Format detection across a folder mixing every corpus, and the whole fixture folder
imported end to end into a temporary library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core import importers
from reader.core.jalali import make_tehran_datetime
from reader.core.query import ArticleQuery

DATA = Path(__file__).parent / "data" / "corpora"

EXPECTED = {
    "hamshahri_1996_ham2_960623.xml": "hamshahri",
    "tnews_201409_20140923.xml": "tnews",
    "persica.csv": "persica",
    "mirastext.txt": "mirastext",
    "train.csv": "pn_summary",
    "dev.csv": "pn_summary",
    "test.csv": "pn_summary",
    "hamshahri.json": "farsi_news",
    "radiofarda.json": "farsi_news",
}


def corpus_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file() and p.name != "README.md")


def test_detect_every_fixture() -> None:
    for path in corpus_files():
        found = importers.detect(path)
        expected = EXPECTED.get(path.name, "tlpc" if path.parent.name == "tlpc" else None)
        assert found is not None and found.name == expected, path.name


def test_detect_from_content_not_names(tmp_path: Path) -> None:
    """One flat folder, every file renamed to a neutral name: detection still holds."""
    for i, path in enumerate(corpus_files()):
        expected = EXPECTED.get(path.name, "tlpc")
        target = tmp_path / f"file{i:02d}.dat"
        shutil.copyfile(path, target)
        found = importers.detect(target)
        assert found is not None and found.name == expected, path.name


def test_generic_exports_detected_beside_corpora(tmp_path: Path) -> None:
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text('{"headline": "a", "text": "b"}\n', encoding="utf-8")
    csv = tmp_path / "export.csv"
    csv.write_text("title,body\nالف,ب\n", encoding="utf-8")
    assert importers.detect(jsonl).name == "generic"
    assert importers.detect(csv).name == "generic"


def test_import_whole_fixture_folder(tmp_path: Path) -> None:
    library_mod = pytest.importorskip("reader.core.library")
    importing = pytest.importorskip("reader.core.library.importing")
    lib = library_mod.Library.open(tmp_path / "lib.db")
    try:
        report = importing.import_paths(lib, [DATA])
        assert report.added == 40
        assert report.duplicates == 0
        assert [Path(p).name for p, _ in report.skipped] == ["README.md"]
        rows = lib.page(ArticleQuery(), 0, 100)
        by_title = {row.title: row for row in rows}
        assert len(by_title) == 40

        tnews = by_title["برگزاری جشن نمادین شکوفه ها به یاد ۱۰هزار دانش آموز جانباخته زلزله بم"]
        assert tnews.site == "بوتیا"
        assert tnews.published == make_tehran_datetime(1393, 7, 1, 7, 18, 23)

        ham = next(r for r in rows if r.title.startswith("گفتگو با مسعود كيميايي"))
        assert ham.published == make_tehran_datetime(1375, 4, 3)
        stored = lib.get(ham.id)
        assert stored is not None and stored.format == "hamshahri"
        assert stored.category == "ادب و هنر"
        assert stored.lead.startswith("در اجراي ضيافت حالا")
        assert stored.origin_index == 0 and stored.origin_path.endswith(".xml")

        facets = dict(lib.facet_counts(ArticleQuery(), "site"))
        assert facets["شانا"] == 7
        assert facets["همشهری آنلاین"] == 10  # farsi_news, TLPC and MirasText
        assert facets["روزنامه همشهری"] == 1  # Hamshahri 2: the daily's archive
        assert facets["رادیو فردا"] == 5

        undated = [r for r in rows if r.published is None]
        assert len(undated) == 28  # pn_summary, farsi_news, Persica and 5 MirasText lines
        dated = lib.count(ArticleQuery(date_from=make_tehran_datetime(1402, 7, 1).date()))
        assert dated == 5  # the TLPC articles

        again = importing.import_paths(lib, [DATA])
        assert again.added == 0 and again.unchanged_files == 14  # every corpus file
    finally:
        lib.close()


@pytest.mark.parametrize(
    "sample",
    [
        "tlpc/hamshahrionline_1402-07-24_dab9115fb4f2d6a09e86077699d8a90f.json",
        "farsi_news/radiofarda.json",
        "hamshahri/hamshahri_1996_ham2_960623.xml",
        "mirastext/mirastext.txt",
        "pn_summary/dev.csv",
    ],
)
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_copies_import_like_the_utf8_originals(
    tmp_path: Path, sample: str, encoding: str
) -> None:
    """With or without a BOM. BOM-less UTF-16 MirasText (its sample has a Russian
    article beside the Persian ones) was refused as binary data."""
    from reader.core.library import Library
    from reader.core.library.importing import import_paths

    original = Path(__file__).parent / "data" / "corpora" / sample
    copy = tmp_path / "in" / original.name
    copy.parent.mkdir()
    copy.write_bytes(original.read_text(encoding="utf-8").encode(encoding))
    with Library.open(tmp_path / "a.sqlite3") as a, Library.open(tmp_path / "b.sqlite3") as b:
        want = import_paths(a, [original])
        got = import_paths(b, [copy])
        assert (got.added, got.skipped) == (want.added, [])
        everything = ArticleQuery()
        got_titles = [r.title for r in b.page(everything, 0, 100)]
        assert got_titles == [r.title for r in a.page(everything, 0, 100)]


@pytest.mark.parametrize(
    ("sample", "size"),
    [
        ("mirastext/mirastext.txt", 10),
        ("pn_summary/dev.csv", 4),
        ("farsi_news/radiofarda.json", None),
        ("tlpc/hamshahrionline_1402-07-24_dab9115fb4f2d6a09e86077699d8a90f.json", 1),
        ("../scraped/defapress-483462.txt", 1),
    ],
)
def test_a_stray_nul_byte_loses_nothing(tmp_path: Path, sample: str, size: int | None) -> None:
    """One NUL byte near the start (a damaged save) refused the whole file as binary
    data: a 2.8 M-line MirasText file for one broken line. The NUL is dropped (a UTF-8
    character never holds a 0x00 byte) and every record imports as from the original."""
    from reader.core.library import Library
    from reader.core.library.importing import import_paths

    original = Path(__file__).parent / "data" / "corpora" / sample
    data = original.read_bytes()
    cut = data.index(b" ", 200)
    copy = tmp_path / "in" / original.name
    copy.parent.mkdir()
    copy.write_bytes(data[:cut] + b"\x00" + data[cut:])
    with Library.open(tmp_path / "a.sqlite3") as a, Library.open(tmp_path / "b.sqlite3") as b:
        want = import_paths(a, [original])
        got = import_paths(b, [copy])
        assert (got.added, got.skipped) == (want.added, [])
        assert size is None or got.added == size
        everything = ArticleQuery()

        def texts(lib: Library) -> list[tuple[str, str]]:
            rows = lib.page(everything, 0, 100)
            stored = [lib.get(r.id) for r in rows]
            return [(s.title, s.body_text) for s in stored if s is not None]

        assert texts(b) == texts(a)


def test_binary_and_nul_riddled_files_are_still_refused(tmp_path: Path) -> None:
    from reader.core.library import Library
    from reader.core.library.importing import import_paths

    text = (Path(__file__).parent / "data" / "corpora" / "mirastext" / "mirastext.txt").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "riddled.txt").write_bytes(text[:3000].replace(b" ", b" \x00"))
    (folder / "ints.txt").write_bytes(bytes(b for i in range(2000) for b in (i % 251 + 1, 0)))
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [folder], workers=0)
    assert report.added == 0
    reasons = {Path(p).name: r for p, r in report.skipped}
    assert set(reasons) == {"junk.txt", "riddled.txt", "ints.txt"}
    assert all(r.startswith("binary file, not text") for r in reasons.values()), reasons
