"""A first smoke test of scoring on the mini bank (the full suite lives beside it)."""

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.scoring import score_assessment


def test_all_best_answers_score_100(mini_bank):
    doc = Assessment.new("mini", "1.0.0")
    doc.profile.sector = "food"
    doc.profile.target_markets = ["eu"]
    doc.answers = {
        "log.iec": Answer(choice="yes"),
        "log.docs": Answer(choices=["invoice", "packing"]),
        "log.ce": Answer(choice="yes"),
        "pay.reply": Answer(number=2),
        "pay.terms": Answer(choice="advance"),
    }
    result = score_assessment(mini_bank, doc)
    assert result.score == 100
    assert result.stage.id == "top"
    assert not result.gaps
