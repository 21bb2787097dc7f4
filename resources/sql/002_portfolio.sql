-- Schema 2: the portfolio row and the search index.
--
-- debtor_summary becomes the materialised portfolio row: everything the portfolio list,
-- its filters, sorts and KPIs need, one row per debtor, so that every list query reads a
-- single table through an index (sort by any column, keyset paging, counts for filters).
-- Its rowid is the debtor's rowid, shared with search_index. It is derived and local: the
-- storage layer rewrites a debtor's row in the transaction that changes the debtor's
-- bills, payments, plans, promises, calls, tasks, contacts or flags, and every row when the
-- day changes. Sentinels instead of NULL keep keyset comparisons simple: '9999-12-31' for
-- "no date ahead" (sorts last ascending), '' for "never" (sorts last descending).

DROP TABLE debtor_summary;
CREATE TABLE debtor_summary (
    rowid                INTEGER PRIMARY KEY,        -- = debtor.rowid
    debtor_id            TEXT NOT NULL UNIQUE REFERENCES debtor(id) ON DELETE CASCADE,
    client_id            TEXT NOT NULL,
    operator_id          TEXT NOT NULL DEFAULT '',
    display_name         TEXT NOT NULL COLLATE NOCASE,
    customer_code        TEXT NOT NULL,
    city                 TEXT NOT NULL DEFAULT '',
    province             TEXT NOT NULL DEFAULT '',
    as_of                TEXT NOT NULL,
    outstanding_cents    INTEGER NOT NULL DEFAULT 0,
    overdue_cents        INTEGER NOT NULL DEFAULT 0,
    oldest_overdue_due   TEXT NOT NULL DEFAULT '9999-12-31',
    aging_bucket         INTEGER NOT NULL DEFAULT -1, -- -1 none, 0 = 0-30 ... 5 = >360
    aging_0_30_cents     INTEGER NOT NULL DEFAULT 0,
    aging_31_60_cents    INTEGER NOT NULL DEFAULT 0,
    aging_61_90_cents    INTEGER NOT NULL DEFAULT 0,
    aging_91_180_cents   INTEGER NOT NULL DEFAULT 0,
    aging_181_360_cents  INTEGER NOT NULL DEFAULT 0,
    aging_over_360_cents INTEGER NOT NULL DEFAULT 0,
    open_invoices        INTEGER NOT NULL DEFAULT 0,
    next_due_date        TEXT NOT NULL DEFAULT '9999-12-31', -- earliest unpaid bill not yet due
    caring_due           TEXT NOT NULL DEFAULT '9999-12-31', -- same, receipt not confirmed
    credit_cents         INTEGER NOT NULL DEFAULT 0,
    billed_90d_cents     INTEGER NOT NULL DEFAULT 0,  -- billed in the last 90 days (DSO)
    stage                TEXT NOT NULL DEFAULT '',    -- escalation ladder stage code
    stage_rank           INTEGER NOT NULL DEFAULT 0,
    plan_status          TEXT NOT NULL DEFAULT '',    -- active, awaiting_approval, broken
    promise_status       TEXT NOT NULL DEFAULT '',    -- open, due_today, broken
    next_action_kind     TEXT NOT NULL DEFAULT '',
    next_action_at       TEXT NOT NULL DEFAULT '9999-12-31',
    last_contact_at      TEXT NOT NULL DEFAULT '',
    last_outcome         TEXT NOT NULL DEFAULT '',
    last_emotion         TEXT NOT NULL DEFAULT '',
    csat_last            INTEGER NOT NULL DEFAULT 0,  -- 0 = no survey
    csat_previous        INTEGER NOT NULL DEFAULT 0,
    flags                INTEGER NOT NULL DEFAULT 0   -- 1 vulnerable, 2 hold/dispute,
                                                      -- 4 do not contact, 8 prescribed bills,
                                                      -- 16 unverified contacts only
);
-- Operator scope: (operator_id, sort key, rowid); team-lead scope: (client_id, sort key, rowid).
CREATE INDEX ps_op_name ON debtor_summary(operator_id, display_name, rowid);
CREATE INDEX ps_op_code ON debtor_summary(operator_id, customer_code, rowid);
CREATE INDEX ps_op_city ON debtor_summary(operator_id, city, rowid);
CREATE INDEX ps_op_outstanding ON debtor_summary(operator_id, outstanding_cents, rowid);
CREATE INDEX ps_op_overdue ON debtor_summary(operator_id, overdue_cents, rowid);
CREATE INDEX ps_op_oldest ON debtor_summary(operator_id, oldest_overdue_due, rowid);
CREATE INDEX ps_op_stage ON debtor_summary(operator_id, stage_rank, rowid);
CREATE INDEX ps_op_next ON debtor_summary(operator_id, next_action_at, rowid);
CREATE INDEX ps_op_contact ON debtor_summary(operator_id, last_contact_at, rowid);
CREATE INDEX ps_cl_name ON debtor_summary(client_id, display_name, rowid);
CREATE INDEX ps_cl_code ON debtor_summary(client_id, customer_code, rowid);
CREATE INDEX ps_cl_city ON debtor_summary(client_id, city, rowid);
CREATE INDEX ps_cl_outstanding ON debtor_summary(client_id, outstanding_cents, rowid);
CREATE INDEX ps_cl_overdue ON debtor_summary(client_id, overdue_cents, rowid);
CREATE INDEX ps_cl_oldest ON debtor_summary(client_id, oldest_overdue_due, rowid);
CREATE INDEX ps_cl_stage ON debtor_summary(client_id, stage_rank, rowid);
CREATE INDEX ps_cl_next ON debtor_summary(client_id, next_action_at, rowid);
CREATE INDEX ps_cl_contact ON debtor_summary(client_id, last_contact_at, rowid);
CREATE INDEX ps_op_plan ON debtor_summary(operator_id, plan_status, rowid);
CREATE INDEX ps_op_csat ON debtor_summary(operator_id, csat_last, rowid);
CREATE INDEX ps_op_flags ON debtor_summary(operator_id, flags, rowid);
CREATE INDEX ps_cl_plan ON debtor_summary(client_id, plan_status, rowid);
CREATE INDEX ps_cl_csat ON debtor_summary(client_id, csat_last, rowid);
CREATE INDEX ps_cl_flags ON debtor_summary(client_id, flags, rowid);
CREATE INDEX ps_cl_operator ON debtor_summary(client_id, operator_id, rowid);
-- Today's queue: reminders by stage and amount, caring calls by due date.
CREATE INDEX ps_op_queue ON debtor_summary(operator_id, stage_rank, overdue_cents);
CREATE INDEX ps_cl_queue ON debtor_summary(client_id, stage_rank, overdue_cents);
CREATE INDEX ps_op_caring ON debtor_summary(operator_id, caring_due);
CREATE INDEX ps_cl_caring ON debtor_summary(client_id, caring_due);

-- Full-text search over the words operators type to find a debtor: names (as written and
-- without apostrophes, so D'Angelo is found as "d angelo" and as "dangelo"), city and
-- e-mail addresses. rowid = debtor.rowid. unicode61 with remove_diacritics folds case and
-- accents (Nicolò = NICOLO = nicolo); prefix indexes keep 2- and 3-letter prefixes fast.
-- Codes and numbers (customer code, tax code, VAT number, phone, bill and PagoPA numbers)
-- are found through the B-tree indexes below instead: numeric prefixes shared by millions
-- of bills would make full-text doclists huge.
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
);

CREATE INDEX invoice_number ON invoice(number);
CREATE INDEX debtor_customer_code ON debtor(customer_code);
CREATE INDEX invoice_client_issue ON invoice(client_id, issue_date);
CREATE INDEX installment_plan_due ON installment(plan_id, due_date);
-- Today's queue starts from what is due (few rows) and then looks up the portfolio row.
DROP INDEX installment_open_due;
CREATE INDEX installment_unpaid_due ON installment(due_date) WHERE status IN ('open', 'late', 'missed');
CREATE INDEX task_open_due ON task(due_at) WHERE status = 'open';
