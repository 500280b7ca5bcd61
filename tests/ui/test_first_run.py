"""First run: an empty library gets the demo offer; the demo import fills it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from reader.core.library import Library
from reader.ui.first_run import FirstRunDialog, FirstRunOffer, demo_paths, maybe_offer_demo
from reader.ui.import_ui import ImportController
from reader.ui.settings import Settings


class FakeService:
    """Runs jobs synchronously on a Library: the offer only needs ``submit``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def submit(self, fn, on_done=None, on_error=None, **_kw):
        with Library.open(self.path) as lib:
            result = fn(lib)
        if on_done is not None:
            on_done(result)
        return 1

    def notify_changed(self) -> None:
        pass


@pytest.fixture
def env(qtbot, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    window = QWidget()
    qtbot.addWidget(window)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    service = FakeService(path)
    controller = ImportController(path, window, service, interactive=False)  # type: ignore[arg-type]
    offer = FirstRunOffer(service, controller, settings, window)  # type: ignore[arg-type]
    return path, settings, controller, offer


def test_demo_paths_are_the_bundled_samples_without_readme() -> None:
    paths = demo_paths()
    assert paths[0].name == "defapress-483462.txt"
    assert len(paths) >= 10
    assert all(p.is_file() and not p.name.lower().startswith("readme") for p in paths)
    assert {p.parent.name for p in paths} >= {"scraped", "tlpc", "pn_summary", "hazm"}


def test_empty_library_offers_demo_and_loads_it(qtbot, env) -> None:
    path, settings, controller, offer = env
    offer.check()
    assert isinstance(offer.dialog, FirstRunDialog)
    with qtbot.waitSignal(controller.importFinished, timeout=30000) as blocker:
        offer.dialog.demo_button.click()
    result = blocker.args[0]
    assert result.report.added >= 10, result.report.skipped
    assert settings.demo_offered
    with Library.open(path) as lib:
        assert lib.total() == result.report.added
        # The showcase page is imported first, so it is the article shown.
        assert Path(lib.get(result.first_new_id).origin_path).name == "defapress-483462.txt"


def test_not_now_asks_again_next_time(qtbot, env) -> None:
    _path, settings, _controller, offer = env
    offer.check()
    offer.dialog.reject()
    assert not settings.demo_offered
    offer.check()
    assert offer.dialog is not None


def test_dont_ask_again(qtbot, env) -> None:
    _path, settings, _controller, offer = env
    offer.check()
    offer.dialog.dont_ask.setChecked(True)
    offer.dialog.later_button.click()
    assert settings.demo_offered
    seen: list[str] = []
    offer.finished.connect(seen.append)
    offer.check()
    assert offer.dialog is None and seen == [""]


def test_no_offer_when_library_has_articles(qtbot, env) -> None:
    _path, _settings, _controller, offer = env
    seen: list[str] = []
    offer.finished.connect(seen.append)
    offer.on_total(12)
    assert offer.dialog is None and seen == [""]


def test_maybe_offer_demo_uses_the_window_parts(qtbot, env) -> None:
    _path, settings, controller, _offer = env
    window = QWidget()
    qtbot.addWidget(window)
    window.service = _offer._service  # type: ignore[attr-defined]
    window.import_controller = controller  # type: ignore[attr-defined]
    window.settings = settings  # type: ignore[attr-defined]
    offer = maybe_offer_demo(window)
    assert offer is not None and offer.dialog is not None
    assert maybe_offer_demo(QWidget()) is None


def test_latin_corpus_names_keep_their_place_in_the_persian_text(qtbot, qapp) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from reader.ui.i18n import install_translator, remove_translators

    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        dialog = FirstRunDialog()
        qtbot.addWidget(dialog)
        [body] = [label.text() for label in dialog.findChildren(QLabel) if "TLPC" in label.text()]
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
    assert "\u2066pn_summary\u2069" in body and "\u2066TLPC\u2069" in body
    english = FirstRunDialog()
    qtbot.addWidget(english)
    texts = [label.text() for label in english.findChildren(QLabel)]
    assert any("(Hamshahri, pn_summary, TLPC," in text for text in texts)  # no marks needed
