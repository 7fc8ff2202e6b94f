"""The facade the UI, the documents and the command line use: `Store.open(path_or_url)`."""

from __future__ import annotations

from models.services.documents import DocumentService
from models.services.locks import YearLockService
from models.services.meetings import MeetingService
from models.services.password import PasswordService
from models.services.people import PeopleService
from models.services.records import RecordService
from models.services.search import SearchService


class Store(DocumentService, MeetingService, PasswordService, PeopleService, RecordService, SearchService,
            YearLockService):
    """One branch's records. Each public call is one short transaction and returns plain frozen values."""
