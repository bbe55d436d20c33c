"""Plain-language descriptions of answers: what was answered, and what the best answer is."""

from __future__ import annotations

from advisor.domain.assessment import Answer
from advisor.domain.bank import Question, QuestionKind
from advisor.domain.text import Text
from advisor.domain.vocabulary import SKIP_LABELS

__all__ = ["answer_label", "best_answer_label", "format_number"]

_NOTHING = Text.of("None of these", hi="इनमें से कोई नहीं")
_AT_LEAST = Text.of("at least", hi="कम से कम")
_BELOW = Text.of("below", hi="से कम")
_UP_TO = Text.of("up to", hi="तक")


def format_number(value: float) -> str:
    """A number without a useless ``.0``."""
    return f"{value:g}" if value != int(value) else str(int(value))


def _unit(question: Question, lang: str) -> str:
    return f" {question.unit.get(lang)}" if question.unit else ""


def answer_label(question: Question, answer: Answer | None, lang: str = "en") -> str:
    """What the user answered, in words ("" when unanswered)."""
    if answer is None:
        return ""
    if answer.skip is not None:
        return SKIP_LABELS[answer.skip].get(lang)
    if answer.choice is not None:
        option = question.option(answer.choice)
        return option.label.get(lang) if option else answer.choice
    if answer.choices is not None:
        if not answer.choices:
            return _NOTHING.get(lang)
        labels = []
        for choice in answer.choices:
            option = question.option(choice)
            labels.append(option.label.get(lang) if option else choice)
        return "; ".join(labels)
    if answer.number is not None:
        return format_number(answer.number) + _unit(question, lang)
    return ""


def best_answer_label(question: Question, lang: str = "en") -> str:
    """The answer that scores 100, in words."""
    if question.kind is QuestionKind.NUMBER:
        bands = [b for b in question.bands or () if b.score >= 100]
        if not bands:
            return ""
        band = bands[0]
        unit = _unit(question, lang)
        if band.max is None:
            return f"{_AT_LEAST.get(lang)} {format_number(band.min)}{unit}"
        if band.min <= question.minimum:
            word = _UP_TO if band.includes_max else _BELOW
            if lang == "hi":
                return f"{format_number(band.max)}{unit} {word.get(lang)}"
            return f"{word.get(lang)} {format_number(band.max)}{unit}"
        return f"{format_number(band.min)}-{format_number(band.max)}{unit}"
    return "; ".join(o.label.get(lang) for o in question.best_options())
