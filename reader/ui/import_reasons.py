"""Skip reasons from the core, in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from reader.ui.i18n import arg

_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), t)
    for p, t in (
        (r"no such file or folder", QT_TRANSLATE_NOOP("ImportReasons", "no such file or folder")),
        (r"not a regular file", QT_TRANSLATE_NOOP("ImportReasons", "not a regular file")),
        (r"empty file", QT_TRANSLATE_NOOP("ImportReasons", "empty file")),
        (r"format not recognised", QT_TRANSLATE_NOOP("ImportReasons", "format not recognised")),
        (r"not a text file", QT_TRANSLATE_NOOP("ImportReasons", "not a text file")),
        (r"cannot be imported", QT_TRANSLATE_NOOP("ImportReasons", "cannot be imported")),
        (
            r"binary file, not text \(contains NUL bytes\)",
            QT_TRANSLATE_NOOP("ImportReasons", "binary file, not text (contains NUL bytes)"),
        ),
        (
            r"binary file, not text \((\d+) control characters\)",
            QT_TRANSLATE_NOOP("ImportReasons", "binary file, not text (%1 control characters)"),
        ),
        (r"cannot read(?: file)?: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot read: %1")),
        (r"cannot open: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot open: %1")),
        (r"cannot read folder: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot read folder: %1")),
        (r"cannot decode: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot decode: %1")),
        (
            r"invalid (\S+) text at byte (\d+)",
            QT_TRANSLATE_NOOP("ImportReasons", "invalid %1 text at byte %2"),
        ),
        (r"(\d+) more bad records", QT_TRANSLATE_NOOP("ImportReasons", "%1 more bad records")),
        (
            r"no title found: the page has no Persian text lines",
            QT_TRANSLATE_NOOP(
                "ImportReasons", "no title found: the page has no Persian text lines"
            ),
        ),
        (r"broken link", QT_TRANSLATE_NOOP("ImportReasons", "broken link")),
        (r"hidden folder", QT_TRANSLATE_NOOP("ImportReasons", "hidden folder")),
        (r"hidden file", QT_TRANSLATE_NOOP("ImportReasons", "hidden file")),
        (
            r"link to a folder read already",
            QT_TRANSLATE_NOOP("ImportReasons", "link to a folder read already"),
        ),
        (
            r"unknown text encoding \(not UTF-8, UTF-16 or Windows-1256 Persian text\)",
            QT_TRANSLATE_NOOP(
                "ImportReasons",
                "unknown text encoding (not UTF-8, UTF-16 or Windows-1256 Persian text)",
            ),
        ),
        (
            r"not a JSON array of records: (.*)",
            QT_TRANSLATE_NOOP("ImportReasons", "not a JSON array of records: %1"),
        ),
        (
            r"not a (\S+) JSON array: (.*)",
            QT_TRANSLATE_NOOP("ImportReasons", "not a %1 JSON array: %2"),
        ),
        # the importers' own reasons (one format each)
        (r"not valid JSON: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "not valid JSON: %1")),
        (
            r"JSON broken after (\S+) (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportReasons", "JSON broken after %1 %2: %3"),
        ),
        (
            r"(?:item|record) is not (?:a JSON object|an object)",
            QT_TRANSLATE_NOOP("ImportReasons", "the record is not a JSON object"),
        ),
        (
            r"not a TLPC article \(JSON object expected\)",
            QT_TRANSLATE_NOOP("ImportReasons", "not a TLPC article (JSON object expected)"),
        ),
        (
            r"too big for a TLPC article file",
            QT_TRANSLATE_NOOP("ImportReasons", "too big for a TLPC article file"),
        ),
        (
            r"(?:.+ )?(?:record|line|item|row .+|<\w+> .+) has no title and no "
            r"(?:text|content|summary)",
            QT_TRANSLATE_NOOP("ImportReasons", "the record has no title and no text"),
        ),
        (
            r"line has (\d+) fields, expected (\d+)",
            QT_TRANSLATE_NOOP("ImportReasons", "the line has %1 fields, %2 expected"),
        ),
        (
            r"record has (\d+) lines, expected (\d+)",
            QT_TRANSLATE_NOOP("ImportReasons", "the record has %1 lines, %2 expected"),
        ),
        (
            r"row has (\d+) columns, (?:expected|the header has) (\d+)",
            QT_TRANSLATE_NOOP("ImportReasons", "the row has %1 columns, the header %2"),
        ),
        (
            r"(?:<\w+> )?record cut off(?: at the end of the file| \(truncated file\?\))",
            QT_TRANSLATE_NOOP("ImportReasons", "the record is cut off (a truncated file?)"),
        ),
        (
            r"no (?:MirasText lines|Persica records|pn_summary rows|records|items|<\w+> records)"
            r" in this (?:.*file|JSON array)",
            QT_TRANSLATE_NOOP("ImportReasons", "no records of this format in the file"),
        ),
        (
            r"no header row with at least two columns",
            QT_TRANSLATE_NOOP("ImportReasons", "no header row with at least two columns"),
        ),
        (
            r"no rows under the header",
            QT_TRANSLATE_NOOP("ImportReasons", "no rows under the header"),
        ),
        (
            r"unreadable (CSV|TSV) from line (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportReasons", "unreadable %1 from line %2: %3"),
        ),
        (
            r"record id (.+) is not a number",
            QT_TRANSLATE_NOOP("ImportReasons", "the record id %1 is not a number"),
        ),
        (
            r"unknown field\(s\) in mapping: (.+) \(known: (.+)\)",
            QT_TRANSLATE_NOOP("ImportReasons", "unknown field(s) in the mapping: %1 (known: %2)"),
        ),
        (
            r"column\(s\) not in the file: (.+) \(columns: (.*)\)",
            QT_TRANSLATE_NOOP("ImportReasons", "column(s) not in the file: %1 (columns: %2)"),
        ),
        (
            r"no title or text column found; name one with a mapping such as title=headline",
            QT_TRANSLATE_NOOP(
                "ImportReasons",
                "no title or text column found; name one with a mapping such as title=headline",
            ),
        ),
        # notes on articles that were imported with something left out or guessed
        (
            r"date ('.*') not understood",  # quoted: the date's digits stay as written
            QT_TRANSLATE_NOOP("ImportReasons", "the date %1 was not understood"),
        ),
        (
            r"(\S+) is a number, not (?:text|a list|a list of blocks)",
            QT_TRANSLATE_NOOP("ImportReasons", "%1 has the wrong type (a number)"),
        ),
        (
            r"(\S+) is a list, not (?:text|a list of blocks)",
            QT_TRANSLATE_NOOP("ImportReasons", "%1 has the wrong type (a list)"),
        ),
        (
            r"(\S+) is an object, not (?:text|a list|a list of blocks)",
            QT_TRANSLATE_NOOP("ImportReasons", "%1 has the wrong type (an object)"),
        ),
        (
            r"(\S+) is true/false, not (?:text|a list|a list of blocks)",
            QT_TRANSLATE_NOOP("ImportReasons", "%1 has the wrong type (true/false)"),
        ),
        (
            r"(\d+) content blocks? with no text \(not \{type, text\}\)",
            QT_TRANSLATE_NOOP("ImportReasons", "%1 content block(s) without text"),
        ),
        (
            r"no title line \(the first line has ([\d,]+) characters\): its first sentence is "
            r"the title",
            QT_TRANSLATE_NOOP(
                "ImportReasons",
                "no title line (the first line has %1 characters): its first sentence is the title",
            ),
        ),
        (
            r"no title line \(the first line has ([\d,]+) characters\): imported without a title",
            QT_TRANSLATE_NOOP(
                "ImportReasons",
                "no title line (the first line has %1 characters): imported without a title",
            ),
        ),
    )
]
# Reasons that list several findings, each translated on its own.
_LISTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), t)
    for p, t in (
        (
            r"left out of the imported article: (.+)",
            QT_TRANSLATE_NOOP("ImportReasons", "left out of the imported article: %1"),
        ),
        (
            r"TLPC record has no usable title or content: (.+)",
            QT_TRANSLATE_NOOP("ImportReasons", "the record has no usable title or text: %1"),
        ),
        (
            r"record has no usable title or text: (.+)",
            QT_TRANSLATE_NOOP("ImportReasons", "the record has no usable title or text: %1"),
        ),
    )
]
_RECORD = re.compile(r"record (\d+): (.*)", re.DOTALL)


def number_text(n: int) -> str:
    """``n`` with the UI locale's digits."""
    return QLocale().toString(int(n))


def reason_text(reason: str) -> str:
    """A skip reason from the core in the UI language (unknown reasons stay as they are).

    The core is Qt-free and reports reasons in English; the common ones are
    translated here, numbers get the UI's digits, and anything else (an
    importer's own message) is shown verbatim rather than lost.
    """
    record = _RECORD.fullmatch(reason)
    if record:
        template = QCoreApplication.translate("ImportReasons", "record %1: %2")
        return arg(template, number_text(int(record.group(1))), reason_text(record.group(2)))
    for pattern, template in _LISTS:
        match = pattern.fullmatch(reason)
        if match:
            parts = [reason_text(part) for part in match.group(1).split("; ")]
            separator = QCoreApplication.translate("ImportReasons", "; ")
            return arg(QCoreApplication.translate("ImportReasons", template), separator.join(parts))
    for pattern, template in _REASONS:
        match = pattern.fullmatch(reason)
        if match:
            values = [_value(g) for g in match.groups()]
            return arg(QCoreApplication.translate("ImportReasons", template), *values)
    return reason


def _value(group: str | None) -> str:
    """A matched value as shown: numbers (``2,734`` too) in the UI's digits."""
    if group and group.replace(",", "").isdigit():
        return number_text(int(group.replace(",", "")))
    return group or ""
