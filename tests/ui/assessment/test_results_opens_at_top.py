"""A page shown for the first time opens at its top: refreshing the Results page (hiding
an empty section that held no focus) scrolled it so that its heading was cut off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advisor.resources import resources_root
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank


def test_results_page_opens_with_its_heading_visible(make_window):
    bank = default_bank()
    example = resources_root() / "examples" / "growing-spices-us-uae.json"
    window = make_window(bank, show=False, features="app")
    window.files.load_assessment(load_assessment(example).assessment, None)
    window.show()  # opened on a file, as ``export-advisor FILE`` does
    QCoreApplication.processEvents()
    for key in ("results", "plan", "review"):
        window.go_to_section(key)
        QCoreApplication.processEvents()
        page = window.page(key)
        assert page.verticalScrollBar().value() == 0, key
        assert page.heading.visibleRegion().boundingRect().top() == 0, key
