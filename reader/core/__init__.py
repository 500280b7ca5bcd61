"""Qt-free core: records, parsers, Persian text, Jalali dates and the SQLite library."""
