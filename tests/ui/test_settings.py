"""Typed settings over a QSettings INI file: defaults, validation, persistence, signals."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from reader.ui.settings import DEFAULTS, Settings


def make_settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "khabarkhan.ini"


def test_defaults_on_empty_store(qapp, ini: Path) -> None:
    s = make_settings(ini)
    for key, value in DEFAULTS.items():
        if key != "digits":
            assert getattr(s, key) == value, key


def test_digits_follow_the_ui_language_until_chosen(qapp, ini: Path) -> None:
    s = make_settings(ini)
    seen: list[str] = []
    s.changed.connect(seen.append)
    s.language = "fa"
    assert s.digits == "persian"
    s.language = "en"
    assert s.digits == "latin"
    assert seen == ["language", "digits", "language", "digits"]
    s.digits = "persian"
    assert s.digits == "persian"
    s.reset_to_defaults()  # language back to auto, digits follow it again
    assert s.digits == s.default_digits()
    assert s.default_digits("fa") == "persian" and s.default_digits("en") == "latin"


def test_values_survive_a_new_instance(qapp, ini: Path) -> None:
    s = make_settings(ini)
    s.language = "fa"
    s.theme = "sepia"
    s.font_size = 19
    s.digits = "latin"
    s.mark_read_delay_ms = -1
    s.justify = True
    s.show_raw_text = True
    s.sync()
    again = make_settings(ini)
    assert again.language == "fa"
    assert again.theme == "sepia"
    assert again.font_size == 19
    assert again.digits == "latin"
    assert again.mark_read_delay_ms == -1
    assert again.justify is True
    assert again.show_raw_text is True


def test_garbage_in_the_file_falls_back_to_defaults(qapp, ini: Path) -> None:
    ini.write_text(
        "[General]\ndigits=roman\ntheme=neon\nfont_size=huge\njustify=maybe\nlanguage=de\nmark_read_delay_ms=-50\n",
        encoding="utf-8",
    )
    s = make_settings(ini)
    assert s.theme == "light"
    assert s.font_size == DEFAULTS["font_size"]
    assert s.justify is False
    assert s.language == "auto"
    assert s.mark_read_delay_ms == -1
    assert s.digits in ("persian", "latin")


def test_font_size_is_clamped(qapp, ini: Path) -> None:
    s = make_settings(ini)
    s.font_size = 400
    assert s.font_size == 40
    s.font_size = 1
    assert s.font_size == 8


def test_invalid_choice_is_rejected(qapp, ini: Path) -> None:
    s = make_settings(ini)
    with pytest.raises(ValueError):
        s.theme = "neon"
    with pytest.raises(ValueError):
        s.language = "de"


def test_changed_signal_only_on_real_change(qapp, ini: Path) -> None:
    s = make_settings(ini)
    seen: list[str] = []
    s.changed.connect(seen.append)
    s.theme = "dark"
    s.theme = "dark"
    s.font_size = DEFAULTS["font_size"]
    s.justify = True
    assert seen == ["theme", "justify"]


def test_shortcut_overrides(qapp, ini: Path) -> None:
    s = make_settings(ini)
    seen: list[str] = []
    s.changed.connect(seen.append)
    assert s.shortcuts_for("go.next", default=("J", "Down")) == ("J", "Down")
    s.set_shortcuts("go.next", ["L"])
    s.set_shortcuts("article.star", [])
    s.sync()
    again = make_settings(ini)
    # A one-item list comes back from INI as a bare string; it must still be a tuple.
    assert again.shortcuts_for("go.next", default=("J", "Down")) == ("L",)
    assert again.shortcuts_for("article.star", default=("S",)) == ()
    assert again.shortcut_overrides() == {"go.next": ("L",), "article.star": ()}
    again.reset_shortcut("go.next")
    assert again.shortcuts_for("go.next", default=("J",)) == ("J",)
    again.reset_all_shortcuts()
    assert again.shortcut_overrides() == {}
    assert seen == ["shortcuts", "shortcuts"]


def test_reset_to_defaults(qapp, ini: Path) -> None:
    s = make_settings(ini)
    s.theme = "dark"
    s.font_size = 22
    s.set_shortcuts("go.next", ["L"])
    s.reset_to_defaults()
    assert s.theme == "light"
    assert s.font_size == DEFAULTS["font_size"]
    assert s.shortcut_overrides() == {}


def test_window_state_blobs(qapp, ini: Path) -> None:
    s = make_settings(ini)
    assert s.window_state("geometry") is None
    s.set_window_state("geometry", QByteArray(b"\x01\x02\x00\xff"))
    s.set_state_value("selected_id", 42)
    s.sync()
    again = make_settings(ini)
    assert bytes(again.window_state("geometry").data()) == b"\x01\x02\x00\xff"
    assert int(again.state_value("selected_id")) == 42
    assert again.state_value("missing", "x") == "x"


def test_demo_offer_remembered(qapp, ini: Path) -> None:
    s = make_settings(ini)
    assert s.demo_offered is False
    s.demo_offered = True
    s.sync()
    assert make_settings(ini).demo_offered is True


def test_mark_read_delay_from_a_hand_edited_file_is_clamped(qapp, ini: Path) -> None:
    """99999999999 ms overflowed Qt's timer (OverflowError) on every article selected."""
    ini.write_text("[General]\nmark_read_delay_ms=99999999999\n")
    s = make_settings(ini)
    assert s.mark_read_delay_ms == 30_000
    from PySide6.QtCore import QTimer

    QTimer().start(s.mark_read_delay_ms)  # what the navigator does
    s.mark_read_delay_ms = 10**12
    assert s.mark_read_delay_ms == 30_000
