-- Schema 5: set-up and onboarding.
--
-- A client's rule for debtors nobody owns yet (AssignmentRule in models/domain):
-- {"kind":"balanced_count"} | {"kind":"balanced_amount"} |
-- {"kind":"provinces","provinces":{"username":["MI","MB"]}}.
ALTER TABLE client ADD COLUMN assignment_rule TEXT NOT NULL DEFAULT '{"kind":"balanced_count"}'
    CHECK (json_valid(assignment_rule));

-- Set by an administrator's password reset: the user must choose a new password at the
-- next login before doing anything else.
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));

-- Debtors waiting for an interlocutor, found without reading the whole client.
CREATE INDEX debtor_unassigned ON debtor(client_id) WHERE assigned_operator_id IS NULL;

-- Files imported whole (no rejection, no warning, every column mapped), by a fingerprint of
-- their text and the columns chosen: the same file again is recognised in one pass and
-- changes nothing, instead of re-checking a million rows against the store. Local: each
-- workstation remembers its own imports.
CREATE TABLE import_log (
    client_id   TEXT NOT NULL REFERENCES client(id),
    kind        TEXT NOT NULL CHECK (kind IN ('debtors', 'invoices', 'payments')),
    fingerprint TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (client_id, kind, fingerprint)
) WITHOUT ROWID;
