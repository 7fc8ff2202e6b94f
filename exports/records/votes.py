"""The rule's verdict on each vote, in the words the minutes print (models.rules.votes)."""

from __future__ import annotations

from models.domain import BranchData, Meeting
from models.rules.votes import meeting_verdicts, meeting_voters


def verdict_messages(data: BranchData, meeting: Meeting) -> dict[int, str]:
    """0-based resolution index -> e.g. 应到会有表决权党员 22 人，实到 19 人，超过半数，符合规定 …"""
    return {index: verdict.message for index, verdict in meeting_verdicts(data, meeting)}


def voter_counts(data: BranchData, meeting: Meeting) -> tuple[int, int]:
    """(有表决权 应到, 有表决权 实到)."""
    expected, present = meeting_voters(data, meeting)
    return len(expected), len(present)
