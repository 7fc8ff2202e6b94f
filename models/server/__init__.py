"""A shared PostgreSQL server: the clerks' and the 党委's roles, and row-level security by branch."""
