-- Ascolto schema, version 1.
--
-- Conventions
--   * Every row that travels between workstations has a global id (UUID text), a version
--     (incremented on every change of a mutable row) and the device that last changed it.
--     Append-only records (interactions, payments, surveys, audit) are never updated.
--   * Money is integer cents (INTEGER, *_cents). Dates are ISO calendar dates (TEXT
--     yyyy-mm-dd); instants are UTC ISO-8601 (TEXT yyyy-mm-ddThh:mm:ssZ).
--   * Codes (role, channel, status...) are lower-case ASCII strings checked here.
--   * debtor_summary is derived, local and never synced: it is recomputed from invoices,
--     allocations and payments so screens never aggregate a whole portfolio.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE client (
    id                         TEXT PRIMARY KEY,
    code                       TEXT NOT NULL UNIQUE,
    name                       TEXT NOT NULL,
    vat_number                 TEXT,
    iban                       TEXT,
    pagopa_creditor_code       TEXT,
    support_phone              TEXT,
    support_email              TEXT,
    -- mandate rules
    max_installments           INTEGER NOT NULL DEFAULT 24 CHECK (max_installments >= 1),
    min_installment_cents      INTEGER NOT NULL DEFAULT 2500 CHECK (min_installment_cents >= 0),
    max_plan_months            INTEGER NOT NULL DEFAULT 24 CHECK (max_plan_months >= 1),
    operator_discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (operator_discount_bp BETWEEN 0 AND 10000),
    teamlead_discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (teamlead_discount_bp BETWEEN 0 AND 10000),
    protected_minimum_cents    INTEGER NOT NULL DEFAULT 60000 CHECK (protected_minimum_cents >= 0),
    caring_window_days         INTEGER NOT NULL DEFAULT 7 CHECK (caring_window_days >= 0),
    formal_notice_days         INTEGER NOT NULL DEFAULT 45 CHECK (formal_notice_days >= 0),
    missed_installments_to_break INTEGER NOT NULL DEFAULT 2 CHECK (missed_installments_to_break >= 1),
    days_late_to_break         INTEGER NOT NULL DEFAULT 30 CHECK (days_late_to_break >= 1),
    max_conversations_per_day  INTEGER NOT NULL DEFAULT 1 CHECK (max_conversations_per_day >= 1),
    -- JSON: {"weekdays":["08:30","21:00"],"saturday":["08:30","15:00"],"sunday":null,"holidays":false}
    contact_windows            TEXT NOT NULL DEFAULT '{"weekdays":["08:30","21:00"],"saturday":["08:30","15:00"],"sunday":null,"holidays":false}'
                               CHECK (json_valid(contact_windows)),
    -- JSON array of ladder steps: [{"stage":"reminder_soft","days":1}, ...]
    escalation_ladder          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(escalation_ladder)),
    -- JSON array of channel codes accepted by the client
    payment_channels           TEXT NOT NULL DEFAULT '["pagopa","bank_transfer","online","postal_slip","direct_debit"]'
                               CHECK (json_valid(payment_channels)),
    version                    INTEGER NOT NULL DEFAULT 1,
    device_id                  TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);

CREATE TABLE app_user (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('operator', 'teamlead', 'admin')),
    client_id     TEXT REFERENCES client(id),
    password_hash TEXT NOT NULL,
    phone         TEXT,
    email         TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    device_id     TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (role = 'admin' OR client_id IS NOT NULL)
);
CREATE INDEX app_user_client ON app_user(client_id, role);

CREATE TABLE debtor (
    id                   TEXT PRIMARY KEY,
    client_id            TEXT NOT NULL REFERENCES client(id),
    customer_code        TEXT NOT NULL,
    kind                 TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    first_name           TEXT,
    last_name            TEXT,
    company_name         TEXT,
    display_name         TEXT NOT NULL,
    tax_code             TEXT,          -- codice fiscale (16 chars) or numeric for companies
    vat_number           TEXT,          -- partita IVA
    birth_date           TEXT,
    language             TEXT NOT NULL DEFAULT 'it',
    address              TEXT,
    postal_code          TEXT,
    city                 TEXT,
    province             TEXT,
    assigned_operator_id TEXT REFERENCES app_user(id),
    assigned_since       TEXT,
    -- handling flags
    vulnerability        TEXT,          -- NULL or reason code: age75, social_bonus, life_support, disability, hardship
    vulnerability_note   TEXT,
    vulnerability_consent INTEGER NOT NULL DEFAULT 0 CHECK (vulnerability_consent IN (0, 1)),
    do_not_contact       INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    hold_reason          TEXT,          -- dispute, review, deceased, bankruptcy...
    hold_until           TEXT,
    notes                TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    device_id            TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (client_id, customer_code)
);
CREATE INDEX debtor_operator ON debtor(assigned_operator_id, client_id);
CREATE INDEX debtor_tax_code ON debtor(tax_code);
CREATE INDEX debtor_vat_number ON debtor(vat_number) WHERE vat_number IS NOT NULL;
CREATE INDEX debtor_name ON debtor(client_id, display_name COLLATE NOCASE);

-- Relationship continuity: who has been the debtor's interlocutor and since when.
CREATE TABLE assignment (
    id           TEXT PRIMARY KEY,
    debtor_id    TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    operator_id  TEXT NOT NULL REFERENCES app_user(id),
    from_date    TEXT NOT NULL,
    to_date      TEXT,
    reason       TEXT,
    assigned_by  TEXT REFERENCES app_user(id),
    device_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX assignment_debtor ON assignment(debtor_id, from_date);

CREATE TABLE contact (
    id          TEXT PRIMARY KEY,
    debtor_id   TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'pec')),
    value       TEXT NOT NULL,          -- normalised (+39..., lower-case e-mail)
    label       TEXT,
    owner       TEXT NOT NULL DEFAULT 'debtor' CHECK (owner IN ('debtor', 'family', 'workplace', 'other')),
    verified    INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    consent     TEXT NOT NULL DEFAULT 'unknown' CHECK (consent IN ('granted', 'denied', 'unknown')),
    opt_out     INTEGER NOT NULL DEFAULT 0 CHECK (opt_out IN (0, 1)),
    preferred   INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    device_id   TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX contact_debtor ON contact(debtor_id);
CREATE INDEX contact_value ON contact(value);

CREATE TABLE supply (
    id                TEXT PRIMARY KEY,
    debtor_id         TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    service           TEXT NOT NULL CHECK (service IN ('electricity', 'gas', 'water')),
    point_code        TEXT,             -- POD (electricity) or PDR (gas) or water meter id
    address           TEXT,
    billing_frequency TEXT NOT NULL CHECK (billing_frequency IN ('monthly', 'bimonthly', 'quarterly', 'halfyearly', 'yearly')),
    start_date        TEXT,
    end_date          TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    device_id         TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX supply_debtor ON supply(debtor_id);

CREATE TABLE invoice (
    id                 TEXT PRIMARY KEY,
    client_id          TEXT NOT NULL REFERENCES client(id),
    debtor_id          TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    supply_id          TEXT REFERENCES supply(id),
    number             TEXT NOT NULL,
    issue_date         TEXT NOT NULL,
    due_date           TEXT NOT NULL,
    amount_cents       INTEGER NOT NULL CHECK (amount_cents >= 0),
    paid_cents         INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    pagopa_notice      TEXT,
    delivery_channel   TEXT NOT NULL DEFAULT 'post' CHECK (delivery_channel IN ('post', 'email', 'pec', 'app')),
    receipt_confirmed  INTEGER NOT NULL DEFAULT 0 CHECK (receipt_confirmed IN (0, 1)),
    receipt_confirmed_at TEXT,
    -- 1 when the bill falls under the two-year prescription of the 2018 budget law
    prescription_covered INTEGER NOT NULL DEFAULT 1 CHECK (prescription_covered IN (0, 1)),
    cancelled          INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    version            INTEGER NOT NULL DEFAULT 1,
    device_id          TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (client_id, number)
);
CREATE INDEX invoice_debtor_due ON invoice(debtor_id, due_date);
CREATE INDEX invoice_open_due ON invoice(due_date) WHERE paid_cents < amount_cents AND cancelled = 0;
CREATE INDEX invoice_pagopa ON invoice(pagopa_notice) WHERE pagopa_notice IS NOT NULL;

CREATE TABLE payment (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES client(id),
    debtor_id     TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_on       TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('pagopa', 'bank_transfer', 'online', 'postal_slip', 'direct_debit', 'cash')),
    reference     TEXT,
    source        TEXT NOT NULL DEFAULT 'operator' CHECK (source IN ('operator', 'import', 'sync')),
    recorded_by   TEXT REFERENCES app_user(id),
    credit_cents  INTEGER NOT NULL DEFAULT 0 CHECK (credit_cents >= 0), -- not allocated: on account
    device_id     TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX payment_debtor ON payment(debtor_id, paid_on);
CREATE INDEX payment_client_date ON payment(client_id, paid_on);

CREATE TABLE plan (
    id                 TEXT PRIMARY KEY,
    client_id          TEXT NOT NULL REFERENCES client(id),
    debtor_id          TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('installments', 'settlement', 'settlement_installments')),
    status             TEXT NOT NULL CHECK (status IN ('awaiting_approval', 'active', 'completed', 'broken', 'renegotiated', 'rejected', 'cancelled')),
    total_cents        INTEGER NOT NULL CHECK (total_cents >= 0),   -- debt covered before discount
    discount_cents     INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    down_payment_cents INTEGER NOT NULL DEFAULT 0 CHECK (down_payment_cents >= 0),
    installment_count  INTEGER NOT NULL CHECK (installment_count >= 1),
    frequency          TEXT NOT NULL CHECK (frequency IN ('monthly', 'biweekly', 'single')),
    first_due          TEXT NOT NULL,
    affordability      TEXT CHECK (affordability IS NULL OR json_valid(affordability)),
    override_reason    TEXT,
    created_by         TEXT REFERENCES app_user(id),
    approved_by        TEXT REFERENCES app_user(id),
    approved_at        TEXT,
    replaces_plan_id   TEXT REFERENCES plan(id),
    closed_at          TEXT,
    version            INTEGER NOT NULL DEFAULT 1,
    device_id          TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    created_at         TEXT NOT NULL
);
CREATE INDEX plan_debtor ON plan(debtor_id, created_at);
CREATE INDEX plan_status ON plan(client_id, status);

CREATE TABLE plan_invoice (
    plan_id    TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    invoice_id TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, invoice_id)
) WITHOUT ROWID;
CREATE INDEX plan_invoice_invoice ON plan_invoice(invoice_id);

CREATE TABLE installment (
    id           TEXT PRIMARY KEY,
    plan_id      TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 0),   -- 0 is the down payment
    due_date     TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_cents   INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'late', 'missed', 'cancelled')),
    version      INTEGER NOT NULL DEFAULT 1,
    device_id    TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (plan_id, seq)
);
CREATE INDEX installment_open_due ON installment(due_date) WHERE status IN ('open', 'late');

CREATE TABLE payment_allocation (
    id             TEXT PRIMARY KEY,
    payment_id     TEXT NOT NULL REFERENCES payment(id) ON DELETE CASCADE,
    invoice_id     TEXT REFERENCES invoice(id) ON DELETE CASCADE,
    installment_id TEXT REFERENCES installment(id),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    device_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    CHECK (invoice_id IS NOT NULL OR installment_id IS NOT NULL)
);
CREATE INDEX allocation_payment ON payment_allocation(payment_id);
CREATE INDEX allocation_invoice ON payment_allocation(invoice_id);
CREATE INDEX allocation_installment ON payment_allocation(installment_id) WHERE installment_id IS NOT NULL;

CREATE TABLE interaction (
    id                TEXT PRIMARY KEY,
    client_id         TEXT NOT NULL REFERENCES client(id),
    debtor_id         TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    operator_id       TEXT REFERENCES app_user(id),
    contact_id        TEXT REFERENCES contact(id),
    channel           TEXT NOT NULL CHECK (channel IN ('phone_out', 'phone_in', 'sms', 'email', 'letter', 'visit')),
    purpose           TEXT NOT NULL CHECK (purpose IN ('caring', 'first_reminder', 'followup_reminder', 'negotiation', 'installment_reminder', 'broken_promise', 'close_the_loop', 'inbound', 'education', 'other')),
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
CREATE INDEX interaction_debtor ON interaction(debtor_id, started_at);
CREATE INDEX interaction_operator ON interaction(operator_id, started_at);

CREATE TABLE promise (
    id             TEXT PRIMARY KEY,
    debtor_id      TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    interaction_id TEXT REFERENCES interaction(id),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    due_date       TEXT NOT NULL,
    channel        TEXT,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
    version        INTEGER NOT NULL DEFAULT 1,
    device_id      TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX promise_debtor ON promise(debtor_id, due_date);
CREATE INDEX promise_open_due ON promise(due_date) WHERE status = 'open';

CREATE TABLE complaint (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES client(id),
    debtor_id    TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    category     TEXT NOT NULL CHECK (category IN ('bill_not_received', 'billing_error', 'meter_reading', 'service_outage', 'customer_service', 'other')),
    description  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'forwarded', 'resolved')),
    opened_by    TEXT REFERENCES app_user(id),
    opened_at    TEXT NOT NULL,
    forwarded_at TEXT,
    resolved_at  TEXT,
    resolution   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    device_id    TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX complaint_debtor ON complaint(debtor_id, opened_at);
CREATE INDEX complaint_client_status ON complaint(client_id, status);

CREATE TABLE complaint_invoice (
    complaint_id TEXT NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
    invoice_id   TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    PRIMARY KEY (complaint_id, invoice_id)
) WITHOUT ROWID;
CREATE INDEX complaint_invoice_invoice ON complaint_invoice(invoice_id);

CREATE TABLE survey (
    id             TEXT PRIMARY KEY,
    debtor_id      TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    interaction_id TEXT REFERENCES interaction(id),
    csat           INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    ces            INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 7),
    nps            INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    comment        TEXT,
    device_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX survey_debtor ON survey(debtor_id, created_at);

CREATE TABLE task (
    id          TEXT PRIMARY KEY,
    debtor_id   TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    assigned_to TEXT REFERENCES app_user(id),
    kind        TEXT NOT NULL CHECK (kind IN ('callback', 'caring', 'reminder', 'installment', 'promise', 'close_the_loop', 'review', 'approval', 'formal_notice')),
    due_at      TEXT NOT NULL,          -- UTC instant, or a date for all-day items
    reason      TEXT,
    related_id  TEXT,                   -- plan, promise, complaint... the task is about
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    created_by  TEXT REFERENCES app_user(id),
    done_at     TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    device_id   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX task_assignee_open ON task(assigned_to, due_at) WHERE status = 'open';
CREATE INDEX task_debtor ON task(debtor_id, due_at);

CREATE TABLE message_template (
    id          TEXT PRIMARY KEY,
    client_id   TEXT REFERENCES client(id),   -- NULL: shared by every client
    code        TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'letter')),
    language    TEXT NOT NULL DEFAULT 'it',
    title       TEXT NOT NULL,
    subject     TEXT,
    body        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    device_id   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (client_id, code, channel, language)
);

CREATE TABLE message (
    id           TEXT PRIMARY KEY,
    debtor_id    TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    template_id  TEXT REFERENCES message_template(id),
    contact_id   TEXT REFERENCES contact(id),
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'letter')),
    subject      TEXT,
    body         TEXT NOT NULL,
    outbox_path  TEXT,
    operator_id  TEXT REFERENCES app_user(id),
    device_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX message_debtor ON message(debtor_id, created_at);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     TEXT REFERENCES app_user(id),
    device_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    details     TEXT CHECK (details IS NULL OR json_valid(details))
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_at ON audit_log(at);

-- Derived, local: one row per debtor, kept current by the storage layer whenever an
-- invoice, allocation or payment of the debtor changes, and refreshed for every debtor
-- when the day changes (aging moves with the calendar).
CREATE TABLE debtor_summary (
    debtor_id           TEXT PRIMARY KEY REFERENCES debtor(id) ON DELETE CASCADE,
    client_id           TEXT NOT NULL,
    operator_id         TEXT,
    as_of               TEXT NOT NULL,
    outstanding_cents   INTEGER NOT NULL DEFAULT 0,
    overdue_cents       INTEGER NOT NULL DEFAULT 0,
    oldest_overdue_due  TEXT,
    aging_0_30_cents    INTEGER NOT NULL DEFAULT 0,
    aging_31_60_cents   INTEGER NOT NULL DEFAULT 0,
    aging_61_90_cents   INTEGER NOT NULL DEFAULT 0,
    aging_91_180_cents  INTEGER NOT NULL DEFAULT 0,
    aging_181_360_cents INTEGER NOT NULL DEFAULT 0,
    aging_over_360_cents INTEGER NOT NULL DEFAULT 0,
    open_invoices       INTEGER NOT NULL DEFAULT 0,
    next_due_date       TEXT,           -- earliest unpaid bill not yet due (caring)
    credit_cents        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX summary_scope_outstanding ON debtor_summary(client_id, operator_id, outstanding_cents);
CREATE INDEX summary_scope_overdue ON debtor_summary(client_id, operator_id, overdue_cents);
CREATE INDEX summary_scope_oldest ON debtor_summary(client_id, operator_id, oldest_overdue_due);

-- Sync state: what this device last exported to / imported from each peer.
CREATE TABLE sync_peer (
    device_id          TEXT PRIMARY KEY,
    name               TEXT,
    last_export_seq    INTEGER NOT NULL DEFAULT 0,
    last_import_seq    INTEGER NOT NULL DEFAULT 0,
    last_export_at     TEXT,
    last_import_at     TEXT
);

-- Every overwritten value when two devices changed the same mutable row.
CREATE TABLE conflict_log (
    id             TEXT PRIMARY KEY,
    at             TEXT NOT NULL,
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    winner_device  TEXT NOT NULL,
    winner_version INTEGER NOT NULL,
    loser_device   TEXT NOT NULL,
    loser_version  INTEGER NOT NULL,
    loser_values   TEXT NOT NULL CHECK (json_valid(loser_values)),
    reviewed_by    TEXT REFERENCES app_user(id),
    reviewed_at    TEXT
);
CREATE INDEX conflict_unreviewed ON conflict_log(at) WHERE reviewed_at IS NULL;
