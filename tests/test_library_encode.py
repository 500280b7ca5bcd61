"""Encoding helpers of the import pipeline: fast paths must equal the plain forms."""

from __future__ import annotations

import pytest

from reader.core.library.encode import _collapse


@pytest.mark.parametrize(
    "text",
    ["", " ", "یک دو", "یک  دو", "\tیک\u2003دو\n", " یک ", "یک\n\nدو", "یک\nدو", "a\x1fb",
     "یک\u200cدو", "\u00a0یک", "یک\u2028دو", "یک \n دو"],
)  # fmt: skip
def test_collapse_is_split_and_join(text: str) -> None:
    assert _collapse(text) == " ".join(text.split())
