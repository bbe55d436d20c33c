"""Walk the whole wizard with the widgets, then compare the results page with the domain."""

from __future__ import annotations

import pytest

from advisor.domain.assessment import Assessment
from advisor.domain.conditions import applies
from advisor.domain.rounding import whole
from advisor.domain.scoring import score_assessment
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank
from tests.ui.conftest import EXAMPLES, generated_assessment


def _cases() -> list:  # type: ignore[type-arg]
    cases = [
        pytest.param(("generated", mode), id=f"generated-{mode}")
        for mode in ("best", "worst", "mixed")
    ]
    cases += [pytest.param(("example", path), id=path.stem) for path in EXAMPLES]
    return cases


def _target(case) -> Assessment:  # type: ignore[no-untyped-def]
    kind, value = case
    bank = default_bank()
    if kind == "generated":
        return generated_assessment(bank, value)
    return load_assessment(value).assessment


def _fill_profile(window, target: Assessment) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to_section("profile")
    profile = target.profile
    page.company.setText(profile.company)
    page.company.textEdited.emit(profile.company)
    for name, combo in page.combos.items():
        index = combo.findData(getattr(profile, name))
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    for name, boxes in page.checks.items():
        for cid, check in boxes.items():
            if (cid in getattr(profile, name)) != check.isChecked():
                check.click()
    assert window.doc.assessment.profile == profile


def _answer_with_widgets(card, answer) -> None:  # type: ignore[no-untyped-def]
    if answer.skip is not None:
        button = card.unknown_button if answer.skip.value == "unknown" else card.na_button
        button.click()
    elif answer.choice is not None:
        card.option_buttons[answer.choice].click()
    elif answer.choices:
        for choice in answer.choices:
            card.option_buttons[choice].click()
    elif answer.number is not None:
        card.spin.setValue(answer.number)


@pytest.mark.parametrize("case", _cases())
def test_walk_the_wizard_and_compare_results(qtbot, make_window, case) -> None:  # type: ignore[no-untyped-def]
    bank = default_bank()
    target = _target(case)
    window = make_window(bank)
    _fill_profile(window, target)
    window.next_button.click()
    for dimension in bank.dimensions:
        assert window.current_key() == dimension.id
        page = window.page(dimension.id)
        for card in page.cards.values():
            visible = applies(card.question, target.profile)
            assert card.isVisible() == visible, card.question.id
            answer = target.answers.get(card.question.id)
            if visible and answer is not None:
                _answer_with_widgets(card, answer)
        window.next_button.click()
    assert window.current_key() == "review"

    doc = window.doc
    expected = score_assessment(bank, target)
    actual = score_assessment(bank, doc.assessment)
    # answers the widgets cannot give (an empty multi choice) are the only difference
    if all(a.choices != [] for a in target.answers.values()):
        assert actual.score == expected.score
        assert actual.stage == expected.stage
    nav = window.navigator

    def progress_shown() -> None:
        for dim in actual.dimensions:
            shown = nav.progress[nav.row_of(dim.id)]
            assert shown == (dim.answered, dim.applicable)

    qtbot.waitUntil(progress_shown)

    window.next_button.click()
    assert window.current_key() == "results"
    results = window.page("results")
    assert results.score_label.text() == f"{whole(actual.score)} / 100"
    assert results.stage_label.text() == actual.stage.title.get()
    assert results.bars._scores == [(d.dimension.title.get(), d.score) for d in actual.dimensions]
    for dim in actual.dimensions:
        area = results.areas[dim.id]
        assert f"{whole(dim.score)} / 100" in area.title.text()
        assert dim.stage.title.get() in area.title.text()
        shown = [row.cells[0].text() for row in area.table.rows()]
        assert shown == [g.question.text.get() for g in dim.gaps if not g.critical]
    assert results.blockers.isVisible() == bool(actual.blockers)
    shown = [row.cells[1].text() for row in results.blockers.rows()]
    assert shown == [gap.question.text.get() for gap in actual.blockers]

    window.next_button.click()
    assert window.current_key() == "plan"
    plan = window.page("plan")
    expected_ids = [a.id for a in doc.plan()]
    assert [plan.model.action(r).id for r in range(plan.model.rowCount())] == expected_ids
    assert not window.next_button.isEnabled()
