"""The keys of every object of the interchange format, in the order of INTERCHANGE.md.

A key is required when the domain has no fixed default for it (`id`, names, a meeting's type, title and
date, the `created_at`/`updated_at` stamps …); any other key may be left out and then takes the value the
exporter writes for a default record: `null`, `""`, `[]`, or the domain's default (`kind` "member",
`status` "draft", attendance `status` "present", `unit_code` "DZB" …).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT = "orglife"
VERSION = 2  # the version export-json writes (docs/formats.md)
VERSIONS = (1, 2)  # the versions the reader reads


@dataclass(frozen=True)
class Shape:
    """The keys one kind of JSON object may have, in the order the exporter writes them.

    `keys` are those of the newest version; `since` names the keys a later version added, with that version, so
    one shape serves every version (version 1 refuses a version-2 key as unknown, as it always has)."""

    keys: tuple[str, ...]
    required: frozenset[str]
    allowed: frozenset[str]
    since: dict[str, int]
    by_version: dict[int, frozenset[str]]

    def allowed_in(self, version: int) -> frozenset[str]:
        return self.by_version.get(version, self.allowed)

    def keys_in(self, version: int) -> tuple[str, ...]:
        return tuple(k for k in self.keys if self.since.get(k, 1) <= version)


def _shape(keys: str, required: str = "", v2: str = "") -> Shape:
    """`keys` of version 1 in order; `v2` the keys version 2 adds, each written after the key named before it
    (`"revision>updated_at"`: revision after updated_at), or at the end."""
    order = keys.split()
    since: dict[str, int] = {}
    for item in v2.split():
        key, _, after = item.partition(">")
        order.insert(order.index(after) + 1 if after else len(order), key)
        since[key] = 2
    by_version = {v: frozenset(k for k in order if since.get(k, 1) <= v) for v in VERSIONS}
    return Shape(tuple(order), frozenset(required.split()), frozenset(order), since, by_version)


TOP = _shape(
    "format version branch groups members committee meetings talks rectifications evaluations rules",
    "format version branch",
    v2="group_memberships>members committee_changes>committee exclusions>committee_changes"
       " party_probations>exclusions",
)
BRANCH = _shape("name short_name parent_org fonds_code unit_code", "name", v2="uid>unit_code")
GROUP = _shape("id name leader", "id name", v2="set_up_on>leader dissolved_on>set_up_on")
GROUP_MEMBERSHIP = _shape("member group from to", "member group from")  # version 2
COMMITTEE_CHANGE = _shape("since has_committee", "since has_committee")  # version 2
EXCLUSION = _shape("member reason from to approval", "member reason from")  # version 2
PARTY_PROBATION = _shape("member from to", "member from")  # version 2
MEMBER = _shape(
    "id name gender ethnicity birth_date education kind joined_on full_member_on group title phone"
    " entered_on left_on left_reason notes",
    "id name",
    v2="applied_on>kind activist_on>applied_on candidate_on>activist_on",
)
COMMITTEE_ROLE = _shape("member role from to", "member role from")
MEETING = _shape(
    "id type also_counts_as group title date start end location host recorder lecturer lecturer_member"
    " lecture_title attendance guests agenda speeches resolutions summary notes criticisms preparation"
    " status finalized_at amendments attachments created_at updated_at",
    "id type title date created_at updated_at",
    v2="number>title finalized_by>finalized_at revision>updated_at",
)
ATTENDANCE = _shape("member status reason", "member")
GUEST = _shape("name title", "name")
SPEECH = _shape("speaker speaker_name content", "content")
RESOLUTION = _shape("text kind vote", "text", v2="subject>kind written>vote election>written")
ELECTION = _shape("office seats round candidates ballots_issued ballots_returned ballots_invalid scrutineers tellers",
                  "office seats candidates ballots_issued ballots_returned")  # version 2
CANDIDATE = _shape("member for against abstain write_in", "member")  # version 2
VOTE = _shape("for against abstain", "for")
CRITICISM = _shape("member self_criticism received response", "member")
RECEIVED_CRITICISM = _shape("from content", "from content")
PREPARATION = _shape("opinions self_examinations")
OPINION = _shape("source content", "source content")
SELF_EXAMINATION = _shape("member content", "member content")
AMENDMENT = _shape("at reason summary", "at reason summary", v2="author>summary")
ATTACHMENT = _shape("name media_type sha256 data", "name media_type sha256 data", v2="added_at>sha256")
TALK = _shape(
    "id date location talker talkee kind topic content talkee_views follow_up created_at updated_at",
    "id date talker talkee created_at updated_at",
    v2="revision>updated_at",
)
RECTIFICATION = _shape(
    "id meeting member problem measures responsible due status done_on result",
    "id problem",
    v2="revision>result",
)
EVALUATION = _shape("id year meeting voters results", "id year voters", v2="revision>results")
EVALUATION_RESULT = _shape("member self_assessment votes grade remarks", "member")
GRADE_VOTES = _shape("优秀 合格 基本合格 不合格")
RULES = _shape("duties talks", "duties")
DUTY_RULE = _shape("duty per at_least per_group", "duty per")
TALK_RULES = _shape("committee_pairs member_with_committee")
