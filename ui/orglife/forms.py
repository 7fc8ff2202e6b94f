"""Which form to print from the 组织生活会 and 民主评议 page, built from the store's plain values."""

from __future__ import annotations

from datetime import date

from exports.documents import document_of, sign_in_document
from exports.forms import evaluation_ballot_document, evaluation_tally_document, rectification_list_document
from exports.model import Document
from models.domain import BranchData, Evaluation, Meeting
from models.orglife.tally import evaluation_day, members_to_evaluate
from models.services import Store


def branch_data(store: Store, meetings: tuple[Meeting, ...] = ()) -> BranchData:
    """People, committee, rectifications and evaluations, with the meetings given."""
    return BranchData(store.branch(), tuple(store.groups()), tuple(store.people()), tuple(store.committee()),
                      meetings=meetings, rectifications=tuple(store.rectifications()),
                      evaluations=tuple(store.evaluations()))


def minutes(store: Store, meeting_id: str) -> Document:
    """The record's minutes as every part of the program makes them (`Store.record_data`)."""
    return document_of(store.record_data(meeting_id))


def sign_in(store: Store, meeting_id: str) -> Document:
    item = store.record_data(meeting_id)
    assert isinstance(item.record, Meeting)
    return sign_in_document(item.data, item.record)


def rectification_list(store: Store, year: int, today: date) -> Document:
    return rectification_list_document(store.load_all(), year, today)


def tally(store: Store, evaluation: Evaluation) -> Document:
    meetings = (store.meeting(evaluation.meeting),) if evaluation.meeting else ()
    return evaluation_tally_document(branch_data(store, meetings), evaluation)


def ballot(store: Store, year: int, evaluation: Evaluation | None, today: date) -> Document:
    """The blank ballot: the evaluation's members when it exists, else everyone in the branch on the day."""
    data = store.load_year(year)
    if evaluation is not None:
        members = [r.member for r in evaluation.results]
    else:
        members = members_to_evaluate(data, evaluation_day(data.meetings, year, today))
    return evaluation_ballot_document(data, year, members)
