"""The report's own words (headings, captions, the standard disclaimer) in English and Hindi.

Bank content and the domain vocabulary (phases, effort, cost, status) come from the bank
and :mod:`advisor.domain.vocabulary`; only the words the report adds around them live
here. ``label("key", lang, name=...)`` fills ``{name}`` placeholders after translation.
"""

from __future__ import annotations

from datetime import date

from advisor.domain.formatting import format_date as _format_date
from advisor.domain.text import Text

__all__ = ["LABELS", "format_date", "label"]

_T = Text.of

LABELS: dict[str, Text] = {
    # cover
    "report_title": _T("Export readiness action plan", hi="निर्यात तैयारी कार्य योजना"),
    "unnamed_company": _T("Unnamed company", hi="बिना नाम की कंपनी"),
    "prepared_for": _T("Prepared for", hi="किसके लिए"),
    "assessed_by": _T("Assessed by", hi="मूल्यांकन किया"),
    "date": _T("Date", hi="तारीख़"),
    "question_bank": _T("Question bank", hi="प्रश्नावली"),
    "bank_version": _T("{title}, version {version}", hi="{title}, संस्करण {version}"),
    "sector": _T("Sector", hi="क्षेत्र"),
    "size": _T("Size", hi="आकार"),
    "experience": _T("Export experience", hi="निर्यात का अनुभव"),
    "markets": _T("Target markets", hi="लक्षित बाज़ार"),
    "channels": _T("Sales channels", hi="बिक्री के माध्यम"),
    "not_given": _T("Not given", hi="नहीं बताया"),
    "prepared_by": _T("Prepared by", hi="तैयार किया"),
    # executive summary
    "executive_summary": _T("Executive summary", hi="कार्यकारी सारांश"),
    "overall": _T("Overall readiness", hi="कुल तैयारी"),
    "stage": _T("Stage", hi="चरण"),
    "completeness": _T("Completeness", hi="पूर्णता"),
    "answered_of": _T(
        "{answered} of {applicable} questions answered",
        hi="{applicable} में से {answered} प्रश्नों के उत्तर दिए गए",
    ),
    "capped": _T(
        "The stage is held back by blockers: critical gaps that must be fixed first, "
        "whatever the average says.",
        hi="रुकावटों के कारण चरण सीमित है: ये ज़रूरी कमियाँ हैं जिन्हें औसत चाहे जो हो, पहले ठीक करना होगा।",
    ),
    "capped_unconfirmed": _T(
        "The stage is held back by critical questions not answered yet (unconfirmed "
        "blockers), whatever the average says.",
        hi="अभी बिना उत्तर वाले ज़रूरी प्रश्नों (अपुष्ट रुकावटों) के कारण चरण सीमित है, औसत चाहे "
        "जो हो।",
    ),
    "no_blocker_found": _T(
        "No blocker in the answers given so far.",
        hi="अब तक दिए गए उत्तरों में कोई रुकावट नहीं।",
    ),
    "blockers": _T("Blockers", hi="रुकावटें"),
    "blockers_intro": _T(
        "Fix these first: each can stop a shipment or a payment on its own.",
        hi="इन्हें पहले ठीक करें: इनमें से हर एक अकेले ही शिपमेंट या भुगतान रोक सकती है।",
    ),
    "no_blockers": _T(
        "No blockers: no critical gap was found.", hi="कोई रुकावट नहीं: कोई गंभीर कमी नहीं मिली।"
    ),
    "provisional": _T("Provisional", hi="अस्थायी"),
    "provisional_note": _T(
        "Provisional result: {areas} not answered enough yet. It stands once at least "
        "{share} of each area is answered, and until then it cannot reach the top stage.",
        hi="अस्थायी नतीजा: {areas} के अभी पर्याप्त उत्तर नहीं दिए गए। हर क्षेत्र के कम से कम "
        "{share} उत्तर देने पर यह पक्का होगा; तब तक यह सबसे ऊँचे चरण तक नहीं पहुँच सकता।",
    ),
    "not_assessed": _T("Not assessed yet", hi="अभी आकलन नहीं हुआ"),
    "not_assessed_area": _T(
        "Not assessed yet: no question of this area is answered, so it has no score and no "
        "stage.",
        hi="अभी आकलन नहीं हुआ: इस क्षेत्र के किसी प्रश्न का उत्तर नहीं दिया गया, इसलिए इसके न "
        "अंक हैं न चरण।",
    ),
    "area_answered": _T("{share} answered", hi="{share} उत्तर दिए"),
    "unconfirmed": _T("Unconfirmed blockers", hi="अपुष्ट रुकावटें"),
    "unconfirmed_count": _T("+{count} unconfirmed", hi="+{count} अपुष्ट"),
    "unconfirmed_intro": _T(
        "We cannot tell whether you can ship or get paid until these critical questions are "
        "answered. Each holds the stage back like a blocker.",
        hi="जब तक इन ज़रूरी प्रश्नों के उत्तर नहीं मिलते, हम नहीं बता सकते कि आप माल भेज पाएँगे "
        "या भुगतान पा सकेंगे। हर एक रुकावट की तरह चरण को रोकता है।",
    ),
    "not_answered": _T("Not answered", hi="उत्तर नहीं दिया"),
    "dont_know": _T("Don't know", hi="पता नहीं"),
    "when_ready": _T("When you are ready", hi="जब आप तैयार हों"),
    "when_ready_intro": _T(
        "{count} more actions, in plan order, for when the ones above are under way.",
        hi="{count} और काम, योजना के क्रम में, ऊपर के काम शुरू हो जाने के बाद के लिए।",
    ),
    "actions": _T("Actions", hi="काम"),
    "top_priorities": _T("Top priorities", hi="सबसे ज़रूरी काम"),
    "no_actions": _T(
        "No actions: every answer scored is already the best answer.",
        hi="कोई काम बाक़ी नहीं: हर उत्तर पहले से सबसे अच्छा है।",
    ),
    "dimension_scores": _T("Scores by area", hi="क्षेत्रवार अंक"),
    # readiness profile
    "readiness_profile": _T("Readiness profile", hi="तैयारी की तस्वीर"),
    "radar_caption": _T(
        "Score of each area out of 100: the further out, the readier.",
        hi="हर क्षेत्र के 100 में से अंक: जितना बाहर, उतनी ज़्यादा तैयारी।",
    ),
    "bars_caption": _T(
        "Each bar against the stage bands; the number is the score out of 100.",
        hi="हर पट्टी चरणों की सीमाओं के सामने; संख्या 100 में से अंक है।",
    ),
    "stages": _T("What the stages mean", hi="चरणों का अर्थ"),
    "from_score": _T("from {score}", hi="{score} से"),
    # dimensions
    "area": _T("Area", hi="क्षेत्र"),
    "score": _T("Score", hi="अंक"),
    "score_of": _T("{score} / 100", hi="{score} / 100"),
    "strengths": _T("Strengths", hi="मज़बूतियाँ"),
    "no_strengths": _T(
        "No strengths recorded yet in this area.", hi="इस क्षेत्र में अभी कोई मज़बूती दर्ज नहीं।"
    ),
    "gaps": _T("Gaps", hi="कमियाँ"),
    "no_gaps": _T("No gaps in this area.", hi="इस क्षेत्र में कोई कमी नहीं।"),
    "your_answer": _T("Your answer", hi="आपका उत्तर"),
    "best_answer": _T("Best answer", hi="सबसे अच्छा उत्तर"),
    "why_it_matters": _T("Why it matters", hi="यह क्यों ज़रूरी है"),
    "blocker": _T("Blocker", hi="रुकावट"),
    "unknown": _T("Not known: find out", hi="पता नहीं: पता करें"),
    "recommendations": _T("Recommendations", hi="सुझाव"),
    "no_recommendations": _T("No recommendations for this area.", hi="इस क्षेत्र के लिए कोई सुझाव नहीं।"),
    "when": _T("When", hi="कब"),
    "effort": _T("Effort", hi="मेहनत"),
    "cost": _T("Cost", hi="ख़र्च"),
    "help": _T("Where to get help", hi="मदद कहाँ से लें"),
    "fixes": _T("Fixes", hi="किसके लिए"),
    "answered_n": _T(
        "{answered} of {applicable} questions answered",
        hi="{applicable} में से {answered} प्रश्नों के उत्तर",
    ),
    # action plan
    "action_plan": _T("Action plan", hi="कार्य योजना"),
    "plan_intro": _T(
        "Now holds what stops the first shipment or payment, plus a few quick wins. In each "
        "phase an action comes after the actions it needs, then by priority. Owner, due "
        "date, status and notes are the ones recorded in the assessment.",
        hi="‘अभी’ में वही काम हैं जो पहली शिपमेंट या पहला भुगतान रोकते हैं, और कुछ आसान काम। "
        "हर चरण में कोई काम उन कामों के बाद आता है जिन पर वह निर्भर है, फिर प्राथमिकता के "
        "क्रम में। ज़िम्मेदार, तारीख़, स्थिति और टिप्पणियाँ वही हैं जो मूल्यांकन में दर्ज हैं।",
    ),
    "col_rank": _T("#", hi="#"),
    "col_action": _T("Action", hi="काम"),
    "col_owner": _T("Owner", hi="ज़िम्मेदार"),
    "col_due": _T("Due", hi="तारीख़"),
    "col_status": _T("Status", hi="स्थिति"),
    "col_notes": _T("Notes", hi="टिप्पणियाँ"),
    "empty_phase": _T("No actions in this phase.", hi="इस चरण में कोई काम नहीं।"),
    "notes_in_full": _T("Notes in full", hi="पूरी टिप्पणियाँ"),
    "see_full_notes": _T("continued under “Notes in full”", hi="आगे “पूरी टिप्पणियाँ” में"),
    # appendix
    "appendix_help": _T("Appendix: where to get help", hi="परिशिष्ट: मदद कहाँ से लें"),
    "for_actions": _T("For actions {ranks}", hi="काम {ranks} के लिए"),
    "no_sources": _T("No source is cited in this plan.", hi="इस योजना में कोई स्रोत नहीं।"),
    "appendix_answers": _T("Appendix: all answers given", hi="परिशिष्ट: दिए गए सभी उत्तर"),
    "col_question": _T("Question", hi="प्रश्न"),
    "col_answer": _T("Answer", hi="उत्तर"),
    "not_scored": _T("not scored: does not apply to this company", hi="अंक नहीं: इस कंपनी पर लागू नहीं"),
    "no_answers": _T("No answers yet.", hi="अभी कोई उत्तर नहीं।"),
    "appendix_orphans": _T(
        "Notes on actions no longer in the bank", hi="प्रश्नावली में अब न रहे कामों पर टिप्पणियाँ"
    ),
    "orphans_intro": _T(
        "The file keeps these, but they are not in the score or the plan of {bank}.",
        hi="ये फ़ाइल में रखे गए हैं, पर {bank} के अंकों और योजना में शामिल नहीं हैं।",
    ),
    "orphan_answers": _T(
        "Answers to questions no longer in the bank", hi="प्रश्नावली में अब न रहे प्रश्नों के उत्तर"
    ),
    "col_edit": _T("Owner, due date, status", hi="ज़िम्मेदार, तारीख़, स्थिति"),
    "disclaimer": _T("Disclaimer", hi="अस्वीकरण"),
    "standard_disclaimer": _T(
        "This report is a self-assessment aid built from the answers given. It is not legal, "
        "tax or financial advice. Export rules, schemes, fees and rates change often: check "
        "the current rule with the named agency before acting. Costs are rough bands in "
        "Indian rupees.",
        hi="यह रिपोर्ट दिए गए उत्तरों पर आधारित स्व-मूल्यांकन की सहायता है। यह क़ानूनी, कर या "
        "वित्तीय सलाह नहीं है। निर्यात के नियम, योजनाएँ, शुल्क और दरें अक्सर बदलती हैं: कोई "
        "कदम उठाने से पहले संबंधित संस्था से मौजूदा नियम की पुष्टि करें। ख़र्च भारतीय रुपयों "
        "में मोटे अनुमान हैं।",
    ),
    # page furniture
    "page_of": _T("Page {page} of {pages}", hi="पृष्ठ {page} / {pages}"),
    "generated_with": _T("Export Readiness Advisor", hi="निर्यात तैयारी सलाहकार"),
}


def label(key: str, lang: str = "en", **values: object) -> str:
    """The report's label ``key`` in ``lang`` (English fallback), placeholders filled."""
    text = LABELS[key].get(lang)
    return text.format(**values) if values else text


def format_date(day: date, lang: str = "en", short: bool = False) -> str:
    """``27 November 2026`` (``27 Nov 2026`` when short), from CLDR via the one formatter."""
    return _format_date(day, lang, "short" if short else "long")
