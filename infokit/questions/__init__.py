"""The question checker: rules for single questions and checks of a whole interview plan.

Every rule is a plain, explainable pattern over the question's words (no network),
so a student can see why a question was flagged and an instructor can predict the
result. For job and pay asks a small learned model, shipped as a file, is a second
opinion: it adds a finding under the same rule id only where a pattern agrees the
question is about a job or money, and names the words it weighed
(:mod:`infokit.questions.learned`). Rule ids are stable: the CLI's JSON, tests and the grader use them.

Per-question rules and their severities:

- ``empty`` (error): nothing to check.
- ``asks-for-job`` (error): asks for a job, an opening, a referral for a role, or to
  pass on a resume. Asking how people in the field find openings is fine.
- ``personal-salary`` (error): asks the person's own pay. The field's starting
  salary or typical range is a fair question.
- ``closed`` (warning): answerable by yes or no: opens with an auxiliary verb, is a
  statement with a question mark, or ends in a tag. Polite requests such as
  "Could you walk me through..." are open.
- ``double-barreled`` (warning): two questions in one (two question marks, two
  question clauses joined by and/or, or opposites such as "like and dislike").
  A list of objects ("What skills and training...") is one question.
- ``leading`` (warning): suggests the answer or assumes a fact.
- ``googleable`` (warning): a web search or the student's own research notes
  already answer it.
- ``too-long`` (warning): too long to follow when heard once.
- ``short-answer`` (info): asks who, when, where, how many, how much, how long or
  which year. Info, not warning: such questions are sometimes needed ("How long
  does training take?") and are not wrong, but a plan built of them collects
  facts instead of stories, so the student should keep them few.
- ``not-english`` (info): the rules read English only; the question was not checked.

The rules read the question sentence(s): a lead-in such as "In your experience,"
or "So," is skipped before the opening word is read. Markup such as HTML is never
rendered or decoded: tags are skipped when the words are read, and the question is
returned exactly as given.

This package is the checker's public face, and the bank's (:mod:`~infokit.questions.bank`:
over a hundred curated questions to choose from). The code lives in
:mod:`~infokit.questions.text` (reading a question), :mod:`~infokit.questions.wording` and
:mod:`~infokit.questions.topic` (the rules), :mod:`~infokit.questions.rules` (running them on
one question) and :mod:`~infokit.questions.plan` (checks of the whole plan).
"""

from infokit.questions.bank import BankQuestion, browse, categories, get, load_bank
from infokit.questions.plan import UNDERFILL, PlanReport, check_plan, is_catch_all
from infokit.questions.rules import RULES, QuestionResult, check_question, check_questions
from infokit.questions.text import key_words
from infokit.questions.topic import NOTE_MIN_SHARED, NOTE_OVERLAP
from infokit.questions.wording import BUSY_WORDS, MAX_CHARS, MAX_WORDS

__all__ = [
    "BUSY_WORDS",
    "MAX_CHARS",
    "MAX_WORDS",
    "NOTE_MIN_SHARED",
    "NOTE_OVERLAP",
    "RULES",
    "UNDERFILL",
    "BankQuestion",
    "PlanReport",
    "QuestionResult",
    "browse",
    "categories",
    "check_plan",
    "check_question",
    "check_questions",
    "get",
    "is_catch_all",
    "key_words",
    "load_bank",
]
