"""The year at a glance (首页一览 and 统计): the duties by month from the compliance report, the reminders, and
the year's statistics — plain values for the home page, the statistics page and the archive.

No Qt, no database: each function takes the domain's records (a `BranchData`) and the day it is judged on.
"""
