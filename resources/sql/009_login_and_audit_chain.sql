-- Schema 9: failed logins slow down, the audit log is tamper-evident, idle windows lock.
--
-- Failed logins per user name, known or not (local to the store, never synced):
-- LoginThrottle (models/domain) turns the count into a wait. A successful login deletes
-- the row.
CREATE TABLE login_failure (
    username       TEXT PRIMARY KEY COLLATE NOCASE,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL
);

-- Each device chains its own audit rows: chain_seq counts them from 1, prev_hash is the hash
-- of the device's row before (64 zeros for the first) and hash covers prev_hash and every
-- value of the row (AuditChain in models/storage). Editing, deleting or inserting a row by
-- hand breaks the chain at that row; `ascolto-cli audit verify` finds the first broken link.
-- Rows written before schema 9 stay outside the chain (chain_seq NULL).
ALTER TABLE audit_log ADD COLUMN chain_seq INTEGER;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_chain ON audit_log(device_id, chain_seq) WHERE chain_seq IS NOT NULL;

-- The window locks after this many minutes without a key or a click (a setting per client;
-- IdleLock in ui/).
ALTER TABLE client ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10
    CHECK (idle_lock_minutes BETWEEN 1 AND 120);
