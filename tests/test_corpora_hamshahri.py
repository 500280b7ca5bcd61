"""Hamshahri 2 importer: the real sample plus variants written here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.hamshahri import IMPORTER, KNOWN_BAD_FILES, split_text
from reader.core.jalali import TEHRAN

DATA = Path(__file__).parent / "data" / "corpora" / "hamshahri"
SAMPLE = DATA / "hamshahri_1996_ham2_960623.xml"

HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<!DOCTYPE HAMSHAHRI2 SYSTEM "hamshahri.dtd">\n\n<HAMSHAHRI2>\n'
)


def doc(
    docid: str = "HAM2-750403-002",
    persian: str | None = "1375/04/03",
    western: str | None = "1996-06-23",
    title: str = "عنوان خبر",
    text: str = "متن خبر",
) -> str:
    dates = ""
    if western is not None:
        dates += f'<DATE calender="Western">{western}</DATE>\n'
    if persian is not None:
        dates += f'<DATE calender="Persian">{persian}</DATE>\n'
    return (
        f"<DOC>\n<DOCID>{docid}</DOCID>\n<DOCNO>{docid}</DOCNO>\n<ISSUE>x</ISSUE>\n{dates}"
        '<CAT xml:lang="fa">سياسي</CAT>\n<CAT xml:lang="en">Politics</CAT>\n'
        f"<TITLE>\n<![CDATA[{title}]]>\n</TITLE>\n<TEXT>\n<![CDATA[{text}]]>\n</TEXT>\n</DOC>\n"
    )


def write(tmp_path: Path, *docs: str, name: str = "day.xml", tail: str = "</HAMSHAHRI2>\n") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(docs) + tail, encoding="utf-8")
    return path


def articles(path: Path, start: int = 0) -> list[Article | RecordProblem]:
    return list(IMPORTER.read(path, start=start))


def test_sample_fields() -> None:
    assert IMPORTER.sniff(SAMPLE, SAMPLE.read_bytes()) >= 90
    [article] = articles(SAMPLE)
    assert isinstance(article, Article)
    assert article.title == "گفتگو با مسعود كيميايي كارگردان فيلم ضيافت دعوت به مهرورزي و سازندگي"
    assert article.lead.split("\n") == [
        "در اجراي ضيافت حالا، مناسبات تغيير كرده اند، مهرورزي، يگانه تر"
        " است آواز مهرورزي و سازندگي است",
        "يك جامعه مدعي رو به رشد، بر زمينه انتقادي صحيح حركت سازنده تري خواهد داشت",
    ]
    assert [p.text for p in article.body] == [
        "حرف اصلي فيلم ضيافت چيست و چگونه اين حرف پرداخت شده است؟"
    ]
    assert article.published == datetime(1996, 6, 23, tzinfo=TEHRAN)
    assert article.published.utcoffset().total_seconds() == 4.5 * 3600  # DST in 1996
    assert not article.date_is_fallback
    assert article.category == "ادب و هنر"  # Arabic ي/ك kept raw elsewhere; CAT fa
    assert "ي" in article.title and "ك" in article.title
    assert article.site == "روزنامه همشهری"  # the daily, not its website
    assert article.format == "hamshahri"
    assert article.origin_path == str(SAMPLE)
    assert article.origin_index == 0
    assert article.raw == ""  # the record is traced by origin_path/origin_index instead


def test_paragraphs_follow_hazms_short_line_rule() -> None:
    long_line = "ب" * 60
    text = f"o گلوله اول\n{long_line}\nپایان بند اول\n{long_line}\n{long_line}\nپایان دوم\no میانی"
    lead, body = split_text(text)
    assert lead == ["گلوله اول"]
    assert [p.text for p in body] == [
        f"{long_line} پایان بند اول",
        f"{long_line} {long_line} پایان دوم",
        "میانی",  # a bullet after body text is a paragraph, marker dropped
    ]


def test_missing_persian_date_uses_western(tmp_path: Path) -> None:
    path = write(tmp_path, doc(persian=None, western="1996-06-24"))
    [article] = articles(path)
    assert article.published == datetime(1996, 6, 24, tzinfo=TEHRAN)
    assert not article.date_is_fallback


def test_bad_dates_fall_back_to_docid(tmp_path: Path) -> None:
    path = write(tmp_path, doc(docid="HAM2-750405-010", persian="1375/13/40", western="junk"))
    [article] = articles(path)
    assert article.published == datetime(1996, 6, 25, tzinfo=TEHRAN)  # 5 Tir 1375
    assert article.date_is_fallback


def test_no_date_anywhere_is_none(tmp_path: Path) -> None:
    path = write(tmp_path, doc(docid="X-1", persian=None, western=None))
    [article] = articles(path)
    assert article.published is None
    assert not article.date_is_fallback


def test_bad_record_mid_file_is_reported_and_reading_continues(tmp_path: Path) -> None:
    path = write(tmp_path, doc(title="یک"), doc(title="", text=""), doc(title="سه"))
    result = articles(path)
    assert [type(r).__name__ for r in result] == ["Article", "RecordProblem", "Article"]
    assert result[1].index == 1
    assert result[2].title == "سه" and result[2].origin_index == 2


def test_truncated_xml_keeps_complete_records(tmp_path: Path) -> None:
    path = write(tmp_path, doc(title="کامل"), doc(title="ناقص")[:120], tail="")
    result = articles(path)
    assert isinstance(result[0], Article) and result[0].title == "کامل"
    assert isinstance(result[1], RecordProblem) and "cut off" in result[1].reason
    assert len(result) == 2


def test_unclosed_record_followed_by_a_good_one(tmp_path: Path) -> None:
    path = write(tmp_path, doc(title="ناقص")[:150], doc(title="بعدی"))
    result = articles(path)
    assert isinstance(result[0], RecordProblem)
    assert isinstance(result[1], Article) and result[1].title == "بعدی"


def test_resume_from_start(tmp_path: Path) -> None:
    path = write(tmp_path, doc(title="یک"), doc(title="دو"), doc(title="سه"))
    result = articles(path, start=2)
    assert [(a.origin_index, a.title) for a in result] == [(2, "سه")]


def test_windows_1256_file(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.xml"
    text = HEADER.replace("UTF-8", "windows-1256") + doc(title="گزارش ويژه") + "</HAMSHAHRI2>\n"
    path.write_bytes(text.encode("cp1256"))
    assert IMPORTER.sniff(path, path.read_bytes()) >= 90
    [article] = articles(path)
    assert article.title == "گزارش ويژه"


def test_windows_1256_with_wrong_declaration(tmp_path: Path) -> None:
    path = tmp_path / "lying.xml"
    text = "اين متن يك خبر طولاني است كه با رمزگذاري ويندوز نوشته شده است. " * 5
    content = HEADER + doc(title="گزارش ويژه", text=text) + "</HAMSHAHRI2>\n"
    path.write_bytes(content.encode("cp1256"))
    [article] = articles(path)
    assert article.title == "گزارش ويژه"


def test_empty_and_recordless_files_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert IMPORTER.sniff(empty, b"") == 0
    with pytest.raises(ImportError_):
        articles(empty)
    with pytest.raises(ImportError_, match="no <DOC>"):
        articles(write(tmp_path, name="none.xml"))


def test_known_bad_files_are_skipped_like_hazm(tmp_path: Path) -> None:
    path = write(tmp_path, doc(), name="HAM2-960622.xml")
    with pytest.raises(ImportError_, match="hazm"):
        articles(path)


def test_known_bad_list_matches_hazm() -> None:
    from hazm.corpus_readers.hamshahri_reader import HamshahriReader

    assert HamshahriReader("")._invalids == set(KNOWN_BAD_FILES)


def test_sniff_rejects_other_xml() -> None:
    assert IMPORTER.sniff(Path("x.xml"), b"<?xml version='1.0'?><TNews></TNews>") == 0


def test_record_blocks_stay_bounded() -> None:
    import io

    from reader.core.importers._streaming import iter_xml_blocks

    text = "<DOC>a</DOC>junk<DOC>" + "x" * 5000 + "<DOC>b</DOC><DOC>c</DOC>"
    blocks = list(iter_xml_blocks(io.StringIO(text), "<DOC>", "</DOC>", chunk_size=64))
    assert blocks[0] == ("<DOC>a</DOC>", True)
    assert blocks[1][1] is False and blocks[1][0].startswith("<DOC>xxx")
    assert blocks[2:] == [("<DOC>b</DOC>", True), ("<DOC>c</DOC>", True)]
    # a record that never ends is cut at max_block and reading goes on
    text = "<DOC>" + "y" * 5000 + "</DO" + "<DOC>z</DOC>"
    blocks = list(
        iter_xml_blocks(io.StringIO(text), "<DOC>", "</DOC>", chunk_size=100, max_block=1000)
    )
    assert blocks[0][1] is False and len(blocks[0][0]) <= 1024
    assert blocks[-1] == ("<DOC>z</DOC>", True)
