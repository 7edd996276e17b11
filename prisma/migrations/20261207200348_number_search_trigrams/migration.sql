-- Trigrams of both parties' numbers, for number search (`LIKE '%…%'`, which no B-tree serves):
-- one index over "from" || ' ' || "to", which lib/analytics/sql/conditions.ts matches (a search
-- holds digits and "+" only, so it never matches across the space), costs an import less than an
-- index per party.
-- pg_trgm ships with PostgreSQL (and PGlite, which lib/db/adapter.ts loads it into) and is a
-- trusted extension: the database's owner may create it. It is created in `public` where it can
-- be, so that every schema of the database finds it (one per test run, say), else in the current
-- schema; a database that has it already (some hosts install it into an `extensions` schema)
-- keeps it where it is. The indexes name its operator class wherever it lives.
DO $$
DECLARE
  trgm_ops text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      CREATE EXTENSION pg_trgm;
    END;
  END IF;
  SELECT format('%I.gin_trgm_ops', n.nspname) INTO STRICT trgm_ops
  FROM pg_opclass c
  JOIN pg_namespace n ON n.oid = c.opcnamespace
  JOIN pg_am a ON a.oid = c.opcmethod
  WHERE c.opcname = 'gin_trgm_ops' AND a.amname = 'gin';
  EXECUTE format('CREATE INDEX "Call_parties_trgm_idx" ON "Call" USING GIN (("from" || '' '' || "to") %s)', trgm_ops);
  EXECUTE format('CREATE INDEX "Message_parties_trgm_idx" ON "Message" USING GIN (("from" || '' '' || "to") %s)', trgm_ops);
END
$$;
