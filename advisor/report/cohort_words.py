"""The fixed words of the cohort summary PDF, in English and Hindi.

Kept apart from the layout so a translator edits one short file. ``{name}`` fields are
filled with numbers by :mod:`advisor.report.cohort_pdf`.
"""

from __future__ import annotations

from advisor.domain.text import Text

__all__ = ["WORDS"]

WORDS: dict[str, Text] = {
    "title": Text.of("Workshop summary", hi="कार्यशाला सारांश"),
    "participants": Text.of("participants", hi="प्रतिभागी"),
    "left_out_one": Text.of(
        "1 file left out: unreadable, not an assessment, or not for this bank",
        hi="1 फ़ाइल छोड़ी गई: पढ़ी नहीं जा सकी, मूल्यांकन नहीं, या इस प्रश्नावली की नहीं",
    ),
    "left_out": Text.of(
        "{n} files left out: unreadable, not an assessment, or not for this bank",
        hi="{n} फ़ाइलें छोड़ी गईं: पढ़ी नहीं जा सकीं, मूल्यांकन नहीं, या इस प्रश्नावली की नहीं",
    ),
    "mean": Text.of("Mean overall score", hi="औसत कुल स्कोर"),
    "mean_over": Text.of(
        "Mean overall score {mean}/100, over the {n} participants with a complete result",
        hi="औसत कुल स्कोर {mean}/100, पूरे नतीजे वाले {n} प्रतिभागियों पर",
    ),
    "provisional_count": Text.of(
        "{n} with a provisional result (an area not answered enough): left out of the overall "
        "figures, and of each area they answered only in part",
        hi="{n} का नतीजा अस्थायी (किसी क्षेत्र के पर्याप्त उत्तर नहीं): कुल आँकड़ों से बाहर, और "
        "उन क्षेत्रों से भी जिनके उन्होंने आंशिक उत्तर दिए",
    ),
    "partial": Text.of(
        " · {partial} answered in part, left out",
        hi=" · {partial} ने आंशिक उत्तर दिए, बाहर रखे गए",
    ),
    "no_complete": Text.of(
        "No participant has a complete result yet.",
        hi="अभी किसी प्रतिभागी का नतीजा पूरा नहीं है।",
    ),
    "provisional_mark": Text.of("provisional", hi="अस्थायी"),
    "facilitator": Text.of("Facilitator", hi="संचालक"),
    "bank": Text.of("Question bank", hi="प्रश्नावली"),
    "assessed": Text.of("Assessed", hi="मूल्यांकन"),
    "who": Text.of("Who took part", hi="कौन शामिल हुए"),
    "sector": Text.of("Sector", hi="क्षेत्र"),
    "size": Text.of("Size", hi="आकार"),
    "experience": Text.of("Export experience", hi="निर्यात का अनुभव"),
    "market": Text.of("Target market", hi="लक्षित बाज़ार"),
    "channel": Text.of("Sales channel", hi="बिक्री के माध्यम"),
    "count": Text.of("People", hi="लोग"),
    "share": Text.of("Share", hi="हिस्सा"),
    "readiness": Text.of("Readiness", hi="तैयारी"),
    "stage": Text.of("Stage", hi="चरण"),
    "overall": Text.of("Overall", hi="कुल"),
    "scores": Text.of("Scores by dimension", hi="आयाम के अनुसार स्कोर"),
    "chart_note": Text.of(
        "Each bar counts the participants whose score falls in that 10-point band.",
        hi="हर पट्टी उन प्रतिभागियों को गिनती है जिनका स्कोर उस 10 अंकों के दायरे में है।",
    ),
    "stats": Text.of(
        "{n} answered it · mean {mean} · median {median} · range {lo}-{hi} · {blocked} with a "
        "blocker",
        hi="{n} ने उत्तर दिए · औसत {mean} · माध्यिका {median} · दायरा {lo}-{hi} · {blocked} में "
        "रुकावट",
    ),
    "no_scores": Text.of(
        "No participant answered this dimension.", hi="किसी प्रतिभागी ने इस आयाम का उत्तर नहीं दिया।"
    ),
    "blockers": Text.of("Most common blockers", hi="सबसे आम रुकावटें"),
    "blockers_note": Text.of(
        "Critical gaps: they hold a participant's stage back whatever the average says.",
        hi="गंभीर कमियाँ: औसत कुछ भी हो, ये चरण को रोकती हैं।",
    ),
    "gaps": Text.of("Most common gaps", hi="सबसे आम कमियाँ"),
    "question": Text.of("Question", hi="प्रश्न"),
    "dimension": Text.of("Dimension", hi="आयाम"),
    "unknown": Text.of("Don't know", hi="पता नहीं"),
    "none": Text.of("None.", hi="कोई नहीं।"),
    "actions": Text.of("Actions most often recommended", hi="सबसे अधिक सुझाए गए कदम"),
    "action": Text.of("Action", hi="कदम"),
    "when": Text.of("When / effort / cost", hi="कब / मेहनत / ख़र्च"),
    "as_blocker": Text.of("for a blocker", hi="रुकावट के लिए"),
    "names": Text.of("Participants (names shown on request)", hi="प्रतिभागी (अनुरोध पर नाम)"),
    "id": Text.of("ID", hi="क्रम"),
    "company": Text.of("Company", hi="कंपनी"),
    "assessor": Text.of("Assessor", hi="मूल्यांकनकर्ता"),
    "score": Text.of("Score", hi="स्कोर"),
    "page": Text.of("Page {page} of {pages}", hi="पृष्ठ {page} / {pages}"),
    "anonymous": Text.of(
        "Anonymised: participants are P01, P02...", hi="गुमनाम: प्रतिभागी P01, P02..."
    ),
}
