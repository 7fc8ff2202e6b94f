"""The home page's parts: the duties-by-month grid, the cell's details, the reminders."""
