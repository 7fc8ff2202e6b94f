"""What the UI, the documents and the command line call: one short transaction per call, plain values out."""

from models.services.documents import RecordData
from models.services.store import Store
from models.services.summaries import MeetingSummary, SearchHit

__all__ = ["MeetingSummary", "RecordData", "SearchHit", "Store"]
