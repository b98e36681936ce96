-- A least-privilege role for the application on a PostgreSQL server (README, "Security").
-- Run as the role that owns the tables (the one that applies migrations), after migrating,
-- and again after each migration that adds a table. The application then connects as
-- claimdesk_app: it owns nothing, so it cannot drop, alter or truncate tables, nor disable
-- the audit log's triggers, and it may only add to and read the audit log.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claimdesk_app') THEN
    CREATE ROLE claimdesk_app LOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA public TO claimdesk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO claimdesk_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntry" FROM claimdesk_app;
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM claimdesk_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO claimdesk_app;
