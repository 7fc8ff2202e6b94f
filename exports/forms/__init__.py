"""The standard forms of the 组织生活会 and 民主评议 cycle as neutral documents (exports.model):

- rectification_list_document: 整改清单 of a year, with 上年度整改落实情况;
- evaluation_tally_document: 民主评议党员测评汇总表;
- evaluation_ballot_document: a blank 民主评议党员测评表 with the members' names, to print before the meeting.

The 谈心谈话记录表, the 组织生活会记录 (with its criticisms) and the 签到表 are in exports.records and are reused,
not duplicated.
"""

from exports.forms.ballot import evaluation_ballot_document
from exports.forms.rectification_list import rectification_list_document
from exports.forms.tally import evaluation_tally_document

__all__ = ["evaluation_ballot_document", "evaluation_tally_document", "rectification_list_document"]
