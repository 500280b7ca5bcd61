"""Import pipeline: folders, encodings, skipped files, idempotence, resume and cancel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.library.importing import ImportProgress, import_paths
from reader.core.query import ArticleQuery
from tests.conftest import FakeLinesImporter, write_fake

Q = ArticleQuery()


def rec(i: int, site: str = "ایرنا") -> str:
    return f"عنوان {i}|{site}|2021-10-12 20:{i % 60:02d}|متن شماره {i} در باره کتاب‌ها|{i}"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write_fake(root / "b.fake", [rec(1), rec(2)])
    write_fake(root / "a.fake", [rec(3)])
    write_fake(root / "sub" / "c.fake", [rec(4), "BAD", rec(5)])
    write_fake(root / ".hidden.fake", [rec(6)])
    write_fake(root / ".git" / "x.fake", [rec(7)])
    return root


def test_folder_import_recursive_sorted_hidden_skipped(
    library: Library, fake_format: FakeLinesImporter, corpus: Path
) -> None:
    report = import_paths(library, [corpus])
    assert (report.added, report.duplicates, report.cancelled) == (5, 0, False)
    assert report.first_new_id == 1
    assert library.total() == 5
    # sorted walk: a.fake, b.fake, sub/c.fake
    assert [library.get(i).title for i in range(1, 6)] == [
        "عنوان 3", "عنوان 1", "عنوان 2", "عنوان 4", "عنوان 5",
    ]  # fmt: skip
    first = library.get(1)
    assert first.format == "fakelines"
    assert first.origin_path == str(corpus / "a.fake")
    assert report.skipped == [
        # hidden entries are named once each, not walked
        (str(corpus / ".git"), "hidden folder"),
        (str(corpus / ".hidden.fake"), "hidden file"),
        # the second record of c.fake, counted from 1 as a reader counts
        (str(corpus / "sub" / "c.fake"), "record 2: expected 5 fields"),
    ]


def test_linked_folders_are_followed_once(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "other-disk"
    write_fake(elsewhere / "d.fake", [rec(8)])
    root = tmp_path / "news"
    write_fake(root / "a.fake", [rec(9)])
    (root / "linked").symlink_to(elsewhere)  # corpora kept on another disk
    (root / "loop").symlink_to(root)  # a link back up must not loop
    report = import_paths(library, [root])
    assert report.added == 2
    assert report.skipped == [(str(root / "loop"), "link to a folder read already")]


def test_reimport_is_idempotent_and_does_not_parse(
    library: Library, fake_format: FakeLinesImporter, corpus: Path, monkeypatch
) -> None:
    import_paths(library, [corpus])
    calls = []
    cls = type(fake_format)  # conftest is loaded as its own module by pytest
    original = cls.read

    def counting(self, path, **kw):
        calls.append(path)
        return original(self, path, **kw)

    monkeypatch.setattr(cls, "read", counting)
    report = import_paths(library, [corpus])
    assert (report.added, report.duplicates, report.unchanged_files) == (0, 0, 3)
    assert calls == []
    assert library.total() == 5
    (corpus / "a.fake").touch()  # changed mtime: read again (its records are duplicates)
    report = import_paths(library, [corpus])
    assert len(calls) == 1
    assert (report.added, report.duplicates, report.unchanged_files) == (0, 1, 2)


def test_changed_file_is_reread_and_duplicates_recognised(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    f = write_fake(tmp_path / "x.fake", [rec(1), rec(2)])
    import_paths(library, [f])
    write_fake(f, [rec(1), rec(2), rec(3)])
    report = import_paths(library, [f])
    assert (report.added, report.duplicates) == (1, 2)
    # the same records in another file (another corpus) are duplicates too
    other = write_fake(tmp_path / "copy.fake", [rec(3), rec(1)])
    assert import_paths(library, [other]).duplicates == 2


def test_binary_windows1256_missing_and_unknown_files(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    # Windows-1256 has no Persian yeh: old files spell it with the Arabic one
    old = rec(1).replace("ی", "ي").replace("\u200c", "")
    write_fake(folder / "old.fake", [old], encoding="cp1256")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "notes.dat").write_bytes(b"12,34,56\n78,90,12\n")
    (folder / "empty.txt").write_bytes(b"")
    report = import_paths(library, [folder, tmp_path / "nope"])
    assert report.added == 1
    article = library.get(1)
    assert article.title == "عنوان 1"
    assert article.body[0].text == "متن شماره 1 در باره کتابها"
    reasons = dict(report.skipped)
    assert "binary" in reasons[str(folder / "image.png")]
    assert reasons[str(folder / "notes.dat")] == "format not recognised"
    assert reasons[str(folder / "empty.txt")] == "empty file"
    assert reasons[str(tmp_path / "nope")] == "no such file or folder"
    # the Windows-1256 text is searchable like any other
    assert library.count(Q.with_(text="کتاب‌ها")) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipes_and_broken_links_are_skipped_not_read(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    folder = tmp_path / "odd"
    write_fake(folder / "a.fake", [rec(1)])
    os.mkfifo(folder / "pipe.fake")  # reading it would block forever
    (folder / "gone.fake").symlink_to(tmp_path / "nowhere")
    report = import_paths(library, [folder, folder])  # the same folder twice: read once
    assert report.added == 1
    assert sorted(report.skipped) == [
        (str(folder / "gone.fake"), "broken link"),
        (str(folder / "pipe.fake"), "not a regular file"),
    ]


def test_bad_file_is_skipped_and_the_rest_imports(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    write_fake(tmp_path / "a.fake", [rec(1), "RAISE"])
    write_fake(tmp_path / "b.fake", [rec(2)])
    report = import_paths(library, [tmp_path])
    assert report.added == 2  # a.fake's first record was read before the failure
    assert (str(tmp_path / "a.fake"), "broken on purpose") in report.skipped


def test_format_override(library: Library, fake_format: FakeLinesImporter, tmp_path: Path) -> None:
    f = tmp_path / "nohead.dat"
    f.write_text("@@@\n" + rec(1) + "\n", encoding="utf-8")  # no FAKE header: not sniffed as ours
    report = import_paths(library, [f], format="fakelines")
    assert (report.added, report.skipped) == (1, [])
    assert (library.get(1).title, library.get(1).format) == ("عنوان 1", "fakelines")
    with pytest.raises(KeyError):
        import_paths(library, [f], format="no-such-format")


def test_resume_after_kill(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path, monkeypatch
) -> None:
    f = write_fake(tmp_path / "big.fake", [rec(i) for i in range(10)])

    def kill(p: ImportProgress) -> None:
        if p.articles_added >= 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(library, [f], progress=kill, batch_size=4)
    assert library.total() == 4  # first committed batch survives
    starts = []
    cls = type(fake_format)
    original = cls.read

    def recording(self, path, *, mapping=None, start=0):
        starts.append(start)
        return original(self, path, mapping=mapping, start=start)

    monkeypatch.setattr(cls, "read", recording)
    report = import_paths(library, [f], batch_size=4)
    assert report.first_new_id == 5
    assert starts == [4]
    assert (report.added, report.duplicates) == (6, 0)
    assert library.total() == 10


def test_cancel_then_continue(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    for n in range(3):
        write_fake(tmp_path / f"f{n}.fake", [rec(n * 100 + i) for i in range(40)])
    seen = []

    def cancelled() -> bool:
        return library.connection.in_transaction and len(seen) > 0

    def progress(p: ImportProgress) -> None:
        seen.append(p)

    report = import_paths(
        library, [tmp_path], progress=progress, cancelled=cancelled, batch_size=10
    )
    assert report.cancelled
    partial = library.total()
    assert 0 < partial < 120
    report = import_paths(library, [tmp_path], batch_size=10)
    assert not report.cancelled
    assert library.total() == 120
    assert report.duplicates == 0  # resumed, not re-read


def test_progress_reports(library: Library, fake_format: FakeLinesImporter, tmp_path: Path) -> None:
    for n in range(3):
        write_fake(tmp_path / "in" / f"f{n}.fake", [rec(n * 10 + i) for i in range(5)])
    seen: list[ImportProgress] = []
    import_paths(library, [tmp_path], progress=seen.append, batch_size=4)  # library file skipped
    assert seen
    last = seen[-1]
    assert (last.files_done, last.files_total, last.articles_added) == (3, 3, 15)
    assert last.rate > 0 and last.elapsed > 0
    assert all(p.files_total == 3 for p in seen)


def _pages(folder: Path, n: int) -> Path:
    sample = (Path(__file__).parent / "data" / "scraped" / "defapress-483462.txt").read_text(
        encoding="utf-8"
    )
    title = "تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری مییابد"
    for i in range(n):
        page = sample.replace("۴۸۳۴۶۲", str(500000 + i)).replace(title, f"{title} شماره {i}", 1)
        (folder / f"page-{i:03d}.txt").parent.mkdir(parents=True, exist_ok=True)
        (folder / f"page-{i:03d}.txt").write_text(page, encoding="utf-8")
    (folder / "zz-binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def test_worker_processes_give_the_same_library(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", 40)
    results = []
    for workers in (0, 2):
        with Library.open(tmp_path / f"lib-{workers}.sqlite3") as lib:
            report = import_paths(lib, [pages], workers=workers, batch_size=7)
            rows = lib.connection.execute(
                "SELECT id, title, news_code, published, site, source, body FROM articles"
                " ORDER BY id"
            ).fetchall()
            results.append((report.added, report.duplicates, report.skipped, rows))
            again = import_paths(lib, [pages], workers=workers)
            assert again.unchanged_files == 40
    assert results[0] == results[1]
    added, _, skipped, rows = results[0]
    assert added == 40
    assert [r[2] for r in rows] == [str(500000 + i) for i in range(40)]
    assert skipped == [(str(pages / "zz-binary.bin"), skipped[0][1])]
    assert "binary" in skipped[0][1]


def test_real_scraped_pages_utf16_and_windows1256(library: Library, tmp_path: Path) -> None:
    sample = (Path(__file__).parent / "data" / "scraped" / "defapress-483462.txt").read_text(
        encoding="utf-8"
    )
    folder = tmp_path / "pages"
    folder.mkdir()
    # Windows-1256 has no Persian yeh or digits: old files use the Arabic yeh and Latin
    # digits (the search key folds both)
    old_text = sample.replace("ی", "ي").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    (folder / "old.txt").write_bytes(old_text.encode("cp1256"))
    (folder / "utf16.txt").write_bytes(
        sample.replace("۴۸۳۴۶۲", "۴۸۳۴۶۳").replace("مییابد", "مییابد!").encode("utf-16")
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    report = import_paths(library, [folder])
    assert report.added == 2
    assert [s[0] for s in report.skipped] == [str(folder / "photo.jpg")]
    old = next(library.get(i) for i in (1, 2) if library.get(i).origin_path.endswith("old.txt"))
    assert old.title.startswith("تعاملات نظامي")
    assert old.published.isoformat() == "2021-10-12T20:53:00+03:30"
    assert library.count(Q.with_(text="تعاملات نظامی دفاعی")) == 2


def test_a_changed_file_whose_articles_are_known_says_so(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    page = tmp_path / "news" / "a.fake"
    write_fake(page, [rec(1), rec(2)])
    assert import_paths(library, [page]).added == 2
    write_fake(page, [rec(1), rec(2), ""])  # edited: same articles, a byte more
    report = import_paths(library, [page])
    assert (report.added, report.duplicates, report.changed_files_kept) == (0, 2, 1)
    write_fake(page, [rec(1), rec(2), rec(3)])  # a new article: nothing to say
    report = import_paths(library, [page])
    assert (report.added, report.changed_files_kept) == (1, 0)


def test_a_file_refused_before_its_first_record_is_read_again(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    # A refusal (wrong --format, a broken file) imports nothing: the file is not recorded
    # as imported, so the next run, with the right format or the file fixed, reads it.
    bad = tmp_path / "a.fake"
    write_fake(bad, ["RAISE", rec(1)])
    first = import_paths(library, [bad])
    assert (first.added, first.skipped) == (0, [(str(bad), "broken on purpose")])
    second = import_paths(library, [bad])
    assert (second.unchanged_files, second.skipped) == (0, [(str(bad), "broken on purpose")])
    write_fake(bad, [rec(1)])
    assert import_paths(library, [bad]).added == 1


def test_a_wrong_format_does_not_mark_the_file_imported(library: Library) -> None:
    miras = Path(__file__).parent / "data" / "corpora" / "mirastext" / "mirastext.txt"
    refused = import_paths(library, [miras], format="tlpc")
    assert refused.added == 0 and len(refused.skipped) == 1
    again = import_paths(library, [miras])
    assert (again.unchanged_files, again.skipped) == (0, [])
    assert again.added == 10


def test_notes_on_imported_records_are_not_skips_nor_records(
    library: Library, fake_format: FakeLinesImporter, tmp_path: Path
) -> None:
    path = write_fake(tmp_path / "a.fake", ["?" + rec(1), rec(2), "BAD", "?" + rec(3)])
    report = import_paths(library, [path], batch_size=1)
    assert report.added == 3
    assert report.notes == [
        (str(path), "record 1: title guessed"),
        (str(path), "record 4: title guessed"),
    ]
    assert report.skipped == [(str(path), "record 3: expected 5 fields")]
    # the resume point counts the file's records (4), not the notes
    done = library.connection.execute("SELECT records_done FROM files").fetchone()[0]
    assert done == 4
