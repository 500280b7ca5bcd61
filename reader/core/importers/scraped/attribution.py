"""The site and quoted source a scraped page names in its text.

``به گزارش X، ...`` names the publishing site, ``به نقل از Y`` the quoted
source; names go through the agency table, and agency names that are everyday
words (``مهر``, ``شرق``) only count where the sentence makes them an outlet.
"""

from __future__ import annotations

import re

from reader.core.agencies import canonical_agency, is_common_word, known_agency

_ATTRIBUTION_RE = re.compile(r"به[\s\u200c]*گزارش\s+(?P<phrase>[^،,:؛.\n]{1,150}?)\s*[،,:؛]")
_QUOTING_RE = re.compile(r"به[\s\u200c]*نقل[\s\u200c]*از\s+")
_QUOTING_PHRASE_RE = re.compile(
    r"به[\s\u200c]*نقل[\s\u200c]*از\s+(?P<phrase>[^،,:؛.\n]{1,150}?)\s*[،,:؛]"
)
_OUTLET_WORDS = frozenset({"خبرگزاری", "روزنامه", "پایگاه", "سایت", "خبرنگار", "هفته‌نامه"})
_OUTLET_RE = re.compile(r"(?:خبرگزاری|پایگاه[\s\u200c]+خبری|روزنامه|سایت)\s+(?P<name>\S.*)$")
_TOKEN_STRIP = "«»\"'()[]“”‹›"


def _agency_in_phrase(phrase: str, allow_unknown: bool) -> str | None:
    words = [w.strip(_TOKEN_STRIP) for w in phrase.split()]
    words = [w for w in words if w]
    if "از" in words:  # "به گزارش فارس از شیراز" — the place is not the agency
        words = words[: words.index("از")]
    n = len(words)
    for length in range(min(5, n), 0, -1):
        for start in range(n - length + 1):
            cand = " ".join(words[start : start + length])
            name = known_agency(cand)
            if name is None:
                continue
            if is_common_word(cand) and not (
                start + length == n or (start > 0 and words[start - 1] in _OUTLET_WORDS)
            ):
                continue
            return name
    if allow_unknown:
        m = _OUTLET_RE.search(" ".join(words))
        if m:
            return canonical_agency(m["name"])
    return None


def attributions(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(site, quoted source) from ``به گزارش X، ...`` / ``به گزارش X به نقل از Y، ...``."""
    site: str | None = None
    quoted: str | None = None
    for text in paragraphs:
        m = _ATTRIBUTION_RE.search(text)
        if m and site is None:
            phrase = m["phrase"]
            parts = _QUOTING_RE.split(phrase, maxsplit=1)
            site = _agency_in_phrase(parts[0], allow_unknown=True)
            if len(parts) > 1 and quoted is None:
                quoted = _agency_in_phrase(parts[1], allow_unknown=False)
        if quoted is None:
            q = _QUOTING_PHRASE_RE.search(text)
            if q:
                quoted = _agency_in_phrase(q["phrase"], allow_unknown=False)
        if site is not None:
            break
    return site, quoted
