"""Report options for a file, and the one PDF export of the window and the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from service_fixtures import EXAMPLES, example, improved

from advisor.domain.bank import Bank
from advisor.report import ReportOptions, render_report
from advisor.services import PREVIOUS_AUTO, export_pdf, load_branding_checked, report_options
from advisor.storage import DocumentError, load_assessment, save_assessment
from advisor.storage.banks import default_bank


@pytest.fixture
def bank() -> Bank:
    return default_bank()


@pytest.fixture
def branding(tmp_path: Path) -> Path:
    folder = tmp_path / "brand"
    folder.mkdir()
    shutil.copy(EXAMPLES / "branding-logo.png", folder / "branding-logo.png")
    shutil.copy(EXAMPLES / "branding-example.json", folder / "branding.json")
    return folder / "branding.json"


@pytest.fixture
def two_visits(tmp_path: Path, bank: Bank) -> tuple[Path, Path]:
    folder = tmp_path / "Clients" / "Gupta Spices"
    folder.mkdir(parents=True)
    old = example()
    save_assessment(folder / "first.json", old)
    save_assessment(folder / "second.json", improved(bank, old))
    return folder / "first.json", folder / "second.json"


def test_options_of_a_first_visit(bank: Bank, two_visits: tuple[Path, Path]) -> None:
    options = report_options(bank, two_visits[0], "hi")
    assert options == ReportOptions(lang="hi", paper="a4")


def test_options_of_an_unsaved_document(bank: Bank) -> None:
    assert report_options(bank, None, "en").previous is None


def test_options_carry_the_previous_visit_and_branding(
    bank: Bank, two_visits: tuple[Path, Path], branding: Path
) -> None:
    first, second = two_visits
    options = report_options(bank, second, "en", branding=branding, paper="letter")
    assert options.paper == "letter"
    assert options.branding is not None
    assert options.branding.consultancy == "Rao Export Advisory LLP"
    assert options.branding_dir == branding.parent.resolve()
    assert options.previous == load_assessment(first).assessment


def test_previous_none_or_a_named_file(bank: Bank, two_visits: tuple[Path, Path]) -> None:
    first, second = two_visits
    assert report_options(bank, second, previous=None).previous is None
    named = report_options(bank, first, previous=second).previous
    assert named == load_assessment(second).assessment
    assert report_options(bank, second, previous=PREVIOUS_AUTO).previous is not None


def test_a_named_previous_must_be_readable(bank: Bank, two_visits: tuple[Path, Path]) -> None:
    with pytest.raises(DocumentError, match="missing"):
        report_options(bank, two_visits[1], previous=two_visits[0].with_name("missing.json"))


def test_an_unreadable_branding_profile_is_an_error(bank: Bank, tmp_path: Path) -> None:
    bad = tmp_path / "branding.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DocumentError):
        report_options(bank, None, branding=bad)


def test_branding_checked_refuses_a_bad_logo(branding: Path) -> None:
    profile, folder = load_branding_checked(branding)
    assert profile.logo
    (folder / "branding-logo.png").write_bytes(b"not a picture")
    with pytest.raises(ValueError, match="logo"):
        load_branding_checked(branding)


def test_export_pdf_writes_the_rendered_report(
    bank: Bank, two_visits: tuple[Path, Path], tmp_path: Path
) -> None:
    assessment = load_assessment(two_visits[1]).assessment
    options = report_options(bank, two_visits[1], "en")
    target = export_pdf(bank, assessment, tmp_path / "plan.pdf", options)
    assert target == tmp_path / "plan.pdf"
    assert target.read_bytes() == render_report(bank, assessment, options)


def test_export_pdf_leaves_the_old_file_when_it_cannot_write(bank: Bank, tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        export_pdf(bank, example(), tmp_path / "gone" / "plan.pdf", ReportOptions())
