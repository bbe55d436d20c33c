"""The branding profile editor: fields, hostile text, bad logos, colours, open and save."""

from __future__ import annotations

import io
from pathlib import Path

import consultant_fixtures as fx
import pytest
from PIL import Image

from advisor.services import report_options
from advisor.storage.banks import default_bank
from advisor.storage.branding import load_branding
from advisor.ui.common.settings import Settings
from advisor.ui.consultant.branding_dialog import BrandingDialog

english_interface = fx.english_interface
Recorder = fx.Recorder
cdialogs = fx.cdialogs

HOSTILE = "<b>Rao & Sons</b> ‘LLP’ \u202eevil\u202c %1 &amp; <script>x</script> निर्यात"


@pytest.fixture
def dialog(qtbot, cdialogs: Recorder, dialogs):  # type: ignore[no-untyped-def]
    """The editor with no active profile, shown at 1024x700."""
    editor = BrandingDialog()
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def png(path: Path, size: tuple[int, int] = (40, 20), mode: str = "RGB", fmt: str = "PNG") -> Path:
    Image.new(mode, size, "navy" if mode == "RGB" else 0).save(path, format=fmt)
    return path


def test_fields_make_the_profile_and_preview(dialog: BrandingDialog, tmp_path: Path) -> None:
    dialog.consultancy.setText("Rao Export Advisory LLP")
    dialog.consultant.setText("आशा राव")
    dialog.contacts[0].setText("14 MG Road, Pune")
    dialog.contacts[2].setText("rao.example")
    dialog.accent_edit.setText("#aa3300")
    dialog.footer.setText("Confidential")
    dialog.disclaimer.setPlainText("Advice, not a guarantee.")
    profile = dialog.profile()
    assert profile.consultant == "आशा राव"
    assert profile.contact_lines == ["14 MG Road, Pune", "rao.example"]
    assert profile.accent == "#aa3300"
    assert dialog.preview.profile == profile  # the preview follows the fields
    image = dialog.grab().toImage()
    assert not image.isNull()
    assert dialog.message.text() == ""


def test_hostile_text_round_trips(
    dialog: BrandingDialog, cdialogs: Recorder, tmp_path: Path
) -> None:
    dialog.consultancy.setText(HOSTILE)
    dialog.consultant.setText("x" * 500)  # the field stops at 200
    dialog.footer.setText("=cmd|' /C calc'!A0")
    dialog.disclaimer.setPlainText("line one\nline two\t\x00end")
    target = tmp_path / "profile.json"
    cdialogs.answers["ask_branding_save_path"] = target
    assert dialog.save()
    profile, _ = load_branding(target)
    assert profile.consultancy == HOSTILE
    assert len(profile.consultant) == 200
    assert profile.footer.startswith("=cmd")
    dialog.preview.grab()  # painting hostile text is fine


def test_a_too_long_disclaimer_is_refused_clearly(
    dialog: BrandingDialog,
    cdialogs: Recorder,
    dialogs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog.disclaimer.setPlainText("word " * 700)
    assert "too long" in dialog.message.text()
    cdialogs.answers["ask_branding_save_path"] = tmp_path / "p.json"
    assert not dialog.save()
    assert dialogs.names() == ["show_error"]
    assert "3000" in dialogs.calls[0][1][1]
    assert not (tmp_path / "p.json").exists()


def test_accent_colour_is_checked_and_picked(
    dialog: BrandingDialog, cdialogs: Recorder, dialogs
) -> None:  # type: ignore[no-untyped-def]
    dialog.accent_edit.setText("red")
    assert "#RRGGBB" in dialog.message.text()
    with pytest.raises(ValueError, match="#RRGGBB"):
        dialog.profile()
    cdialogs.answers["ask_colour"] = "#12AB9F"
    dialog.accent_button.click()
    assert dialog.accent_edit.text() == "#12AB9F"
    assert (
        cdialogs.args("ask_colour")[0] == "#1F5C99"
    )  # a bad value starts the picker at the default
    assert dialog.message.text() == ""
    assert dialog.profile().accent == "#12AB9F"


def _bad_logos(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    empty = folder / "empty.png"
    empty.write_bytes(b"")
    exe = folder / "setup.png"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    svg = folder / "logo.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    gif = folder / "anim.gif"
    frames = [Image.new("P", (20, 20), i) for i in range(3)]
    frames[0].save(gif, save_all=True, append_images=frames[1:])
    big = png(folder / "huge.png", (4001, 2), mode="L")
    truncated = folder / "cut.png"
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50), "red").save(buffer, format="PNG")
    truncated.write_bytes(buffer.getvalue()[:60])
    return {
        "empty": empty,
        "executable": exe,
        "svg": svg,
        "gif": gif,
        "too large": big,
        "truncated": truncated,
        "missing": folder / "missing.png",
    }


def test_bad_logos_give_a_clear_message(
    dialog: BrandingDialog, cdialogs: Recorder, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    good = png(tmp_path / "good.png")
    assert dialog.set_logo(good)
    for kind, path in _bad_logos(tmp_path / "bad").items():
        cdialogs.answers["ask_logo_path"] = path
        dialog.logo_button.click()
        title, message = dialogs.calls[-1][1]
        assert title == "This logo cannot be used", kind
        assert str(path.name) in message, kind
        assert "\n" not in message, kind
        assert dialog.logo_edit.text() == str(good), kind  # the good logo stays
        assert dialog.logo_message.isVisible(), kind
    assert len(dialogs.calls) == 7


def test_cmyk_jpeg_and_transparent_png_are_accepted(dialog: BrandingDialog, tmp_path: Path) -> None:
    cmyk = png(tmp_path / "cmyk.jpg", (30, 30), mode="CMYK", fmt="JPEG")
    assert dialog.set_logo(cmyk)
    rgba = png(tmp_path / "alpha.png", (300, 60), mode="RGBA")
    assert dialog.set_logo(rgba)
    assert dialog.preview.logo is not None
    assert dialog.set_logo(None)
    assert dialog.profile().logo is None


def test_open_save_and_the_active_profile(
    dialog: BrandingDialog, cdialogs: Recorder, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert Settings().branding_path() is None
    source = fx.branding_copy(tmp_path / "brand")
    cdialogs.answers["ask_branding_open_path"] = source
    dialog.open_button.click()
    assert dialog.consultancy.text() == "Rao Export Advisory LLP"
    assert dialog.logo_edit.text() == str(tmp_path / "brand" / "branding-logo.png")
    dialog.consultant.setText("Asha R.")
    assert dialog.save()  # to the file it came from
    profile, _ = load_branding(source)
    assert profile.consultant == "Asha R."
    assert profile.logo == "branding-logo.png"  # kept relative: the pair can move
    active = report_options(default_bank(), None, branding=Settings().branding_path())
    assert active.branding == profile  # what the PDF export will use
    assert active.branding_dir == source.parent.resolve()
    # unticked: the profile is saved but no longer used for exports
    dialog.use_for_exports.setChecked(False)
    assert dialog.save()
    assert Settings().branding_path() is None
    assert dialogs.calls == []


def test_the_active_profile_is_loaded_on_open(qtbot, tmp_path: Path, cdialogs: Recorder) -> None:  # type: ignore[no-untyped-def]
    source = fx.branding_copy(tmp_path / "brand")
    Settings().set_branding_path(source)
    editor = BrandingDialog()
    qtbot.addWidget(editor)
    assert editor.consultancy.text() == "Rao Export Advisory LLP"
    assert editor.preview.logo is not None


def test_a_broken_profile_is_reported(
    dialog: BrandingDialog, cdialogs: Recorder, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "export-advisor/branding", "accent": "javascript:red"}', encoding="utf-8"
    )
    cdialogs.answers["ask_branding_open_path"] = broken
    dialog.consultancy.setText("unchanged")
    dialog.open_button.click()
    assert dialogs.names() == ["show_error"]
    assert "#RRGGBB" in dialogs.calls[0][1][1]
    assert dialog.consultancy.text() == "unchanged"
