"""The open assessment as a Qt object: every edit is an undoable command.

:class:`AssessmentDocument` owns the :class:`~advisor.domain.assessment.Assessment`, the
file it came from and the undo stack. Pages never change the assessment themselves: they
call ``set_answer``, ``clear_answer``, ``set_profile_field``, ``set_assessor_field`` or
``set_plan_edit``, which push a command on the :class:`QUndoStack`. Undo and redo run the
same code path, so views only have to listen to the signals.

Autosave hooks in through ``changed`` (emitted after every edit, undo and redo),
``path``, ``assessment`` and :meth:`to_bytes`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from advisor.domain.assessment import Answer, Assessment, PlanEdit
from advisor.domain.bank import Bank
from advisor.domain.planning import ActionPlan, build_plan
from advisor.domain.scoring import ReadinessResult, score_assessment

__all__ = ["PROFILE_FIELDS", "AssessmentDocument"]

PROFILE_FIELDS = ("company", "sector", "size", "experience", "target_markets", "channels")
ASSESSOR_FIELDS = ("name", "organisation")

# Command ids for merging consecutive edits of the same text field into one undo step.
_MERGE_PROFILE = 1001
_MERGE_ASSESSOR = 1002
_MERGE_PLAN_TEXT = 1003


class _AnswerCommand(QUndoCommand):
    def __init__(self, doc: AssessmentDocument, qid: str, new: Answer | None, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._qid = qid
        self._old = doc.assessment.answers.get(qid)
        self._new = new

    def redo(self) -> None:
        self._doc._apply_answer(self._qid, self._new)

    def undo(self) -> None:
        self._doc._apply_answer(self._qid, self._old)


class _ProfileCommand(QUndoCommand):
    def __init__(self, doc: AssessmentDocument, part: str, name: str, new: Any, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._part = part  # "profile" or "assessor"
        self._name = name
        self._old = getattr(getattr(doc.assessment, part), name)
        if isinstance(self._old, list):
            self._old = list(self._old)
        self._new = new

    def id(self) -> int:
        if isinstance(self._new, str) and self._name in ("company", "name", "organisation"):
            return _MERGE_PROFILE if self._part == "profile" else _MERGE_ASSESSOR
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ProfileCommand) or other._name != self._name:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._doc._apply_profile(self._part, self._name, self._new)

    def undo(self) -> None:
        self._doc._apply_profile(self._part, self._name, self._old)


class _PlanCommand(QUndoCommand):
    def __init__(
        self, doc: AssessmentDocument, action_id: str, new: PlanEdit, text: str, field: str
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._action_id = action_id
        self._old = doc.assessment.plan.get(action_id, PlanEdit())
        self._new = new
        self._field = field

    def id(self) -> int:
        return _MERGE_PLAN_TEXT if self._field in ("owner", "notes") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, _PlanCommand)
            or other._action_id != self._action_id
            or other._field != self._field
        ):
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._doc._apply_plan(self._action_id, self._new)

    def undo(self) -> None:
        self._doc._apply_plan(self._action_id, self._old)


class AssessmentDocument(QObject):
    """The assessment being edited, its file and its undo history.

    Signals:
        changed(): after every edit, undo or redo (the autosave hook).
        answerChanged(str): the answer to this question id changed.
        profileChanged(): the company profile or the assessor changed.
        planChanged(str): the user's edit of this action id changed.
        modifiedChanged(bool): the document became modified or clean.
        saved(str): the document was written to this path.
    """

    changed = Signal()
    answerChanged = Signal(str)  # noqa: N815 - Qt signal naming
    profileChanged = Signal()  # noqa: N815 - Qt signal naming
    planChanged = Signal(str)  # noqa: N815 - Qt signal naming
    modifiedChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    saved = Signal(str)

    def __init__(
        self,
        bank: Bank,
        assessment: Assessment | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self._assessment = assessment or Assessment.new(bank.id, bank.version)
        self._path = Path(path) if path is not None else None
        self._result: ReadinessResult | None = None
        self._plan: ActionPlan | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # --- what views read -----------------------------------------------------------

    @property
    def assessment(self) -> Assessment:
        """The assessment (read it; change it only through the methods below)."""
        return self._assessment

    @property
    def path(self) -> Path | None:
        """The file the document was opened from or last saved to (None when new)."""
        return self._path

    @property
    def modified(self) -> bool:
        """True when there are edits that were not saved."""
        return not self.undo_stack.isClean()

    def result(self) -> ReadinessResult:
        """The scores of the current answers (computed once per change)."""
        if self._result is None:
            self._result = score_assessment(self.bank, self._assessment)
        return self._result

    def plan(self) -> ActionPlan:
        """The action plan for the current answers, with the user's edits."""
        if self._plan is None:
            self._plan = build_plan(self.bank, self._assessment, self.result())
        return self._plan

    def to_bytes(self) -> bytes:
        """The document as it would be saved (UTF-8 JSON)."""
        from advisor.storage import dumps_assessment

        return dumps_assessment(self._assessment)

    @staticmethod
    def check_bytes(data: bytes, path: Path | None) -> None:
        """Raise DocumentError ("not saved...") for bytes the app could not open again."""
        from advisor.storage import check_savable

        check_savable(data, path)

    def display_name(self) -> str:
        """The company name, or the file name, or "Untitled"."""
        company = self._assessment.profile.company.strip()
        if company:
            return company
        if self._path is not None:
            return self._path.stem
        return self.tr("Untitled assessment")

    # --- edits (undoable) ------------------------------------------------------------

    def set_answer(self, qid: str, answer: Answer | None) -> None:
        """Answer a question (None clears the answer)."""
        if self._assessment.answers.get(qid) == answer:
            return
        self.undo_stack.push(_AnswerCommand(self, qid, answer, self.tr("Answer")))

    def clear_answer(self, qid: str) -> None:
        """Remove the answer to a question."""
        self.set_answer(qid, None)

    def set_profile_field(self, name: str, value: Any) -> None:
        """Change one field of the company profile (see ``PROFILE_FIELDS``)."""
        if name not in PROFILE_FIELDS:
            raise KeyError(name)
        if isinstance(value, (list, tuple)):
            value = list(value)
        if getattr(self._assessment.profile, name) == value:
            return
        self.undo_stack.push(_ProfileCommand(self, "profile", name, value, self.tr("Profile")))

    def set_assessor_field(self, name: str, value: str) -> None:
        """Change the assessor's name or organisation."""
        if name not in ASSESSOR_FIELDS:
            raise KeyError(name)
        if getattr(self._assessment.assessor, name) == value:
            return
        self.undo_stack.push(_ProfileCommand(self, "assessor", name, value, self.tr("Assessor")))

    def set_plan_edit(self, action_id: str, edit: PlanEdit, field: str = "") -> None:
        """Replace the user's edit of one action of the plan."""
        if self._assessment.plan.get(action_id, PlanEdit()) == edit:
            return
        self.undo_stack.push(_PlanCommand(self, action_id, edit, self.tr("Plan"), field))

    # --- saving ----------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Path:
        """Write the document (atomically) and mark it clean. Raises DocumentError."""
        from advisor.storage import save_assessment

        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name to save to")
        stamp = dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0)
        previous = self._assessment.updated_at
        self._assessment.updated_at = stamp
        try:
            save_assessment(target, self._assessment)
        except Exception:
            self._assessment.updated_at = previous
            raise
        self._path = target
        self.undo_stack.setClean()
        self.saved.emit(str(target))
        return target

    # --- applied by the commands -------------------------------------------------------

    def _invalidate(self) -> None:
        self._result = None
        self._plan = None

    def _apply_answer(self, qid: str, answer: Answer | None) -> None:
        if answer is None:
            self._assessment.answers.pop(qid, None)
        else:
            self._assessment.answers[qid] = answer
        self._invalidate()
        self.answerChanged.emit(qid)
        self.changed.emit()

    def _apply_profile(self, part: str, name: str, value: Any) -> None:
        setattr(
            getattr(self._assessment, part), name, list(value) if isinstance(value, list) else value
        )
        self._invalidate()
        self.profileChanged.emit()
        self.changed.emit()

    def _apply_plan(self, action_id: str, edit: PlanEdit) -> None:
        if edit.is_default():
            self._assessment.plan.pop(action_id, None)
        else:
            self._assessment.plan[action_id] = edit
        self._plan = None
        self.planChanged.emit(action_id)
        self.changed.emit()
