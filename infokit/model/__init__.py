"""One student's informational-interview project, as typed classes.

Validation happens here, at the boundary: every class validates on creation
and on attribute assignment, and :func:`validate_project` turns pydantic's
report into one :class:`~infokit.errors.InvalidValue` line that names the
field and the value. Imports nothing of infokit but errors and prompts.

Order is meaningful in lists: ``Project.questions`` is the interview plan in
the order the student means to ask, so there is no separate order field.

* ``fields``: field types that clean and check a value, the base class, the one-line error;
* ``contacts``: the profile, contacts and their status history;
* ``plan``: research notes and the question plan;
* ``meeting``: the meeting, interview notes, referrals, thank-you, follow-ups, messages;
* ``project``: the whole project, the reflection, and the check at the boundary.
"""

from infokit.model.contacts import (
    SOURCES,
    Contact,
    ContactChannel,
    ContactStatus,
    Profile,
    Relationship,
    Source,
    StatusChange,
)
from infokit.model.fields import (
    MAX_KEY,
    MAX_LINE,
    MAX_TEXT,
    Day,
    Email,
    Id,
    Items,
    Key,
    Line,
    Model,
    Moment,
    Name,
    Phone,
    RequiredText,
    Text,
    as_invalid,
    make,
    plain_reason,
    set_field,
)
from infokit.model.meeting import (
    MESSAGE_KINDS,
    FollowUp,
    InterviewNotes,
    Meeting,
    MeetingFormat,
    Mention,
    MentionKind,
    MessageCopy,
    MessageKind,
    Referral,
    ThankYou,
    ThankYouChannel,
)
from infokit.model.plan import PHASES, TIARA_AREAS, Phase, Question, ResearchNote, Tiara
from infokit.model.project import (
    STEPS,
    Project,
    Reflection,
    ReflectionFramework,
    ReportSection,
    validate_project,
)

__all__ = [
    "MAX_KEY",
    "MAX_LINE",
    "MAX_TEXT",
    "MESSAGE_KINDS",
    "PHASES",
    "SOURCES",
    "STEPS",
    "TIARA_AREAS",
    "Contact",
    "ContactChannel",
    "ContactStatus",
    "Day",
    "Email",
    "FollowUp",
    "Id",
    "InterviewNotes",
    "Items",
    "Key",
    "Line",
    "Meeting",
    "MeetingFormat",
    "Mention",
    "MentionKind",
    "MessageCopy",
    "MessageKind",
    "Model",
    "Moment",
    "Name",
    "Phase",
    "Phone",
    "Profile",
    "Project",
    "Question",
    "Referral",
    "Reflection",
    "ReflectionFramework",
    "Relationship",
    "ReportSection",
    "RequiredText",
    "ResearchNote",
    "Source",
    "StatusChange",
    "Text",
    "ThankYou",
    "ThankYouChannel",
    "Tiara",
    "as_invalid",
    "make",
    "plain_reason",
    "set_field",
    "validate_project",
]
