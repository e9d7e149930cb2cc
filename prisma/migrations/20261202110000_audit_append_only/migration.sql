-- The audit log is append-only: every UPDATE, DELETE and TRUNCATE of "AuditEvent" is refused,
-- whichever code path or SQL session tries. The one exception is the retention command
-- (`npm run accord -- audit-retention`), which deletes old events in a transaction that first
-- sets `accord.audit_retention` to 'on' (transaction-local) and records its own event there.
-- No schema change: triggers and functions are outside what schema.prisma describes.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('accord.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
