"""Records cut out of huge text streams without parsing the whole file.

A corpus may be one JSON array or one XML document of gigabytes; ``json.load``
or a DOM would hold all of it (and every parsed record) in memory. These read
in chunks and hand out one item or record block at a time, so memory stays flat
and a malformed record only affects itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

__all__ = ["iter_json_array", "iter_xml_blocks"]


# ---------------------------------------------------------------- JSON
def iter_json_array(stream: IO[str], chunk_size: int = 1 << 20) -> Iterator[Any]:
    """Items of a top-level JSON array, decoded one at a time from a text stream.

    ``json.load`` would hold the whole file and every parsed item in memory; this
    keeps only the unparsed tail of the current chunk. Raises ``ValueError`` when
    the stream is not a JSON array or an item is malformed.
    """
    decoder = json.JSONDecoder()
    buf = stream.read(chunk_size).lstrip("\ufeff")
    pos = _skip_ws(buf, 0)
    if pos >= len(buf) or buf[pos] != "[":
        raise ValueError("not a JSON array")
    pos += 1
    eof = False
    expect_item = True
    while True:
        pos = _skip_ws(buf, pos)
        while pos >= len(buf) and not eof:
            more = stream.read(chunk_size)
            eof = not more
            buf = buf[pos:] + more
            pos = _skip_ws(buf, 0)
        if pos >= len(buf):
            raise ValueError("JSON array is not closed (truncated file?)")
        ch = buf[pos]
        if ch == "]":
            return
        if ch == ",":
            if expect_item:
                raise ValueError(f"unexpected ',' at character {pos}")
            pos += 1
            expect_item = True
            continue
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if eof:
                    raise
                more = stream.read(chunk_size)
                eof = not more
                buf = buf[pos:] + more
                pos = 0
                continue
            if end >= len(buf) and not eof:
                # a number/literal may continue in the next chunk: re-read with more text
                more = stream.read(chunk_size)
                eof = not more
                if more:
                    buf = buf[pos:] + more
                    pos = 0
                    continue
            break
        yield item
        pos = end
        expect_item = False


def _skip_ws(buf: str, pos: int) -> int:
    n = len(buf)
    while pos < n and buf[pos] in " \t\r\n":
        pos += 1
    return pos


# ---------------------------------------------------------------- XML blocks
def iter_xml_blocks(
    stream: IO[str],
    start_tag: str,
    end_tag: str,
    chunk_size: int = 1 << 20,
    max_block: int = 64 << 20,
) -> Iterator[tuple[str, bool]]:
    """``(block, complete)`` for each ``start_tag ... end_tag`` block of a text stream.

    Corpus XML files are read in chunks and cut at record boundaries with plain
    string search, so a file of any size streams in flat memory and a malformed
    record (or a root element closed too early, as in TNews) only affects
    itself. A block cut off by the end of the file is yielded with
    ``complete=False``; so is (the first KiB of) a record still open after
    ``max_block`` characters, whose text is then skipped up to the next record,
    so a missing end tag cannot pull a whole corpus file into memory.
    """
    buf = ""
    eof = False
    while not eof:
        chunk = stream.read(chunk_size)
        eof = not chunk
        buf += chunk
        pos = 0
        while True:
            start = buf.find(start_tag, pos)
            if start < 0:
                # keep a tail long enough to hold a start tag split across chunks
                buf = buf[max(pos, len(buf) - len(start_tag)) :]
                break
            end = buf.find(end_tag, start)
            if end < 0:
                if len(buf) - start > max_block:
                    following = buf.find(start_tag, start + len(start_tag))
                    if following >= 0:
                        yield buf[start:following], False
                        pos = following
                        continue
                    yield buf[start : start + 1024], False
                    buf = buf[len(buf) - len(start_tag) + 1 :]
                    break
                buf = buf[start:]
                break
            inner = buf.find(start_tag, start + len(start_tag), end)
            while inner >= 0:  # a record that never closed before the next one began
                yield buf[start:inner], False
                start = inner
                inner = buf.find(start_tag, start + len(start_tag), end)
            end += len(end_tag)
            yield buf[start:end], True
            pos = end
        if eof and buf.startswith(start_tag):
            yield buf, False
