"""Bytes -> text: every supported encoding decodes exactly, binary and unknown data are refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.importers.base import ImportError_
from reader.core.text_decoding import DecodeError, decode_bytes, read_text

PERSIAN = "سرلشکر باقری:\nتعاملات نظامی ایران و پاکستان گسترش بیشتری می‌یابد.\nکد خبر: ۴۸۳۴۶۲\n"
# Windows-1256 has no Persian ی or Persian digits: old files use Arabic ي and Latin digits.
PERSIAN_1256 = "سرلشکر باقري:\nتعاملات نظامي ايران و پاکستان گسترش بيشتري مي‌يابد.\nکد خبر: 483462\n"


@pytest.mark.parametrize(
    "data",
    [
        PERSIAN.encode("utf-8"),
        codecs.BOM_UTF8 + PERSIAN.encode("utf-8"),
        codecs.BOM_UTF16_LE + PERSIAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be"),
        PERSIAN.encode("utf-16"),
        PERSIAN.encode("utf-16-le"),  # no BOM: recognised by its high bytes
        PERSIAN.encode("utf-16-be"),
        PERSIAN.encode("utf-32"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16-native",
        "utf16le-nobom",
        "utf16be-nobom",
        "utf32",
    ],
)
def test_unicode_encodings(data: bytes) -> None:
    assert decode_bytes(data) == PERSIAN


def test_windows_1256() -> None:
    data = PERSIAN_1256.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data) == PERSIAN_1256


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"plain text\n") == "plain text\n"
    assert decode_bytes(b"") == ""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 20 + b"abc", "binary"),
        (b"%PDF-1.4\n\x00\x01\x02\x03", "binary"),
    ],
)
def test_binary_refused(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason) as info:
        decode_bytes(data)
    assert isinstance(info.value, ImportError_)
    assert reason in info.value.reason


def test_latin1_is_not_taken_for_persian() -> None:
    # Decoding French Latin-1 as Windows-1256 would give mojibake: refuse instead.
    with pytest.raises(DecodeError, match="unknown text encoding"):
        decode_bytes("Le café est très bon à Téhéran, déjà vu".encode("latin-1"))


def test_damaged_utf8_is_reported_not_mojibaked() -> None:
    data = PERSIAN.encode("utf-8") * 20
    damaged = data + b"\xff" + data
    with pytest.raises(DecodeError, match=f"invalid UTF-8 at byte {len(data)}"):
        decode_bytes(damaged)


def test_partial_head_ignores_a_cut_character() -> None:
    data = PERSIAN.encode("utf-8")
    cut = data[:5]  # the third letter is cut in half
    with pytest.raises(DecodeError):
        decode_bytes(cut)
    assert decode_bytes(cut, partial=True) == PERSIAN[:2]
    utf16 = codecs.BOM_UTF16_LE + PERSIAN.encode("utf-16-le")
    assert decode_bytes(utf16[:9], partial=True) == PERSIAN[:3]


def test_invalid_utf8_after_bom() -> None:
    with pytest.raises(DecodeError, match="UTF-8 byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


def test_read_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PERSIAN_1256.encode("cp1256"))
    assert read_text(path) == PERSIAN_1256
    with pytest.raises(ImportError_, match="cannot read file"):
        read_text(tmp_path / "missing.txt")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="binary file, not text"):
        read_text(binary)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bom_less_utf16_page_with_another_script_is_text(encoding: str) -> None:
    # One Russian paragraph broke the "95% ASCII or Arabic" rule: the page was refused
    # as binary. The NUL pattern, a strict decode and mostly Persian letters tell.
    russian = "Москва и Тегеран обсудили военное сотрудничество в регионе.\n"
    text = PERSIAN + russian + PERSIAN
    assert decode_bytes(text.encode(encoding)) == text


def test_bom_less_utf16_of_mostly_other_scripts_is_still_refused() -> None:
    russian = "Москва и Тегеран обсудили военное сотрудничество в регионе.\n" * 5
    with pytest.raises(DecodeError):
        decode_bytes((russian + "خبر").encode("utf-16-le"))
