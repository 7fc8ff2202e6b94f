"""The forms of an election (《中国共产党基层组织选举工作条例》): the 选票 each voter marks, the 计票单 the tellers
keep, and the 选举结果报告 to the superior body. Candidates stand in 姓氏笔画 order (models.roster.strokes)."""

from __future__ import annotations

from exports.forms.common import form_meta, form_title
from exports.model import Cell, Document, Signatures, Table, para
from exports.text import clean, cn_date
from models.domain import ELECTION_OFFICES, BranchData, Election, Meeting
from models.roster.strokes import stroke_key
from models.rules.elections import election_result, minimum_candidates

WRITE_INS = 2  # blank lines for 另选他人 on a ballot and a tally sheet


def _office(election: Election) -> str:
    return ELECTION_OFFICES.get(election.office, election.office)


def _standing(data: BranchData, election: Election) -> list[str]:
    """The candidates' names (另选他人 left out) in 姓氏笔画 order."""
    names = {p.id: p.name for p in data.members}
    return sorted((clean(names.get(c.member, c.member)) for c in election.candidates if not c.write_in),
                  key=stroke_key)


def _kind(election: Election) -> str:
    standing = sum(1 for c in election.candidates if not c.write_in)
    return "等额" if standing <= election.seats else "差额"


def election_ballot_document(data: BranchData, meeting: Meeting, election: Election) -> Document:
    """选票: the candidates in 姓氏笔画 order, a column to mark, and lines for 另选他人."""
    office = _office(election)
    title = f"{meeting.date.year}年选举{office}选票"
    rounds = f"（第{election.round}轮）" if election.round > 1 else ""
    instructions = (f"应选{office} {election.seats} 名{rounds}，{_kind(election)}选举。候选人按姓氏笔画排列。"
                    "对候选人表示赞成的，在其姓名后的符号栏内画“○”；不赞成的画“×”；弃权的不画任何符号。"
                    "如另选他人，在“另选他人”栏内写上其姓名，并在符号栏内画“○”。"
                    f"所选人数等于或少于应选人数 {election.seats} 名的为有效票，多于的为无效票。")
    head = (Cell("序号", True), Cell("候选人姓名", True), Cell("符号栏", True))
    rows = [(Cell(str(i), center=True), Cell(name, center=True), Cell(""))
            for i, name in enumerate(_standing(data, election), 1)]
    rows += [(Cell("另选他人", center=True), Cell(""), Cell("")) for _ in range(WRITE_INS)]
    blocks = (para(instructions), Table((head, *rows), (1.6, 5.0, 4.0), header=1, min_row_mm=10.0))
    return Document(form_title(data, title), blocks, form_meta(data, title))


def election_tally_document(data: BranchData, meeting: Meeting, election: Election) -> Document:
    """计票单: a line per candidate (姓氏笔画) and for 另选他人, to count each ballot with 正 strokes."""
    office = _office(election)
    title = f"{meeting.date.year}年选举{office}计票单"
    head = tuple(Cell(t, True) for t in ("姓名", "赞成（计“正”字）", "赞成", "不赞成", "弃权"))
    names = _standing(data, election) + ["（另选他人）"] * WRITE_INS
    rows = [(Cell(name, center=True), Cell(""), Cell(""), Cell(""), Cell("")) for name in names]
    ballots = "发出选票　　　张；收回选票　　　张；其中有效票　　　张，无效票　　　张。"
    blocks = (para(f"应选{office} {election.seats} 名，候选人 {len(names) - WRITE_INS} 名。", style="plain"),
              Table((head, *rows), (3.0, 6.0, 1.6, 1.6, 1.6), header=1, min_row_mm=10.0),
              para(ballots, style="plain"), Signatures(("监票人（签字）", "计票人（签字）")))
    return Document(form_title(data, title), blocks, form_meta(data, title))


def election_report_document(data: BranchData, meeting: Meeting, election: Election) -> Document:
    """选举结果报告 to the superior body, filled from the count and the rules' verdict."""
    office = _office(election)
    branch = clean(data.branch.name)
    names = {p.id: p.name for p in data.members}
    genders = {p.id: p.gender or "" for p in data.members}
    result = election_result(data, meeting, election)
    title = f"关于选举{office}结果的报告"
    standing = [c for c in election.candidates if not c.write_in]
    opening = (f"{cn_date(meeting.date)}，{branch}召开支部党员大会，选举{office}。应到会有选举权的党员 "
               f"{result.expected_voters} 名，实到 {result.present_voters} 名。应选 {election.seats} 名，"
               f"候选人 {len(standing)} 名，实行{_kind(election)}选举"
               + (f"（差额选举的候选人至少 {minimum_candidates(election.office, election.seats)} 名）"
                  if election.office == "committee" else "") + "，以无记名投票方式进行。"
               f"共发出选票 {election.ballots_issued} 张，收回 {election.ballots_returned} 张，其中有效票 "
               f"{election.ballots_returned - election.ballots_invalid} 张、无效票 {election.ballots_invalid} 张。"
               "按照《中国共产党基层组织选举工作条例》，被选举人获得的赞成票超过应到会有选举权人数的一半，始得当选。")
    head = tuple(Cell(t, True) for t in ("姓名", "性别", "赞成", "不赞成", "弃权", "结果"))
    elected = set(result.elected)
    order = sorted(election.candidates, key=lambda c: (-c.yes, stroke_key(names.get(c.member, c.member))))
    rows = [(Cell(clean(names.get(c.member, c.member)) + ("（另选）" if c.write_in else ""), center=True),
             Cell(genders.get(c.member, ""), center=True), Cell(str(c.yes), center=True),
             Cell(str(c.against), center=True), Cell(str(c.abstain), center=True),
             Cell("当选" if c.member in elected else "再次投票" if c.member in result.tied else "未当选",
                  center=True))
            for c in order]
    officials = []
    if election.scrutineers:
        officials.append("监票人：" + "、".join(clean(names.get(m, m)) for m in election.scrutineers))
    if election.tellers:
        officials.append("计票人：" + "、".join(clean(names.get(m, m)) for m in election.tellers))
    blocks = [para(f"{clean(data.branch.parent_org) or '上级党组织'}：", style="plain"), para(opening),
              para("选举结果如下：", style="plain"), Table((head, *rows), (3.0, 1.4, 1.6, 1.6, 1.6, 2.2), header=1),
              para(f"{result.message}。")]
    if officials:
        blocks.append(para("；".join(officials) + "。"))
    blocks.append(para("特此报告。"))
    blocks.append(para(branch, style="right"))
    blocks.append(para(cn_date(meeting.date), style="right"))
    return Document(form_title(data, title), tuple(blocks), form_meta(data, title, meeting.updated_at))
