"""The schema revision this program reads and writes: the newest in `migrations/versions` (a test keeps the two
in step). A module of its own, so the start-up glance can check a file's revision without importing SQLAlchemy."""

SCHEMA_HEAD = "0008"
