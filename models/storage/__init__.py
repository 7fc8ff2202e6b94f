"""Moving the domain's values into and out of the database tables, in bulk and one record at a time."""
