"""Corpus files opened as text streams, in the encoding their first bytes reveal.

Corpus files are too big to decode whole, so the encoding is decided once from
the head (with the one decoding policy of ``reader.core.text_decoding``, plus
what corpus files need beyond prose: an XML declaration, Windows-1256 diluted by
markup and IDs, a few stray NUL bytes from a damaged record) and the rest is
streamed in it.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import IO, Any, BinaryIO

from reader.core.text_decoding import DecodeError, decode_bytes

__all__ = ["detect_encoding", "drop_stray_nuls", "open_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(head: bytes) -> str:
    """The encoding to stream a text file in, decided from its first bytes.

    ``reader.core.text_decoding.decode_bytes`` (the one decoding policy: BOM,
    BOM-less UTF-16, UTF-8, then Windows-1256 only if it reads as Persian)
    validates the head and raises ``DecodeError`` (an ``ImportError_``) for a
    binary or unknown file; this returns the codec name that policy chose so a
    big file can be read as a stream instead of decoded whole.
    """
    declared = _xml_declared_encoding(head)
    if declared:
        return declared  # an XML file's own declaration wins (markup is not "Persian text")
    if b"\x00" not in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            head.decode("utf-8")
            return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
                return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        # not UTF-8: the full policy below decides (and refuses binary data)
    try:
        decode_bytes(head, partial=True)
    except DecodeError:
        if _stray_nuls(head):
            return "utf-8"  # open_text drops the NULs
        if not _structured_cp1256(head):
            raise
        return "cp1256"
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # only a character cut by the end of the head may fail at the very end
        if exc.start < len(head) - 3 or exc.reason != "unexpected end of data":
            return "cp1256"
    return "utf-8"


def _structured_cp1256(head: bytes) -> bool:
    """Windows-1256 for a corpus file whose markup, IDs and URLs dilute the Persian text.

    ``decode_bytes`` accepts Windows-1256 only when 30% of the letters are Arabic
    script, right for a page of prose; a TSV/XML record with a hash ID, English
    category and URL can fall below that. Here 10% is enough, as long as the
    head is not UTF-8 and has no control characters (binary data).
    """
    if b"\x00" in head:
        return False
    text = head.decode("cp1256", errors="replace")
    if "\ufffd" in text or any(ord(ch) < 32 and ch not in "\t\n\r\x0c" for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return bool(letters) and arabic >= 0.1 * len(letters)


def _stray_nuls(head: bytes) -> bool:
    """A UTF-8 corpus head with a few NUL bytes (a damaged record), not binary data.

    One NUL in the first 64 KiB refused a whole corpus file as binary (2.8 M
    MirasText lines for one broken line). A UTF-8 sequence never contains a 0x00
    byte, so dropping them loses no text; the rest must still pass the text checks.
    """
    nuls = head.count(0)
    if not nuls or nuls > max(4, len(head) // 1000):
        return False
    try:
        decode_bytes(head.replace(b"\x00", b""), partial=True)
    except DecodeError:
        return False
    return True


def drop_stray_nuls(data: bytes) -> bytes:
    """``data`` without its NUL bytes when they are a few stray ones in UTF-8 text
    (see ``_stray_nuls``); anything else (binary, UTF-16) is returned unchanged."""
    if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    return data.replace(b"\x00", b"") if _stray_nuls(data) else data


class _NulDropper(io.RawIOBase):
    """A binary file read without its NUL bytes (see ``_stray_nuls``)."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while True:
            chunk = self._raw.read(len(view))
            if not chunk:
                return 0
            chunk = chunk.replace(b"\x00", b"")
            if chunk:  # a chunk of nothing but NULs: read on, 0 would mean the end
                view[: len(chunk)] = chunk
                return len(chunk)

    def close(self) -> None:
        self._raw.close()
        super().close()


_XML_DECL = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)")


def _xml_declared_encoding(head: bytes) -> str | None:
    """A non-UTF-8 encoding named by an XML declaration (``windows-1256``), if any."""
    if not head.startswith(b"<?xml"):
        return None
    m = _XML_DECL.match(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None
    return None if name in {"utf-8", "utf-16", "utf-16-le", "utf-16-be"} else name


def open_text(path: Path, head: bytes | None = None) -> IO[str]:
    """``path`` opened as a text stream in its detected encoding (newlines untranslated)."""
    if head is None:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    encoding = detect_encoding(head)
    # errors="replace": a stray bad byte deep inside a huge corpus must not stop the
    # whole file; the head decided the encoding, and a U+FFFD marks the damage.
    if encoding.startswith("utf-8") and b"\x00" in head:
        raw = _NulDropper(path.open("rb"))
        return io.TextIOWrapper(
            io.BufferedReader(raw), encoding=encoding, errors="replace", newline=""
        )
    return path.open(encoding=encoding, errors="replace", newline="")
