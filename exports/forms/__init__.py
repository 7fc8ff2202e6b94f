"""The standard forms of the 组织生活会 and 民主评议 cycle as neutral documents (exports.model):

- rectification_list_document: 整改清单 of a year, with 上年度整改落实情况;
- evaluation_tally_document: 民主评议党员测评汇总表;
- evaluation_ballot_document: a blank 民主评议党员测评表 with the members' names, to print before the meeting;
- election_ballot_document, election_tally_document, election_report_document: an election's 选票 and 计票单
  (candidates in 姓氏笔画 order) and its 选举结果报告.

The 谈心谈话记录表, the 组织生活会记录 (with its criticisms) and the 签到表 are in exports.records and are reused,
not duplicated.
"""

from exports.forms.ballot import evaluation_ballot_document
from exports.forms.election import election_ballot_document, election_report_document, election_tally_document
from exports.forms.rectification_list import rectification_list_document
from exports.forms.tally import evaluation_tally_document

__all__ = [
    "election_ballot_document",
    "election_report_document",
    "election_tally_document",
    "evaluation_ballot_document",
    "evaluation_tally_document",
    "rectification_list_document",
]
