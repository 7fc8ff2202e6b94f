"""Ids of new rows on a shared server, where a clerk sees only its own branch's rows.

The program gives a new row of most tables the id after the largest (a block of ids for an import). Under
row-level security a clerk's `max(id)` sees its own branch only and would hand out an id another branch already
uses; so on PostgreSQL the ids come from `orglife_next_id(table, n)`, a function run with its owner's rights (the
database's owner, who sees every row) that takes a lock per table until the transaction ends — two clerks never
get the same id — and moves the table's serial sequence past the block, so rows inserted with the default id
never meet it either. It tells a clerk nothing but the largest id of a table of ours.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FUNCTION = "orglife_next_id"
SIGNATURE = f"public.{FUNCTION}(text, integer)"


def function_statements(tables: list[str], owner: str, clerks: str) -> list[str]:
    """The statements that (re)create the function for `tables` (those with an `id` column), owned by the
    database's owner and callable by the clerks' group only (readers write nothing)."""
    listed = ", ".join("'" + name.replace("'", "''") + "'" for name in sorted(tables)) or "''"
    body = f"""
DECLARE
  first integer;
  sequence text;
BEGIN
  IF tab IS NULL OR tab NOT IN ({listed}) OR n IS NULL OR n < 1 THEN
    RAISE EXCEPTION 'orglife_next_id: not a table of ours or no ids asked: %', tab;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('orglife.' || tab));
  EXECUTE format('SELECT COALESCE(max(id), 0) + 1 FROM public.%I', tab) INTO first;
  sequence := pg_get_serial_sequence(format('public.%I', tab), 'id');
  IF sequence IS NOT NULL THEN
    EXECUTE format('SELECT setval(%L, GREATEST(%s, last_value)) FROM %s', sequence, first + n - 1, sequence);
  END IF;
  RETURN first;
END"""
    return [
        f"CREATE OR REPLACE FUNCTION {SIGNATURE.replace('(text, integer)', '(tab text, n integer DEFAULT 1)')} "
        "RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public "
        f"AS $orglife${body}$orglife$",
        f"ALTER FUNCTION {SIGNATURE} OWNER TO {owner}",
        f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {clerks}",
    ]


def first_free(conn: Connection, table: str, count: int = 1) -> int:
    """The first of `count` consecutive ids nobody else uses or will be given, on PostgreSQL; the ids stay the
    transaction's until it ends."""
    return int(conn.execute(text(f"SELECT {FUNCTION}(:t, :n)"), {"t": table, "n": max(count, 1)}).scalar_one())
