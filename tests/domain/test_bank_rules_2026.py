"""The built-in bank against the rules of late 2026.

Every question, option, recommendation and source is walked for the facts the expert
review found wrong or missing: the US organic claim needs USDA-NOP, no RoDTEP percentage
or US duty rate anywhere, FDA prior notice is a blocker for US food, REACH restricted
substances are a blocker for EU textiles and leather, and so on. Each new text has Hindi,
and the English technical terms of a question are written the same way in its plan step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from bank_answers import answered, best_answer, profile_of, worst_answer
from pydantic import BaseModel

from advisor.domain.answers import best_answer_label
from advisor.domain.assessment import Answer
from advisor.domain.bank import Bank, Phase, Question, Recommendation
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.text import Text
from advisor.storage.banks import default_bank

BANK = default_bank()
Q = BANK.question_by_id


def _texts(node: object, lang: str = "en") -> Iterator[str]:
    """Every text of a bank part in ``lang`` (questions, options, steps, sources...)."""
    if isinstance(node, Text):
        if node.has(lang):
            yield node.get(lang)
    elif isinstance(node, BaseModel):
        for key in type(node).model_fields:
            yield from _texts(getattr(node, key), lang)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item, lang)


def _all(node: object, lang: str = "en") -> str:
    return " ".join(_texts(node, lang))


def _recs(question_id: str) -> tuple[Recommendation, ...]:
    return BANK.recommendations_by_question[question_id]


def _rec_text(question_id: str, lang: str = "en") -> str:
    return " ".join(_all(rec, lang) for rec in _recs(question_id))


def _about(*words: str) -> list[Question]:
    """The questions whose English text names every word."""
    found = [q for q in BANK.questions if all(w in q.text.get() for w in words)]
    assert found, f"no question about {words}"
    return found


PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_rodtep_percentage_anywhere(lang: str) -> None:
    for text in _texts(BANK, lang):
        if "RoDTEP" in text:
            assert not PERCENT.search(text), text


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_us_duty_rate_anywhere(lang: str) -> None:
    us = ("US ", "United States", "USA", "अमेरिका")
    for text in _texts(BANK, lang):
        if any(word in text for word in us) and re.search(r"tariff|duty|ड्यूटी|टैरिफ़", text):
            assert not PERCENT.search(text), text


def test_rodtep_halving_and_unsettled_future_are_told() -> None:
    text = _all(BANK)
    assert "23 February 2026" in text and "chapters 1 to 24" in text
    assert "30 September 2026" in text and "unsettled" in text
    incentives = Q["log.incentives"].help.get()
    assert "halved" in incentives and "check the current schedule" in incentives


def test_us_organic_needs_usda_nop() -> None:
    organic = Q["qa.organic"]
    assert "USDA-NOP" in organic.text.get() and "2021" in organic.help.get()
    rec_text = _rec_text("qa.organic")
    assert "USDA-NOP" in rec_text and "NOP import certificate" in rec_text
    assert any("usda_nop" in rec.help for rec in _recs("qa.organic"))
    assert "NOP" in BANK.source_by_id["usda_nop"].name.get()
    # NPOP alone is a gap for a firm selling organic in the US
    assert organic.option("npop_only_us").score < 50 <= organic.critical_below


def test_fda_prior_notice_is_a_blocker_for_us_food_and_starts_now() -> None:
    (notice,) = _about("prior notice")
    assert notice.critical and notice.condition is not None
    assert "us" in notice.condition.markets
    assert {"food_agri", "spices"} <= set(notice.condition.sectors)
    (rec,) = _recs(notice.id)
    assert rec.phase is Phase.NOW
    for sector in ("food_agri", "spices"):
        profile = profile_of(BANK, sector=sector, target_markets=["us"])
        doc = answered(BANK, profile)
        doc.answers[notice.id] = worst_answer(notice)
        result = score_assessment(BANK, doc)
        assert notice.id in {g.question.id for g in result.blockers}
        action = build_plan(BANK, doc, result).get(rec.id)
        assert action is not None and action.phase is Phase.NOW and action.critical


def test_fda_registration_names_window_agent_ufi_and_fee() -> None:
    question, rec = Q["qa.fda_registration"], _rec_text("qa.fda_registration")
    for text in (question.text.get() + question.help.get(), rec):
        assert "1 October" in text and "31 December" in text
    for word in ("US Agent", "Unique Facility Identifier", "free", "DUNS"):
        assert word in question.help.get() and word in rec, word
    assert "2026" in question.help.get() and "2026" in rec


def test_preventive_controls_and_spice_testing_for_the_us() -> None:
    pchf = Q["qa.pchf"]
    assert "21 CFR 117" in pchf.text.get() and pchf.condition.markets == ["us"]
    testing = Q["qa.spice_testing"]
    assert testing.condition.sectors == ["spices"] and testing.condition.markets == ["us"]
    for word in ("Salmonella", "pesticide", "NABL"):
        assert word in testing.text.get() and word in _rec_text(testing.id)


def test_us_food_labels_mention_the_nutrition_facts_exemptions() -> None:
    labels = Q["brand.us_food_labels"]
    for text in (labels.help.get(), _rec_text(labels.id)):
        assert "Nutrition Facts" in _all(labels) and "allergen" in text.lower()
        assert "spices" in text and "bulk food" in text and "101.9(j)(4)" in text


def test_reach_restricted_substances_are_a_blocker_for_eu_textiles_and_leather() -> None:
    (reach,) = _about("REACH Annex XVII")
    assert reach.critical and reach.condition.markets == ["eu"]
    assert {"textiles", "leather"} <= set(reach.condition.sectors)
    for word in ("azo dyes", "nickel", "chromium VI"):
        assert word in reach.text.get()
    assert "SVHC" in Q["qa.reach"].text.get()  # the lighter second layer stays


def test_fibre_labelling_regulation() -> None:
    (fibre,) = _about("1007/2011")
    assert fibre.condition.markets == ["eu"] and fibre.condition.sectors == ["textiles"]
    assert "1007/2011" in _rec_text(fibre.id)


def test_apeda_rcmc_is_critical_for_food_and_cres_for_spices() -> None:
    apeda = Q["qa.apeda_rcmc"]
    assert apeda.critical and apeda.condition.sectors == ["food_agri"]
    assert "APEDA Act" in apeda.help.get() and "CRES" in apeda.help.get()
    cres = Q["qa.spices_cres"]
    assert cres.critical and cres.condition.sectors == ["spices"]


def test_fssai_central_licence() -> None:
    fssai = Q["qa.fssai"]
    assert "Central Licence" in fssai.text.get() and "check" in fssai.help.get()
    assert fssai.option("state_only").score < fssai.critical_below
    assert "Central Licence" in _rec_text("qa.fssai")


def test_eu_machinery_regulation_from_20_january_2027() -> None:
    (machinery,) = _about("2023/1230")
    assert "20 January 2027" in machinery.text.get()
    assert machinery.condition.markets == ["eu"] and "engineering" in machinery.condition.sectors
    assert "2006/42/EC" in machinery.help.get()


def test_cbam_is_listed_cn_codes_not_chapter_84_machinery() -> None:
    cbam = Q["qa.cbam"]
    assert "chapter 84" in cbam.help.get() and "CN codes" in cbam.help.get()
    assert "chapter 84" in _rec_text(cbam.id)


def test_cpsc_efiling_tells_the_user_to_check_the_date() -> None:
    (efiling,) = _about("eFiling")
    assert "8 July 2026" in efiling.help.get() and "check the current date" in efiling.help.get()
    assert efiling.condition.markets == ["us"]


def test_certificates_of_origin_name_the_agreements_in_force() -> None:
    text = _all(Q["log.coo"]) + _rec_text("log.coo")
    for agreement in ("India-EFTA TEPA", "India-UK CETA", "India-Oman CEPA", "AITIGA", "SAFTA"):
        assert agreement in text, agreement
    assert "India-EU agreement" in text and "not in force" in text


def test_uk_ceta_origin_declaration() -> None:
    (ceta,) = _about("CETA")
    assert ceta.condition.markets == ["uk"]
    assert "origin declaration" in ceta.help.get() and "check" in ceta.help.get()
    assert "origin declaration" in _rec_text(ceta.id)


def test_market_access_initiative_gave_way_to_niryat_disha() -> None:
    for text in _texts(BANK):
        if "Market Access Initiative" in text:
            assert "Niryat Disha" in text, text
    disha = BANK.source_by_id["niryat_disha"]
    assert "testing and certification" in disha.description.get()
    assert "Niryat Disha" in Q["brand.trade_promotion"].text.get()


def test_smaller_points_of_the_review() -> None:
    assert "AD bank reports" in Q["pay.purpose_code"].help.get()
    assert "shipping bill, not the e-BRC" in Q["pay.ebrc"].help.get()
    assert "shipping bill" in Q["log.lut"].help.get()
    insurance = _rec_text("log.insurance")
    assert "CIP" in insurance and "ICC (A)" in insurance and "CIF" in insurance
    assert "ICC (C)" in insurance


def test_replying_within_24_hours_is_the_best_band() -> None:
    reply = Q["brand.reply_hours"]
    doc = answered(BANK, profile_of(BANK))
    for hours, best in ((24, True), (23.5, True), (24.5, False)):
        doc.answers[reply.id] = Answer(number=hours)
        gaps = {g.question.id for g in score_assessment(BANK, doc).gaps}
        assert (reply.id not in gaps) is best, hours
    assert best_answer_label(reply) == "up to 24 hours"


def test_the_currency_question_asks_what_buyers_get() -> None:
    currency = Q["pay.invoice_currency"]
    assert currency.condition is None
    scores = {o.id: o.score for o in currency.options or ()}
    assert scores["buyer_choice"] == 100
    assert scores["inr_vostro"] < scores["usd_only"] < 100
    assert "Special Rupee Vostro Account" in currency.help.get()
    for text in _texts(BANK):
        assert "no currency risk" not in text.lower(), text
    assert "foreign currency" in Q["pay.hedging"].text.get()


def test_first_time_textile_exporter_to_the_eu_has_a_chemical_testing_blocker() -> None:
    for markets, expected in ((["eu"], True), (["africa"], False)):
        profile = profile_of(
            BANK, sector="textiles", experience="first_shipments", target_markets=markets
        )
        doc = answered(BANK, profile, worst_answer)
        result = score_assessment(BANK, doc)
        blockers = {g.question.id for g in result.blockers}
        assert ("qa.reach_restricted" in blockers) is expected, markets
        plan = build_plan(BANK, doc, result)
        assert (plan.get("rec.reach_restricted") is not None) is expected


def test_every_dated_fact_has_a_check_instruction() -> None:
    """A fact that changes by notification (FTA dates, FSSAI, e-filing, incentives, CBAM)
    tells the reader to check the current rule."""
    for qid in ("log.uk_ceta", "qa.fssai", "qa.cpsc_efiling", "log.incentives", "qa.cbam"):
        assert "check" in Q[qid].help.get(), qid


def test_new_recommendations_are_dated() -> None:
    for rec_id in (
        "rec.fda_prior_notice",
        "rec.reach_restricted",
        "rec.apeda_rcmc",
        "rec.eu_machinery",
        "rec.cpsc_efiling",
        "rec.uk_ceta",
        "rec.invoice_currency",
        "rec.incentives",
        "rec.organic",
        "rec.fda_registration",
    ):
        rec = next(r for r in BANK.recommendations if r.id == rec_id)
        assert rec.checked is not None and rec.checked <= BANK.rules_as_of, rec_id


NEW_QUESTIONS = (
    "log.uk_ceta",
    "pay.invoice_currency",
    "qa.apeda_rcmc",
    "qa.reach_restricted",
    "qa.eu_machinery",
    "qa.fda_prior_notice",
    "qa.pchf",
    "qa.spice_testing",
    "qa.cpsc_efiling",
    "brand.fibre_labels",
)


@pytest.mark.parametrize("qid", NEW_QUESTIONS)
def test_new_questions_are_in_hindi_with_a_plan(qid: str) -> None:
    question = Q[qid]
    assert all(text.strip() for text in _texts(question, "hi"))
    assert len(list(_texts(question, "hi"))) == len(list(_texts(question, "en")))
    assert _rec_text(qid, "hi")
    assert best_answer(question) and worst_answer(question)


# English terms an SME owner says in English, written the same way in question and plan
SAME_TERMS = (
    ("qa.fda_prior_notice", "prior notice"),
    ("qa.reach_restricted", "REACH Annex XVII"),
    ("qa.reach_restricted", "azo dyes"),
    ("qa.reach_restricted", "chromium VI"),
    ("qa.fssai", "Central Licence"),
    ("qa.organic", "USDA-NOP"),
    ("qa.fda_registration", "US Agent"),
    ("qa.fda_registration", "Unique Facility Identifier"),
    ("qa.pchf", "21 CFR 117"),
    ("qa.pchf", "preventive controls"),
    ("qa.spice_testing", "Salmonella"),
    ("qa.apeda_rcmc", "registration-cum-membership"),
    ("qa.eu_machinery", "Regulation (EU) 2023/1230"),
    ("qa.eu_machinery", "declaration of conformity"),
    ("brand.fibre_labels", "Regulation (EU) 1007/2011"),
    ("log.uk_ceta", "origin declaration"),
    ("log.uk_ceta", "CETA"),
    ("pay.invoice_currency", "Special Rupee Vostro Account"),
    ("pay.purpose_code", "purpose code"),
    ("brand.trade_promotion", "Niryat Disha"),
    ("qa.cpsc_efiling", "Children's Product Certificate"),
)


@pytest.mark.parametrize(("qid", "term"), SAME_TERMS)
def test_hindi_keeps_the_same_technical_term_in_question_and_plan(qid: str, term: str) -> None:
    question_hi = _all(Q[qid], "hi")
    assert term in question_hi, f"{qid}: '{term}' missing from the question's Hindi"
    assert term in _rec_text(qid, "hi"), f"{qid}: '{term}' missing from the plan's Hindi"


def test_the_whole_bank_is_in_hindi() -> None:
    from advisor.domain.bank_checks import iter_languages_missing

    assert list(iter_languages_missing(BANK, "hi")) == []


def test_bank_version_moved_with_the_content(bank: Bank = BANK) -> None:
    assert bank.version == "1.1.0"
    assert bank.rules_as_of is not None and bank.rules_as_of.isoformat() == "2026-11-30"


# the plan's order: what has to exist before the new actions can be done
DEPENDS = (
    ("rec.fda_prior_notice", "rec.fda_registration"),  # the notice quotes the registration
    ("rec.apeda_rcmc", "rec.iec"),
    ("rec.cpsc_efiling", "rec.cpsia"),  # the certificate comes before its eFiling
    ("rec.eu_machinery", "rec.ce_marking"),
    ("rec.uk_ceta", "rec.hs_code"),  # origin rules go by the 8-digit code
    ("rec.invoice_currency", "rec.ad_bank"),
    ("rec.hedging", "rec.invoice_currency"),  # hedging is for foreign-currency invoices
    ("rec.fsvp", "rec.pchf"),  # the importer's FSVP checks the food safety plan
)


@pytest.mark.parametrize(("rec_id", "first"), DEPENDS)
def test_new_actions_wait_for_what_they_need(rec_id: str, first: str) -> None:
    rec = next(r for r in BANK.recommendations if r.id == rec_id)
    assert first in rec.after


def test_prior_notice_comes_after_the_fda_registration_in_the_plan() -> None:
    profile = profile_of(BANK, sector="spices", target_markets=["us"])
    doc = answered(BANK, profile)
    for qid in ("qa.fda_registration", "qa.fda_prior_notice"):
        doc.answers[qid] = worst_answer(Q[qid])
    plan = build_plan(BANK, doc, score_assessment(BANK, doc))
    registration, notice = plan.get("rec.fda_registration"), plan.get("rec.fda_prior_notice")
    assert registration is not None and notice is not None
    assert registration.phase is notice.phase is Phase.NOW
    assert registration.rank < notice.rank
