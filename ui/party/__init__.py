"""The 党委's screens: every branch's duties of a year, drill-down into one branch read-only, the branches'
archives, and the import of their hand-ins."""
