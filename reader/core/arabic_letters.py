"""Arabic letter variants and their Persian letters: the one table every matcher folds with.

Persian pages and corpora mix Arabic code points (``ي ى ئ ك ة ۀ أ إ``) with the
Persian letters they look like. Date matching (``reader.core.jalali``) and
agency keys (``reader.core.agencies``) both fold them the same way, so a month
name or agency spelled with Arabic ``ي`` is still recognised.
"""

from __future__ import annotations

ARABIC_LETTER_VARIANTS: dict[str, str] = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
}
"""Arabic-script letter -> the Persian letter it stands for (matching only, never stored)."""
