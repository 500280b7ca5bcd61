"""WCAG contrast of the themes' colours: text 4.5:1, focus ring and bars 3:1."""

from __future__ import annotations

import pytest

from reader.ui.themes import THEMES, Theme


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# Backgrounds text sits on: the page and the list (base, alternate rows), the chrome
#: (window: sidebar headings, status bar count, dialog hints), buttons.
GROUNDS = ("base", "alternate_base", "window", "button")


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
@pytest.mark.parametrize("role", ["text", "heading", "muted"])
def test_text_is_readable_on_every_ground(theme: Theme, role: str) -> None:
    """Muted text too: dates and counts in the list, the sidebar's headings and counts,
    placeholders, the page's meta line, the import report's note rows (all small)."""
    for ground in GROUNDS:
        ratio = contrast(getattr(theme, role), getattr(theme, ground))
        assert ratio >= 4.5, f"{theme.name} {role} on {ground}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_page_colours_are_readable(theme: Theme) -> None:
    for role in ("link", "accent"):  # links; the overline above the title
        assert contrast(getattr(theme, role), theme.base) >= 4.5, role
    assert contrast(theme.selection_text, theme.selection) >= 4.5
    assert contrast(theme.highlight_text, theme.highlight_bg) >= 4.5


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_focus_ring_and_bars_stand_out(theme: Theme) -> None:
    """The accent draws the focus ring and the timeline's bars: 3:1 (WCAG 1.4.11)."""
    for ground in ("base", "window", "alternate_base", "button"):
        ratio = contrast(theme.accent, getattr(theme, ground))
        assert ratio >= 3.0, f"{theme.name} accent on {ground}: {ratio:.2f}"
