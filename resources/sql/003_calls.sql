-- Schema 3: call drafts.
--
-- A call draft is everything the operator has typed or chosen during a call that is not
-- saved yet. It is written continuously, so a crash or a killed process loses nothing: on
-- the next start the call reopens as it was. Drafts are local to the workstation (never
-- exported or synced) and are deleted when the call is saved or discarded.
CREATE TABLE call_draft (
    id          TEXT PRIMARY KEY,
    debtor_id   TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    operator_id TEXT REFERENCES app_user(id),
    payload     TEXT NOT NULL CHECK (json_valid(payload)),
    started_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX call_draft_operator ON call_draft(operator_id, started_at);
