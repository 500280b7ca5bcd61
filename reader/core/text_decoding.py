"""Bytes -> text for Persian files: BOMs, UTF-8, UTF-16, Windows-1256, and binary refusal.

Older Persian files are often Windows-1256, newer ones UTF-8 (with or without a
BOM), some tools write UTF-16. Guessing wrong produces mojibake that would then
be stored and indexed, so every fallback is checked: a Windows-1256 reading is
only accepted when the result looks like Persian/Arabic text, and anything that
looks binary is refused with a reason instead of being imported as garbage.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from reader.core.importers.base import ImportError_

log = logging.getLogger(__name__)


class DecodeError(ImportError_):
    """The bytes are not text in a supported encoding; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# C0 control characters that never occur in text files (tab, LF, VT, FF, CR and
# ESC/SUB, which old DOS editors leave behind, are tolerated).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f]")


def _is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def _is_texty(ch: str) -> bool:
    """Characters expected in Persian text files: Arabic script, ASCII, common punctuation."""
    o = ord(ch)
    return (
        32 <= o < 127
        or ch in "\t\n\r\x0c"
        or _is_arabic_script(ch)
        or 0x2000 <= o <= 0x206F  # general punctuation, ZWNJ, bidi marks
        or ch in "«»\u00a0\u00ab\u00bb\u00b7"
    )


def _binary_reason(text: str) -> str | None:
    """Why ``text`` looks like decoded binary data, or None if it looks like text."""
    if "\x00" in text:
        return "binary file, not text (contains NUL bytes)"
    if not text:
        return None
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, len(text) // 200):
        return f"binary file, not text ({controls} control characters)"
    return None


def _looks_persian(text: str) -> bool:
    """True when a legacy-codepage reading is plausible Persian/Arabic text, not mojibake."""
    sample = text[:20000]
    letters = [ch for ch in sample if not ch.isspace()]
    if not letters:
        return True
    arabic = sum(1 for ch in letters if _is_arabic_script(ch))
    texty = sum(1 for ch in letters if _is_texty(ch))
    return arabic >= 0.3 * len(letters) and texty >= 0.97 * len(letters)


def _decode_utf16(data: bytes, encoding: str, partial: bool) -> str:
    if partial and len(data) % 2:
        data = data[:-1]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid {encoding.upper()} text at byte {e.start}") from e


def _decode_utf8(data: bytes, partial: bool) -> str:
    """Strict UTF-8; with ``partial`` a multibyte sequence cut off at the end is dropped."""
    if partial:
        return codecs.getincrementaldecoder("utf-8")("strict").decode(data, final=False)
    return data.decode("utf-8")


def _utf16_without_bom(data: bytes) -> str | None:
    """A BOM-less UTF-16 reading when the NUL pattern says so and the result is text."""
    if len(data) < 4:
        return None

    # In UTF-16 Persian text the high byte of every code unit is 0x00 (ASCII),
    # 0x06 (Arabic block) or 0x20 (ZWNJ, punctuation); in binary data it is anything.
    def plausible(high: bytes, low: bytes) -> bool:
        usual = high.count(0) + high.count(6) + high.count(0x20) + high.count(0xFB)
        return usual >= 0.95 * len(high) and high.count(0) > 0 and low.count(0) <= 0.01 * len(low)

    if plausible(data[1::2], data[0::2]):
        encoding = "utf-16-le"
    elif plausible(data[0::2], data[1::2]):
        encoding = "utf-16-be"
    else:
        return _mixed_script_utf16(data)
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text[:20000] if not ch.isspace()]
    if letters and sum(map(_is_texty, letters)) >= 0.97 * len(letters):
        return text
    return _mixed_script_utf16(data)


def _mixed_script_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16 Persian text that mixes in other scripts (a Russian paragraph).

    The rule above wants 95% of the characters ASCII or Arabic script, which one
    Cyrillic paragraph breaks: the page was refused as binary. The byte pattern is
    unambiguous on its own: NULs in one byte of many code units (every space, digit
    and Latin letter) and almost never in the other, a strict decode, no control
    characters, and Persian text (a third of the letters Arabic script).
    """
    data = data[: len(data) - len(data) % 2]
    if len(data) < 16:
        return None
    odd, even = data[1::2], data[0::2]
    if odd.count(0) >= 0.1 * len(odd) and even.count(0) <= 0.01 * len(even):
        encoding = "utf-16-le"  # the high byte comes second
    elif even.count(0) >= 0.1 * len(even) and odd.count(0) <= 0.01 * len(odd):
        encoding = "utf-16-be"
    else:
        return None
    try:  # incremental, so a surrogate pair cut by the end of a head is no error
        text = codecs.getincrementaldecoder(encoding)("strict").decode(data, final=False)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\t\n\r\x0c" for ch in text):
        return None
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if _is_arabic_script(ch))
    return text if letters and arabic >= 0.3 * len(letters) else None


def decode_bytes(data: bytes, *, partial: bool = False) -> str:
    """Decode a Persian text file's bytes; raise ``DecodeError`` if they are not text.

    Order: BOM (UTF-8, UTF-16 LE/BE, UTF-32), BOM-less UTF-16 (recognised by its
    NUL pattern), strict UTF-8, then Windows-1256 — accepted only when the result
    is mostly Arabic-script letters. ``partial=True`` is for a file's first bytes
    (sniffing): a character cut in half at the end is ignored rather than treated
    as an encoding error. The BOM is not part of the returned text.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        enc = "utf-32-le" if data.startswith(codecs.BOM_UTF32_LE) else "utf-32-be"
        body = data[4:]
        if partial:
            body = body[: len(body) - len(body) % 4]
        try:
            text = body.decode(enc)
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid {enc.upper()} text at byte {e.start + 4}") from e
    elif data.startswith(codecs.BOM_UTF8):
        try:
            text = _decode_utf8(data[3:], partial)
        except UnicodeDecodeError as e:
            raise DecodeError(
                f"invalid UTF-8 after a UTF-8 byte-order mark (byte {e.start + 3})"
            ) from e
    elif data.startswith(codecs.BOM_UTF16_LE):
        text = _decode_utf16(data[2:], "utf-16-le", partial)
    elif data.startswith(codecs.BOM_UTF16_BE):
        text = _decode_utf16(data[2:], "utf-16-be", partial)
    elif b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DecodeError("binary file, not text (contains NUL bytes)")
        text = utf16
    else:
        try:
            text = _decode_utf8(data, partial)
        except UnicodeDecodeError as utf8_error:
            text = data.decode("cp1256", errors="replace")
            reason = _binary_reason(text)
            if reason:
                raise DecodeError(reason) from None
            if "\ufffd" in text or not _looks_persian(text):
                if data.decode("utf-8", errors="replace").count("\ufffd") * 1000 < len(data):
                    # Almost all of it is UTF-8: say where it breaks rather than "unknown".
                    raise DecodeError(
                        f"invalid UTF-8 at byte {utf8_error.start} (file damaged or truncated?)"
                    ) from None
                raise DecodeError(
                    "unknown text encoding (not UTF-8, UTF-16 or Windows-1256 Persian text)"
                ) from None
            log.debug("decoded as Windows-1256")
            return text
    reason = _binary_reason(text)
    if reason:
        raise DecodeError(reason)
    return text


def read_text(path: str | Path) -> str:
    """The decoded text of a file; ``ImportError_``/``DecodeError`` with a reason on failure."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ImportError_(f"cannot read file: {e.strerror or e}") from e
    return decode_bytes(data)
