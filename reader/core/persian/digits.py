"""Digits for display: Persian digits in Persian text, Latin digits left alone in Latin text.

Why not hazm's ``persian_numbers``: it rewrites every ASCII digit, including those inside
URLs, e-mail addresses, product codes (``COVID-19``) and numbers quoted in English
sentences. Here a number is converted only when its nearest words are Persian.
"""

from __future__ import annotations

import re
from bisect import bisect_right

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + "٠١٢٣٤٥٦٧٨٩" + "٫٬", "0123456789" * 2 + ".,")

_PERSIAN_LETTER = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0]")
#: Latin letters, and the signs of Latin-script currencies: "$1,299.99" is typeset as the
#: writer set it (Persian digits after "$" read back to front on a right-to-left line).
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f$€£¥]")
#: Latin runs the display path protects, masked as private-use characters (see display).
PROTECTED_MIN, PROTECTED_MAX = 0xE000, 0xF8FF
_PROTECTED = re.compile(f"[{chr(PROTECTED_MIN)}-{chr(PROTECTED_MAX)}]")
_TOKEN = re.compile(r"\S+")
_CONVERTIBLE = re.compile("[0-9٠-٩]")
_ASCII_NUMBER = re.compile(r"[0-9٠-٩]+(?:[.,/:][0-9٠-٩]+)*%?")


def _script(token: str) -> str:
    """'fa', 'latin' or '' (no letters) for one whitespace-separated token."""
    if _LATIN_LETTER.search(token) or _PROTECTED.search(token):
        return "latin"
    if _PERSIAN_LETTER.search(token):
        return "fa"
    return ""


def _persian_number(match: re.Match[str]) -> str:
    number = match.group().translate(_TO_PERSIAN)
    # Persian decimal and thousands separators between digits; ٪ for percent.
    number = re.sub("(?<=[۰-۹])[.](?=[۰-۹])", "٫", number)
    number = re.sub("(?<=[۰-۹]),(?=[۰-۹]{3})", "٬", number)
    return number.replace("%", "٪")


def persian_digits(line: str) -> str:
    """Digits of numbers standing in Persian context turned into Persian digits.

    A token with Latin letters (``COVID-19``, ``12October``, masked URLs) is never touched;
    a bare number takes the script of its nearest lettered neighbours: converted when one of
    them is Persian, or, with no lettered neighbour at all, when the line has Persian words.
    Only tokens with digits and the neighbours they need are classified, so a long paragraph
    with a few numbers costs little more than one regex scan.
    """
    if not _CONVERTIBLE.search(line):
        return line
    tokens = list(_TOKEN.finditer(line))
    starts = [t.start() for t in tokens]
    scripts: list[str | None] = [None] * len(tokens)

    def script(i: int) -> str:
        s = scripts[i]
        if s is None:
            s = scripts[i] = _script(tokens[i].group())
        return s

    with_digits = sorted({bisect_right(starts, m.start()) - 1 for m in _CONVERTIBLE.finditer(line)})
    out: list[str] = []
    pos = 0
    line_is_persian: bool | None = None
    for i in with_digits:
        tok = tokens[i]
        own = script(i)
        if own == "latin":
            continue
        if own == "fa":
            persian = True
        else:
            left = next((script(j) for j in range(i - 1, -1, -1) if script(j)), "")
            right = next((script(j) for j in range(i + 1, len(tokens)) if script(j)), "")
            if not left and not right and line_is_persian is None:
                line_is_persian = any(script(j) == "fa" for j in range(len(tokens)))
            persian = "fa" in (left, right) or (not left and not right and bool(line_is_persian))
        if persian:
            out.append(line[pos : tok.start()])
            out.append(_ASCII_NUMBER.sub(_persian_number, tok.group()))
            pos = tok.end()
    out.append(line[pos:])
    return "".join(out)


def latin_digits(line: str) -> str:
    """Persian and Arabic-Indic digits (and ٫ ٬ separators) as Latin digits."""
    return line.translate(_TO_LATIN)
