"""Hindi in the interface: every string translated and compiled, the language chosen
(the system's, then the remembered one), Qt's own buttons, the About box and the title in
Hindi, and one translator at a time. The window's pages in Hindi, and switching language
while working: :mod:`tests.ui.shell.test_hindi_pages`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.shell.hindi_words import KEPT_IN_LATIN
from tests.ui.shell.hindi_words import words as _words

ROOT = Path(__file__).resolve().parents[3]


TS = ROOT / "resources" / "translations" / "advisor_hi.ts"


QM = TS.with_suffix(".qm")


PLACEHOLDER = re.compile(r"%n|%\d|\{[^}]*\}")


def _messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_every_string_is_translated_and_compiled() -> None:
    assert QM.is_file() and QM.stat().st_mtime >= TS.stat().st_mtime - 1, "run lrelease"
    problems = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not all(forms):
            problems.append(f"{context}: {source!r} not translated")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} placeholders differ in {form!r}")
            if form.count("&") != source.count("&"):
                problems.append(f"{context}: {source!r} accelerator lost in {form!r}")
            english = _words(form.replace("&", "")) - KEPT_IN_LATIN
            if english:
                problems.append(f"{context}: {form!r} keeps English {sorted(english)}")
    assert not problems, "\n".join(problems)


def test_translations_are_up_to_date_with_the_code() -> None:
    """Every tr() string of advisor/ui is in the .ts (run scripts/update_translations.py)."""
    import ast
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations as ut
    finally:
        sys.path.pop(0)
    known = {(c, m.findtext("source")) for c, m in _messages()}
    missing = set()
    for path in sorted((ROOT / "advisor" / "ui").rglob("*.py")):
        missing |= {m for m in ut.hidden_messages(path) if m not in known}
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for klass in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(klass) if isinstance(n, ast.Call)):
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
                    arg = call.args[0]
                    text = arg.value if isinstance(arg, ast.Constant) else None
                    if isinstance(text, str) and (klass.name, text) not in known:
                        missing.add((klass.name, text))
    assert not missing, f"not in {TS.name}: {sorted(missing)[:10]}"


def test_default_follows_the_system_locale() -> None:
    from PySide6.QtCore import QLocale, QSettings

    from advisor.ui.shell import i18n

    assert i18n.system_language(QLocale(QLocale.Language.Hindi, QLocale.Country.India)) == "hi"
    assert i18n.system_language(QLocale(QLocale.Language.English, QLocale.Country.India)) == "en"
    assert i18n.system_language(QLocale(QLocale.Language.Tamil, QLocale.Country.India)) == "en"
    assert i18n.current_language() == i18n.system_language()
    i18n.set_language("hi")
    assert QSettings().value(i18n.SETTING) == "hi"
    assert i18n.current_language() == "hi"
    QSettings().setValue(i18n.SETTING, "xx")  # a value from a newer version: ignored
    assert i18n.current_language() == i18n.system_language()
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("fr")


def test_standard_buttons_are_hindi(hindi) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Hindi: our .qm translates the standard buttons of message boxes."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox()
    box.setStandardButtons(
        buttons.Save | buttons.Discard | buttons.Cancel | buttons.Open | buttons.Close | buttons.Ok
    )
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert len(texts) == 6
    assert not [t for t in texts if _words(t)], texts
    bar = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert {b.text().replace("&", "") for b in bar.buttons()} == {"ठीक है", "रद्द करें"}
    box.deleteLater()
    bar.deleteLater()


def test_the_app_starts_in_the_remembered_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    def file_menu() -> str:
        return QCoreApplication.translate("MainWindow", "&File")

    create_application()  # names the app first: its settings file follows the name (run
    # alone, the test otherwise wrote the language into pytest-qt's unnamed app's file)
    try:
        i18n.set_language("hi")
        create_application()
        assert file_menu() == "फ़ाइल (&F)"
        i18n.set_language("en")
        create_application()
        assert file_menu() == "&File"
    finally:
        i18n.install_translator(QCoreApplication.instance(), "en")


def test_the_about_box_in_hindi(hindi) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocumentFragment

    from advisor.storage.banks import default_bank
    from advisor.ui.shell.about import about_html

    bank = default_bank()
    text = QTextDocumentFragment.fromHtml(about_html(bank, "hi")).toPlainText()
    assert "निर्यात तैयारी सलाहकार" in text
    english = _words(text.replace(bank.id, "")) - KEPT_IN_LATIN - _words(bank.title.get("hi"))
    assert not english, english


def _titles(make_window):  # type: ignore[no-untyped-def]
    """The title of a document window and of one on the start page, and the display name
    (X11 adds " — <display name>" to a title that does not end with it)."""
    from PySide6.QtGui import QGuiApplication

    from advisor.storage.banks import default_bank

    document = make_window(default_bank()).windowTitle()
    start = make_window(default_bank(), start_page=True).windowTitle()
    return document, start, QGuiApplication.applicationDisplayName()


def test_the_window_title_names_the_app_in_english(make_window) -> None:  # type: ignore[no-untyped-def]
    document, start, display = _titles(make_window)
    assert display == "Export Readiness Advisor"
    assert document.endswith("[*] — Export Readiness Advisor")
    assert start == "Export Readiness Advisor"


def test_the_window_title_names_the_app_in_hindi(hindi, make_window) -> None:  # type: ignore[no-untyped-def]
    """In Hindi the app's name in the title is Hindi, and the display name is the same
    words, so the title bar never says the name twice (once in English)."""
    from PySide6.QtGui import QGuiApplication

    from advisor.ui.shell import i18n

    document, start, display = _titles(make_window)
    assert display.startswith("निर्यात तैयारी सलाहकार")
    assert document.endswith("[*] — " + display)
    assert not document.startswith("Untitled")
    assert start.endswith(display)  # the start page's title is the name itself
    i18n.install_translator(hindi, "en")  # and back: English again
    assert QGuiApplication.applicationDisplayName() == "Export Readiness Advisor"


def test_a_switch_removes_any_earlier_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    """Ours, and one the app owns that is not ours (the first install does not look for
    those: it would wrap each of the app's children in Python before the window shows)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from advisor.resources import resource_path
    from advisor.ui.shell import i18n

    def file_menu() -> str:
        return QCoreApplication.translate("MainWindow", "&File")

    try:
        i18n.install_translator(qapp, "hi")
        foreign = QTranslator(qapp)
        assert foreign.load("advisor_hi", str(resource_path("translations")))
        qapp.installTranslator(foreign)
        i18n.install_translator(qapp, "en")
        assert file_menu() == "&File"
    finally:
        i18n.install_translator(qapp, "en")
