"""党员名册: the people table, the person dialog, groups, committee roles, Excel import and export."""
