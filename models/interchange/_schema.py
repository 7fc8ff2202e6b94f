"""The keys of every object of the interchange format, in the order of INTERCHANGE.md.

A key is required when the domain has no fixed default for it (`id`, names, a meeting's type, title and
date, the `created_at`/`updated_at` stamps …); any other key may be left out and then takes the value the
exporter writes for a default record: `null`, `""`, `[]`, or the domain's default (`kind` "member",
`status` "draft", attendance `status` "present", `unit_code` "DZB" …).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT = "orglife"
VERSION = 1


@dataclass(frozen=True)
class Shape:
    """The keys one kind of JSON object may have, in the order the exporter writes them."""

    keys: tuple[str, ...]
    required: frozenset[str]
    allowed: frozenset[str]


def _shape(keys: str, required: str = "") -> Shape:
    return Shape(tuple(keys.split()), frozenset(required.split()), frozenset(keys.split()))


TOP = _shape(
    "format version branch groups members committee meetings talks rectifications evaluations rules",
    "format version branch",
)
BRANCH = _shape("name short_name parent_org fonds_code unit_code", "name")
GROUP = _shape("id name leader", "id name")
MEMBER = _shape(
    "id name gender ethnicity birth_date education kind joined_on full_member_on group title phone"
    " entered_on left_on left_reason notes",
    "id name",
)
COMMITTEE_ROLE = _shape("member role from to", "member role from")
MEETING = _shape(
    "id type also_counts_as group title date start end location host recorder lecturer lecturer_member"
    " lecture_title attendance guests agenda speeches resolutions summary notes criticisms preparation"
    " status finalized_at amendments attachments created_at updated_at",
    "id type title date created_at updated_at",
)
ATTENDANCE = _shape("member status reason", "member")
GUEST = _shape("name title", "name")
SPEECH = _shape("speaker speaker_name content", "content")
RESOLUTION = _shape("text kind vote", "text")
VOTE = _shape("for against abstain", "for")
CRITICISM = _shape("member self_criticism received response", "member")
RECEIVED_CRITICISM = _shape("from content", "from content")
PREPARATION = _shape("opinions self_examinations")
OPINION = _shape("source content", "source content")
SELF_EXAMINATION = _shape("member content", "member content")
AMENDMENT = _shape("at reason summary", "at reason summary")
ATTACHMENT = _shape("name media_type sha256 data", "name media_type sha256 data")
TALK = _shape(
    "id date location talker talkee kind topic content talkee_views follow_up created_at updated_at",
    "id date talker talkee created_at updated_at",
)
RECTIFICATION = _shape(
    "id meeting member problem measures responsible due status done_on result",
    "id problem",
)
EVALUATION = _shape("id year meeting voters results", "id year voters")
EVALUATION_RESULT = _shape("member self_assessment votes grade remarks", "member")
GRADE_VOTES = _shape("优秀 合格 基本合格 不合格")
RULES = _shape("duties talks", "duties")
DUTY_RULE = _shape("duty per at_least per_group", "duty per")
TALK_RULES = _shape("committee_pairs member_with_committee")
