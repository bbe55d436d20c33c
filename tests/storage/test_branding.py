"""Branding profiles on disk: round trip, clear errors with a place, atomic saves."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from advisor.domain.branding import BrandingProfile
from advisor.resources import resource_path
from advisor.storage.branding import (
    dumps_branding,
    load_branding,
    logo_path,
    parse_branding,
    save_branding,
)
from advisor.storage.errors import DocumentError

HOSTILE = '<b>unclosed <img src="/etc/passwd"/> &bogus; 🚀 निर्यात क्षमता श्री \u202e\t'


def write(tmp_path: Path, data: object, name: str = "brand.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_round_trip_keeps_hostile_text(tmp_path):
    profile = BrandingProfile(
        consultancy=HOSTILE,
        consultant="Asha Rao",
        contact_lines=["+91 98xxxx", "asha@example.in"],
        logo="logo.png",
        accent="#aa3300",
        footer="=cmd",
        disclaimer="x" * 3000,
    )
    path = tmp_path / "b.json"
    save_branding(path, profile)
    loaded, base = load_branding(path)
    assert loaded == profile
    assert base == tmp_path.resolve()
    assert dumps_branding(loaded) == path.read_bytes()


def test_logo_path_relative_and_absolute(tmp_path):
    profile = BrandingProfile(logo="img/logo.png")
    assert logo_path(profile, tmp_path) == tmp_path / "img" / "logo.png"
    absolute = tmp_path / "abs.png"
    assert logo_path(BrandingProfile(logo=str(absolute)), "/elsewhere") == absolute
    assert logo_path(BrandingProfile(), tmp_path) is None


def test_minimal_profile_without_format_key(tmp_path):
    profile, _ = load_branding(write(tmp_path, {"consultancy": "Rao Export Advisory"}))
    assert profile.consultancy == "Rao Export Advisory"
    assert profile.accent == "#1F5C99"


@pytest.mark.parametrize(
    ("data", "place", "words"),
    [
        ({"accent": "red"}, "accent", "#RRGGBB"),
        ({"accent": "#12345"}, "accent", "#RRGGBB"),
        ({"accent": "rgb(1,2,3)"}, "accent", "#RRGGBB"),
        ({"colour": "#123456"}, "colour", "unknown key"),
        ({"consultancy": "x" * 201}, "consultancy", "at most 200"),
        ({"contact_lines": ["a"] * 5}, "contact_lines", "at most 4"),
        ({"schema_version": 2}, "schema_version", "version 1"),
        ({"format": "export-advisor/assessment"}, "format", "not a branding profile"),
        ({"logo": 5}, "logo", "string"),
    ],
)
def test_bad_values_name_the_place(tmp_path, data, place, words):
    with pytest.raises(DocumentError) as exc:
        load_branding(write(tmp_path, data))
    assert exc.value.place == place
    assert words in exc.value.message
    assert "brand.json" in str(exc.value)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"{", "not valid JSON"),
        (b'{"consultancy": "a", "consultancy": "b"}', "appears twice"),
        (b'{"consultancy": NaN}', "NaN"),
        (b"[1, 2]", "one JSON object"),
        ("{}".encode("utf-16"), "UTF-16"),
        (b'{"consultancy": "\xff"}', "not UTF-8"),
        (b"[" * 100_000, "nested"),
        (b'{"consultancy": "\\ud800"}', "consultancy"),
    ],
)
def test_bad_files_are_one_clear_error(tmp_path, raw, words):
    path = tmp_path / "brand.json"
    path.write_bytes(raw)
    with pytest.raises(DocumentError) as exc:
        load_branding(path)
    assert words in str(exc.value)


def test_bom_is_accepted():
    profile = parse_branding(b'\xef\xbb\xbf{"consultant": "Asha"}')
    assert profile.consultant == "Asha"


def test_missing_folder_and_huge_files(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        load_branding(tmp_path / "nope.json")
    with pytest.raises(DocumentError, match="folder"):
        load_branding(tmp_path)
    big = tmp_path / "big.json"
    big.write_bytes(b'{"footer": "' + b"x" * 200_000 + b'"}')
    with pytest.raises(DocumentError, match="too large"):
        load_branding(big)


def test_failed_save_keeps_the_old_profile(tmp_path, monkeypatch):
    import advisor.storage.atomic as atomic

    path = tmp_path / "b.json"
    save_branding(path, BrandingProfile(consultancy="Old"))
    before = path.read_bytes()

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    with pytest.raises(DocumentError, match="disk is full"):
        save_branding(path, BrandingProfile(consultancy="New"))
    assert path.read_bytes() == before


def test_shipped_example_loads_and_its_logo_exists():
    path = resource_path("examples/branding-example.json")
    profile, base = load_branding(path)
    assert profile.consultancy
    logo = logo_path(profile, base)
    assert logo is not None and logo.is_file()
    assert logo.read_bytes().startswith(b"\x89PNG")


def test_hostile_profile_round_trips_into_a_pdf(tmp_path, mini_bank):
    """A saved profile full of markup prints literally on the report and adds no links."""
    import datetime as dt
    import io
    import shutil

    from pypdf import PdfReader

    from advisor.domain.assessment import Assessment
    from advisor.report import ReportOptions, render_report

    shutil.copy(resource_path("examples/branding-logo.png"), tmp_path / "logo.png")
    profile = BrandingProfile(
        consultancy=HOSTILE,
        consultant='<a href="file:///etc/passwd">x</a>',
        contact_lines=['<onDraw name="showPage"/>', "x<y & z>w"],
        logo="logo.png",
        accent="#FFFFFF",
        footer="</para>",
        disclaimer='<font name="X" size="100000">' + "w" * 2900,
    )
    save_branding(tmp_path / "brand.json", profile)
    loaded, base = load_branding(tmp_path / "brand.json")
    doc = Assessment.new("mini", "1.0.0", now=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))
    pdf = render_report(mini_bank, doc, ReportOptions(branding=loaded, branding_dir=base))
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "<b>unclosed" in text and "x<y & z>w" in text
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            assert action is None or "file:" not in str(action.get("/URI", ""))
