"""Conditional questions appear and vanish with the profile, keeping their answers."""

from __future__ import annotations

from advisor.domain.assessment import Answer


def test_condition_follows_the_profile_live(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    logistics = window.page("logistics")
    profile = window.page("profile")
    ce = logistics.cards["log.ce"]
    assert ce.isHidden()

    profile.checks["target_markets"]["eu"].click()
    assert not ce.isHidden()
    ce.option_buttons["no"].click()
    assert window.doc.assessment.answers["log.ce"] == Answer(choice="no")

    profile.checks["target_markets"]["eu"].click()  # EU unticked: the question goes away
    assert ce.isHidden()
    assert window.doc.assessment.answers["log.ce"] == Answer(choice="no")  # kept
    assert window.doc.result().outcomes["log.ce"].status.value == "hidden"

    window.undo_action.trigger()  # undo the untick: back with its answer
    assert not ce.isHidden()
    assert ce.option_buttons["no"].isChecked()


def test_sector_condition_and_empty_section_message(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    payments = window.go_to_section("payments")
    terms = payments.cards["pay.terms"]
    assert terms.isHidden()
    profile = window.page("profile")
    combo = profile.combos["sector"]
    combo.setCurrentIndex(combo.findData("food"))
    combo.activated.emit(combo.currentIndex())
    assert not terms.isHidden()
    assert payments.none_label.isHidden()


def test_widgets_follow_undo(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    card = window.page("logistics").cards["log.docs"]
    card.option_buttons["invoice"].click()
    card.option_buttons["packing"].click()
    assert window.doc.assessment.answers["log.docs"].choices == ["invoice", "packing"]
    card.option_buttons["none"].click()  # exclusive: clears the others
    assert window.doc.assessment.answers["log.docs"].choices == ["none"]
    assert not card.option_buttons["invoice"].isChecked()
    card.option_buttons["invoice"].click()  # and choosing another clears "none"
    assert window.doc.assessment.answers["log.docs"].choices == ["invoice"]
    window.undo_action.trigger()
    assert card.option_buttons["none"].isChecked()
    assert not card.option_buttons["invoice"].isChecked()
    window.redo_action.trigger()
    assert card.option_buttons["invoice"].isChecked()


def test_number_and_skips(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    card = window.page("payments").cards["pay.reply"]
    card.spin.setValue(30)
    assert window.doc.assessment.answers["pay.reply"] == Answer(number=30)
    card.unknown_button.click()
    assert window.doc.assessment.answers["pay.reply"].skip.value == "unknown"
    assert not card.spin.isEnabled()
    card.na_button.click()
    assert window.doc.assessment.answers["pay.reply"].skip.value == "not_applicable"
    assert not card.unknown_button.isChecked()
    card.na_button.click()  # unticked: no answer
    assert "pay.reply" not in window.doc.assessment.answers
    assert card.spin.isEnabled()
    card.spin.setValue(card.spin.minimum())
    assert "pay.reply" not in window.doc.assessment.answers


def test_numbers_follow_the_questions_shown(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    page = window.page("logistics")
    assert page.cards["log.docs"].title.text().startswith("2. ")
    window.page("profile").checks["target_markets"]["eu"].click()
    assert page.cards["log.ce"].title.text().startswith("3. ")
