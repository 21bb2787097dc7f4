-- Schema 6: the portfolio row remembers the last conversation with the debtor (an outcome
-- where someone spoke with them: ContactPolicy::isConversation), apart from the last
-- interaction of any kind. Today and the call workspace decide "already talked to today" and
-- "refused or disputed" from these two columns through ContactPolicy::facts(): an unanswered
-- attempt or an education message after a conversation no longer hides it.
ALTER TABLE debtor_summary ADD COLUMN last_conversation_at TEXT NOT NULL DEFAULT '';
ALTER TABLE debtor_summary ADD COLUMN last_conversation_outcome TEXT NOT NULL DEFAULT '';

-- Every row is rewritten at the next start (DebtorSummaryRepository::ensureCurrent).
UPDATE debtor_summary SET as_of = '0000-00-00';

-- A call made for a callback the debtor asked for has its own purpose ("callback"): its
-- script picks up where the last conversation stopped, and the contact rules let it through
-- on a day the debtor was already spoken to. SQLite cannot change a CHECK in place: the
-- table is rebuilt with the same columns, rows, indexes and trigger (migrations run with
-- foreign keys off and checked with foreign_key_check before COMMIT: Database::migrate).
CREATE TABLE interaction_new (
    id                TEXT PRIMARY KEY,
    client_id         TEXT NOT NULL REFERENCES client(id),
    debtor_id         TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    operator_id       TEXT REFERENCES app_user(id),
    contact_id        TEXT REFERENCES contact(id),
    channel           TEXT NOT NULL CHECK (channel IN ('phone_out', 'phone_in', 'sms', 'email', 'letter', 'visit')),
    purpose           TEXT NOT NULL CHECK (purpose IN ('caring', 'first_reminder', 'followup_reminder', 'negotiation', 'installment_reminder', 'broken_promise', 'close_the_loop', 'callback', 'inbound', 'education', 'other')),
    script_code       TEXT,
    started_at        TEXT NOT NULL,
    duration_s        INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    emotion           TEXT CHECK (emotion IS NULL OR emotion IN ('angry', 'worried', 'in_difficulty', 'confused', 'calm', 'evasive')),
    nonpayment_reason TEXT CHECK (nonpayment_reason IS NULL OR nonpayment_reason IN ('bill_not_received', 'forgot', 'temporary_shortage', 'job_loss', 'illness', 'service_dispute', 'meter_dispute', 'already_paid', 'refuses', 'other')),
    checklist         TEXT CHECK (checklist IS NULL OR json_valid(checklist)),
    outcome           TEXT NOT NULL CHECK (outcome IN ('reached_debtor', 'reached_third_party', 'no_answer', 'busy', 'wrong_number', 'message_left', 'promise', 'plan_requested', 'paid_during_call', 'dispute_raised', 'callback_requested', 'refused', 'sent')),
    notes             TEXT,
    override_reason   TEXT,             -- why a blocked contact went ahead
    device_id         TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
INSERT INTO interaction_new SELECT * FROM interaction;
DROP TABLE interaction;
ALTER TABLE interaction_new RENAME TO interaction;
CREATE INDEX interaction_debtor ON interaction(debtor_id, started_at);
CREATE INDEX interaction_operator ON interaction(operator_id, started_at);
CREATE TRIGGER sync_interaction_ins AFTER INSERT ON interaction BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('interaction', NEW.id);
END;
