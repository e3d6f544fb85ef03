ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
-- The audit log as a hash chain. An entry's hash covers every column but the hash itself (the previous
-- entry's hash included), as canonical JSON in UTC with empty columns left out, so a column added later
-- leaves older entries' hashes as they were. Edit, remove or insert an entry and the chain breaks there;
-- what the chain cannot show alone is entries cut off at the end, so the verify command prints the head
-- hash for the auditor to keep.
CREATE FUNCTION audit_log_entry_hash(entry audit_log) RETURNS text
  LANGUAGE sql STABLE SET "TimeZone" = 'UTC' AS $$
  SELECT encode(sha256(convert_to(jsonb_strip_nulls(to_jsonb(entry) - 'hash')::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Each new entry is numbered after the last and chained to it. The lock makes appends take their turn,
-- so two transactions never chain to the same entry; it is held only until the appending one commits.
-- A restore brings entries with their chain already set: those are kept, and checked once loaded.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_entry record;
BEGIN
  IF NEW.hash IS NOT NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('lagesbild.audit_log_chain'));
  SELECT chain_seq, hash INTO last_entry FROM audit_log ORDER BY chain_seq DESC NULLS LAST LIMIT 1;
  NEW.chain_seq := coalesce(last_entry.chain_seq, 0) + 1;
  NEW.prev_hash := last_entry.hash;
  NEW.hash := audit_log_entry_hash(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- The entries written before this version, chained in the order they were written.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
DO $$
DECLARE
  entry record;
  previous text := NULL;
  seq bigint := 0;
BEGIN
  FOR entry IN SELECT id FROM audit_log ORDER BY id LOOP
    seq := seq + 1;
    UPDATE audit_log SET chain_seq = seq, prev_hash = previous WHERE id = entry.id;
    UPDATE audit_log a SET hash = audit_log_entry_hash(a) WHERE id = entry.id RETURNING hash INTO previous;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
-- TRUNCATE empties a table without touching its rows, so the row trigger never sees it.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The whole chain checked at once: how many entries, the first that breaks it (null when none) and the
-- hash of the last, which an auditor keeps to see later that nothing was cut off.
CREATE FUNCTION audit_log_verify() RETURNS TABLE (entries bigint, first_broken bigint, head text)
  LANGUAGE sql STABLE AS $$
  WITH chain AS (
    SELECT a.chain_seq, a.hash, a.prev_hash,
           lag(a.hash) OVER (ORDER BY a.chain_seq) AS before,
           row_number() OVER (ORDER BY a.chain_seq) AS position,
           audit_log_entry_hash(a) AS computed
    FROM audit_log a
  )
  SELECT count(*),
         min(coalesce(chain_seq, 0)) FILTER (
           WHERE chain_seq IS NULL OR chain_seq <> position
              OR hash IS DISTINCT FROM computed OR prev_hash IS DISTINCT FROM before),
         (SELECT hash FROM audit_log ORDER BY chain_seq DESC NULLS LAST LIMIT 1)
  FROM chain
$$;
