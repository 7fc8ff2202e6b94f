"""党委总览: every branch's duties of a year, drill-down into one branch read-only, the branches' archives."""
