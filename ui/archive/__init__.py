"""年度归档: building the year's archive in the background with progress, and locking the year."""
