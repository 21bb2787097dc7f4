-- Schema 12: per-field hybrid logical clocks (issue 16, README "Replication model").
--
-- Rows resolved whole by "newer version wins" could not tell a relayed old edit from a new
-- one, and two offices editing different fields of a row lost one edit. Now every write of
-- a replicated field is stamped in field_stamp: an HLC value (wall-clock milliseconds times
-- 65536, plus a counter; never below anything this store has received, see hlc_clock), the
-- device that wrote it, and what the writer knew of that field (JSON object: device ->
-- latest stamp seen, its own included). A field with no row here has the birth stamp: the
-- value it was created with (or had before schema 12). The merge that uses the stamps is
-- FieldMerge in models/domain; SyncBundle carries the stamps of the rows it carries.
--
-- The stamp triggers are generated from the columns of each mutable table (id, version,
-- device_id, updated_at and the derived paid amounts are not stamped): a schema step that
-- adds a replicated column must recreate its table's trigger. They are named sync_stamp_*
-- so that a bulk load that suspends the change log's triggers suspends them too (rows born
-- in bulk carry birth stamps), and they stay silent while a bundle is applied
-- (sync_applying holds a row then): merged values keep the stamps they arrived with.
CREATE TABLE field_stamp (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device    TEXT NOT NULL,
    seen      TEXT NOT NULL CHECK (json_valid(seen)),
    -- Protective columns (do-not-contact, hold, vulnerability, opt-out, denied consent): the
    -- sets no clear has seen yet, JSON array of [device, stamp, value]. A set written here
    -- replaces the tags it saw with its own; a clear leaves none (FieldMerge, observed-remove).
    live      TEXT CHECK (live IS NULL OR json_valid(live)),
    -- Rows that give power (client, app_user): the user who wrote the value (the row's
    -- updated_by in the same write), so the receiver checks the author of each field it takes.
    author    TEXT,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

CREATE TABLE hlc_clock (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO hlc_clock(id, last) VALUES (1, 0);

CREATE TABLE sync_applying (id INTEGER PRIMARY KEY CHECK (id = 1));

-- The conflict log replicates with its review state (a conflict is the same row wherever it
-- is found: its id is derived from the losing value's stamp); its client decides which
-- devices receive it.
ALTER TABLE conflict_log ADD COLUMN client_id TEXT;
ALTER TABLE conflict_log ADD COLUMN field TEXT;
CREATE TRIGGER sync_conflict_log_ins AFTER INSERT ON conflict_log BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('conflict_log', NEW.id);
END;
CREATE TRIGGER sync_conflict_log_upd AFTER UPDATE ON conflict_log BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('conflict_log', NEW.id);
END;

CREATE TRIGGER sync_stamp_client AFTER UPDATE ON client
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.code IS NOT NEW.code
     OR OLD.name IS NOT NEW.name
     OR OLD.vat_number IS NOT NEW.vat_number
     OR OLD.iban IS NOT NEW.iban
     OR OLD.pagopa_creditor_code IS NOT NEW.pagopa_creditor_code
     OR OLD.support_phone IS NOT NEW.support_phone
     OR OLD.support_email IS NOT NEW.support_email
     OR OLD.max_installments IS NOT NEW.max_installments
     OR OLD.min_installment_cents IS NOT NEW.min_installment_cents
     OR OLD.max_plan_months IS NOT NEW.max_plan_months
     OR OLD.operator_discount_bp IS NOT NEW.operator_discount_bp
     OR OLD.teamlead_discount_bp IS NOT NEW.teamlead_discount_bp
     OR OLD.protected_minimum_cents IS NOT NEW.protected_minimum_cents
     OR OLD.caring_window_days IS NOT NEW.caring_window_days
     OR OLD.formal_notice_days IS NOT NEW.formal_notice_days
     OR OLD.missed_installments_to_break IS NOT NEW.missed_installments_to_break
     OR OLD.days_late_to_break IS NOT NEW.days_late_to_break
     OR OLD.max_conversations_per_day IS NOT NEW.max_conversations_per_day
     OR OLD.contact_windows IS NOT NEW.contact_windows
     OR OLD.escalation_ladder IS NOT NEW.escalation_ladder
     OR OLD.payment_channels IS NOT NEW.payment_channels
     OR OLD.assignment_rule IS NOT NEW.assignment_rule
     OR OLD.idle_lock_minutes IS NOT NEW.idle_lock_minutes
     OR OLD.updated_by IS NOT NEW.updated_by)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen, author)
    SELECT 'client', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last), NEW.updated_by
    FROM (SELECT 'code' AS field WHERE OLD.code IS NOT NEW.code
          UNION ALL SELECT 'name' WHERE OLD.name IS NOT NEW.name
          UNION ALL SELECT 'vat_number' WHERE OLD.vat_number IS NOT NEW.vat_number
          UNION ALL SELECT 'iban' WHERE OLD.iban IS NOT NEW.iban
          UNION ALL SELECT 'pagopa_creditor_code' WHERE OLD.pagopa_creditor_code IS NOT NEW.pagopa_creditor_code
          UNION ALL SELECT 'support_phone' WHERE OLD.support_phone IS NOT NEW.support_phone
          UNION ALL SELECT 'support_email' WHERE OLD.support_email IS NOT NEW.support_email
          UNION ALL SELECT 'max_installments' WHERE OLD.max_installments IS NOT NEW.max_installments
          UNION ALL SELECT 'min_installment_cents' WHERE OLD.min_installment_cents IS NOT NEW.min_installment_cents
          UNION ALL SELECT 'max_plan_months' WHERE OLD.max_plan_months IS NOT NEW.max_plan_months
          UNION ALL SELECT 'operator_discount_bp' WHERE OLD.operator_discount_bp IS NOT NEW.operator_discount_bp
          UNION ALL SELECT 'teamlead_discount_bp' WHERE OLD.teamlead_discount_bp IS NOT NEW.teamlead_discount_bp
          UNION ALL SELECT 'protected_minimum_cents' WHERE OLD.protected_minimum_cents IS NOT NEW.protected_minimum_cents
          UNION ALL SELECT 'caring_window_days' WHERE OLD.caring_window_days IS NOT NEW.caring_window_days
          UNION ALL SELECT 'formal_notice_days' WHERE OLD.formal_notice_days IS NOT NEW.formal_notice_days
          UNION ALL SELECT 'missed_installments_to_break' WHERE OLD.missed_installments_to_break IS NOT NEW.missed_installments_to_break
          UNION ALL SELECT 'days_late_to_break' WHERE OLD.days_late_to_break IS NOT NEW.days_late_to_break
          UNION ALL SELECT 'max_conversations_per_day' WHERE OLD.max_conversations_per_day IS NOT NEW.max_conversations_per_day
          UNION ALL SELECT 'contact_windows' WHERE OLD.contact_windows IS NOT NEW.contact_windows
          UNION ALL SELECT 'escalation_ladder' WHERE OLD.escalation_ladder IS NOT NEW.escalation_ladder
          UNION ALL SELECT 'payment_channels' WHERE OLD.payment_channels IS NOT NEW.payment_channels
          UNION ALL SELECT 'assignment_rule' WHERE OLD.assignment_rule IS NOT NEW.assignment_rule
          UNION ALL SELECT 'idle_lock_minutes' WHERE OLD.idle_lock_minutes IS NOT NEW.idle_lock_minutes
          UNION ALL SELECT 'updated_by' WHERE OLD.updated_by IS NOT NEW.updated_by) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_app_user AFTER UPDATE ON app_user
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.username IS NOT NEW.username
     OR OLD.display_name IS NOT NEW.display_name
     OR OLD.role IS NOT NEW.role
     OR OLD.client_id IS NOT NEW.client_id
     OR OLD.password_hash IS NOT NEW.password_hash
     OR OLD.phone IS NOT NEW.phone
     OR OLD.email IS NOT NEW.email
     OR OLD.active IS NOT NEW.active
     OR OLD.must_change_password IS NOT NEW.must_change_password
     OR OLD.updated_by IS NOT NEW.updated_by)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen, author)
    SELECT 'app_user', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last), NEW.updated_by
    FROM (SELECT 'username' AS field WHERE OLD.username IS NOT NEW.username
          UNION ALL SELECT 'display_name' WHERE OLD.display_name IS NOT NEW.display_name
          UNION ALL SELECT 'role' WHERE OLD.role IS NOT NEW.role
          UNION ALL SELECT 'client_id' WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'password_hash' WHERE OLD.password_hash IS NOT NEW.password_hash
          UNION ALL SELECT 'phone' WHERE OLD.phone IS NOT NEW.phone
          UNION ALL SELECT 'email' WHERE OLD.email IS NOT NEW.email
          UNION ALL SELECT 'active' WHERE OLD.active IS NOT NEW.active
          UNION ALL SELECT 'must_change_password' WHERE OLD.must_change_password IS NOT NEW.must_change_password
          UNION ALL SELECT 'updated_by' WHERE OLD.updated_by IS NOT NEW.updated_by) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_debtor AFTER UPDATE ON debtor
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.customer_code IS NOT NEW.customer_code
     OR OLD.kind IS NOT NEW.kind
     OR OLD.first_name IS NOT NEW.first_name
     OR OLD.last_name IS NOT NEW.last_name
     OR OLD.company_name IS NOT NEW.company_name
     OR OLD.display_name IS NOT NEW.display_name
     OR OLD.tax_code IS NOT NEW.tax_code
     OR OLD.vat_number IS NOT NEW.vat_number
     OR OLD.birth_date IS NOT NEW.birth_date
     OR OLD.language IS NOT NEW.language
     OR OLD.address IS NOT NEW.address
     OR OLD.postal_code IS NOT NEW.postal_code
     OR OLD.city IS NOT NEW.city
     OR OLD.province IS NOT NEW.province
     OR OLD.assigned_operator_id IS NOT NEW.assigned_operator_id
     OR OLD.assigned_since IS NOT NEW.assigned_since
     OR OLD.vulnerability IS NOT NEW.vulnerability
     OR OLD.vulnerability_note IS NOT NEW.vulnerability_note
     OR OLD.vulnerability_consent IS NOT NEW.vulnerability_consent
     OR OLD.do_not_contact IS NOT NEW.do_not_contact
     OR OLD.hold_reason IS NOT NEW.hold_reason
     OR OLD.hold_until IS NOT NEW.hold_until
     OR OLD.notes IS NOT NEW.notes
     OR OLD.iban IS NOT NEW.iban)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen, live)
    SELECT 'debtor', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last),
           CASE f.field
               WHEN 'do_not_contact' THEN CASE WHEN coalesce(NEW.do_not_contact, 0) <> 0 THEN json_array(json_array(d.value, h.last, NEW.do_not_contact)) ELSE '[]' END
               WHEN 'hold_reason' THEN CASE WHEN coalesce(NEW.hold_reason, '') <> '' THEN json_array(json_array(d.value, h.last, NEW.hold_reason)) ELSE '[]' END
               WHEN 'vulnerability' THEN CASE WHEN coalesce(NEW.vulnerability, '') <> '' THEN json_array(json_array(d.value, h.last, NEW.vulnerability)) ELSE '[]' END
           END
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'customer_code' WHERE OLD.customer_code IS NOT NEW.customer_code
          UNION ALL SELECT 'kind' WHERE OLD.kind IS NOT NEW.kind
          UNION ALL SELECT 'first_name' WHERE OLD.first_name IS NOT NEW.first_name
          UNION ALL SELECT 'last_name' WHERE OLD.last_name IS NOT NEW.last_name
          UNION ALL SELECT 'company_name' WHERE OLD.company_name IS NOT NEW.company_name
          UNION ALL SELECT 'display_name' WHERE OLD.display_name IS NOT NEW.display_name
          UNION ALL SELECT 'tax_code' WHERE OLD.tax_code IS NOT NEW.tax_code
          UNION ALL SELECT 'vat_number' WHERE OLD.vat_number IS NOT NEW.vat_number
          UNION ALL SELECT 'birth_date' WHERE OLD.birth_date IS NOT NEW.birth_date
          UNION ALL SELECT 'language' WHERE OLD.language IS NOT NEW.language
          UNION ALL SELECT 'address' WHERE OLD.address IS NOT NEW.address
          UNION ALL SELECT 'postal_code' WHERE OLD.postal_code IS NOT NEW.postal_code
          UNION ALL SELECT 'city' WHERE OLD.city IS NOT NEW.city
          UNION ALL SELECT 'province' WHERE OLD.province IS NOT NEW.province
          UNION ALL SELECT 'assigned_operator_id' WHERE OLD.assigned_operator_id IS NOT NEW.assigned_operator_id
          UNION ALL SELECT 'assigned_since' WHERE OLD.assigned_since IS NOT NEW.assigned_since
          UNION ALL SELECT 'vulnerability' WHERE OLD.vulnerability IS NOT NEW.vulnerability
          UNION ALL SELECT 'vulnerability_note' WHERE OLD.vulnerability_note IS NOT NEW.vulnerability_note
          UNION ALL SELECT 'vulnerability_consent' WHERE OLD.vulnerability_consent IS NOT NEW.vulnerability_consent
          UNION ALL SELECT 'do_not_contact' WHERE OLD.do_not_contact IS NOT NEW.do_not_contact
          UNION ALL SELECT 'hold_reason' WHERE OLD.hold_reason IS NOT NEW.hold_reason
          UNION ALL SELECT 'hold_until' WHERE OLD.hold_until IS NOT NEW.hold_until
          UNION ALL SELECT 'notes' WHERE OLD.notes IS NOT NEW.notes
          UNION ALL SELECT 'iban' WHERE OLD.iban IS NOT NEW.iban) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_contact AFTER UPDATE ON contact
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.kind IS NOT NEW.kind
     OR OLD.value IS NOT NEW.value
     OR OLD.label IS NOT NEW.label
     OR OLD.owner IS NOT NEW.owner
     OR OLD.verified IS NOT NEW.verified
     OR OLD.consent IS NOT NEW.consent
     OR OLD.opt_out IS NOT NEW.opt_out
     OR OLD.preferred IS NOT NEW.preferred)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen, live)
    SELECT 'contact', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last),
           CASE f.field
               WHEN 'opt_out' THEN CASE WHEN coalesce(NEW.opt_out, 0) <> 0 THEN json_array(json_array(d.value, h.last, NEW.opt_out)) ELSE '[]' END
               WHEN 'consent' THEN CASE WHEN NEW.consent = 'denied' THEN json_array(json_array(d.value, h.last, NEW.consent)) ELSE '[]' END
           END
    FROM (SELECT 'debtor_id' AS field WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'kind' WHERE OLD.kind IS NOT NEW.kind
          UNION ALL SELECT 'value' WHERE OLD.value IS NOT NEW.value
          UNION ALL SELECT 'label' WHERE OLD.label IS NOT NEW.label
          UNION ALL SELECT 'owner' WHERE OLD.owner IS NOT NEW.owner
          UNION ALL SELECT 'verified' WHERE OLD.verified IS NOT NEW.verified
          UNION ALL SELECT 'consent' WHERE OLD.consent IS NOT NEW.consent
          UNION ALL SELECT 'opt_out' WHERE OLD.opt_out IS NOT NEW.opt_out
          UNION ALL SELECT 'preferred' WHERE OLD.preferred IS NOT NEW.preferred) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_supply AFTER UPDATE ON supply
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.service IS NOT NEW.service
     OR OLD.point_code IS NOT NEW.point_code
     OR OLD.address IS NOT NEW.address
     OR OLD.billing_frequency IS NOT NEW.billing_frequency
     OR OLD.start_date IS NOT NEW.start_date
     OR OLD.end_date IS NOT NEW.end_date)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'supply', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'debtor_id' AS field WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'service' WHERE OLD.service IS NOT NEW.service
          UNION ALL SELECT 'point_code' WHERE OLD.point_code IS NOT NEW.point_code
          UNION ALL SELECT 'address' WHERE OLD.address IS NOT NEW.address
          UNION ALL SELECT 'billing_frequency' WHERE OLD.billing_frequency IS NOT NEW.billing_frequency
          UNION ALL SELECT 'start_date' WHERE OLD.start_date IS NOT NEW.start_date
          UNION ALL SELECT 'end_date' WHERE OLD.end_date IS NOT NEW.end_date) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_invoice AFTER UPDATE ON invoice
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.supply_id IS NOT NEW.supply_id
     OR OLD.number IS NOT NEW.number
     OR OLD.issue_date IS NOT NEW.issue_date
     OR OLD.due_date IS NOT NEW.due_date
     OR OLD.amount_cents IS NOT NEW.amount_cents
     OR OLD.pagopa_notice IS NOT NEW.pagopa_notice
     OR OLD.delivery_channel IS NOT NEW.delivery_channel
     OR OLD.receipt_confirmed IS NOT NEW.receipt_confirmed
     OR OLD.receipt_confirmed_at IS NOT NEW.receipt_confirmed_at
     OR OLD.prescription_covered IS NOT NEW.prescription_covered
     OR OLD.cancelled IS NOT NEW.cancelled
     OR OLD.client_paid_cents IS NOT NEW.client_paid_cents)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'invoice', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'debtor_id' WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'supply_id' WHERE OLD.supply_id IS NOT NEW.supply_id
          UNION ALL SELECT 'number' WHERE OLD.number IS NOT NEW.number
          UNION ALL SELECT 'issue_date' WHERE OLD.issue_date IS NOT NEW.issue_date
          UNION ALL SELECT 'due_date' WHERE OLD.due_date IS NOT NEW.due_date
          UNION ALL SELECT 'amount_cents' WHERE OLD.amount_cents IS NOT NEW.amount_cents
          UNION ALL SELECT 'pagopa_notice' WHERE OLD.pagopa_notice IS NOT NEW.pagopa_notice
          UNION ALL SELECT 'delivery_channel' WHERE OLD.delivery_channel IS NOT NEW.delivery_channel
          UNION ALL SELECT 'receipt_confirmed' WHERE OLD.receipt_confirmed IS NOT NEW.receipt_confirmed
          UNION ALL SELECT 'receipt_confirmed_at' WHERE OLD.receipt_confirmed_at IS NOT NEW.receipt_confirmed_at
          UNION ALL SELECT 'prescription_covered' WHERE OLD.prescription_covered IS NOT NEW.prescription_covered
          UNION ALL SELECT 'cancelled' WHERE OLD.cancelled IS NOT NEW.cancelled
          UNION ALL SELECT 'client_paid_cents' WHERE OLD.client_paid_cents IS NOT NEW.client_paid_cents) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_plan AFTER UPDATE ON plan
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.kind IS NOT NEW.kind
     OR OLD.status IS NOT NEW.status
     OR OLD.total_cents IS NOT NEW.total_cents
     OR OLD.discount_cents IS NOT NEW.discount_cents
     OR OLD.down_payment_cents IS NOT NEW.down_payment_cents
     OR OLD.installment_count IS NOT NEW.installment_count
     OR OLD.frequency IS NOT NEW.frequency
     OR OLD.first_due IS NOT NEW.first_due
     OR OLD.affordability IS NOT NEW.affordability
     OR OLD.override_reason IS NOT NEW.override_reason
     OR OLD.created_by IS NOT NEW.created_by
     OR OLD.approved_by IS NOT NEW.approved_by
     OR OLD.approved_at IS NOT NEW.approved_at
     OR OLD.replaces_plan_id IS NOT NEW.replaces_plan_id
     OR OLD.closed_at IS NOT NEW.closed_at
     OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'plan', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'debtor_id' WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'kind' WHERE OLD.kind IS NOT NEW.kind
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status
          UNION ALL SELECT 'total_cents' WHERE OLD.total_cents IS NOT NEW.total_cents
          UNION ALL SELECT 'discount_cents' WHERE OLD.discount_cents IS NOT NEW.discount_cents
          UNION ALL SELECT 'down_payment_cents' WHERE OLD.down_payment_cents IS NOT NEW.down_payment_cents
          UNION ALL SELECT 'installment_count' WHERE OLD.installment_count IS NOT NEW.installment_count
          UNION ALL SELECT 'frequency' WHERE OLD.frequency IS NOT NEW.frequency
          UNION ALL SELECT 'first_due' WHERE OLD.first_due IS NOT NEW.first_due
          UNION ALL SELECT 'affordability' WHERE OLD.affordability IS NOT NEW.affordability
          UNION ALL SELECT 'override_reason' WHERE OLD.override_reason IS NOT NEW.override_reason
          UNION ALL SELECT 'created_by' WHERE OLD.created_by IS NOT NEW.created_by
          UNION ALL SELECT 'approved_by' WHERE OLD.approved_by IS NOT NEW.approved_by
          UNION ALL SELECT 'approved_at' WHERE OLD.approved_at IS NOT NEW.approved_at
          UNION ALL SELECT 'replaces_plan_id' WHERE OLD.replaces_plan_id IS NOT NEW.replaces_plan_id
          UNION ALL SELECT 'closed_at' WHERE OLD.closed_at IS NOT NEW.closed_at
          UNION ALL SELECT 'created_at' WHERE OLD.created_at IS NOT NEW.created_at) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_installment AFTER UPDATE ON installment
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.plan_id IS NOT NEW.plan_id
     OR OLD.seq IS NOT NEW.seq
     OR OLD.due_date IS NOT NEW.due_date
     OR OLD.amount_cents IS NOT NEW.amount_cents
     OR OLD.status IS NOT NEW.status)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'installment', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'plan_id' AS field WHERE OLD.plan_id IS NOT NEW.plan_id
          UNION ALL SELECT 'seq' WHERE OLD.seq IS NOT NEW.seq
          UNION ALL SELECT 'due_date' WHERE OLD.due_date IS NOT NEW.due_date
          UNION ALL SELECT 'amount_cents' WHERE OLD.amount_cents IS NOT NEW.amount_cents
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_promise AFTER UPDATE ON promise
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.interaction_id IS NOT NEW.interaction_id
     OR OLD.amount_cents IS NOT NEW.amount_cents
     OR OLD.due_date IS NOT NEW.due_date
     OR OLD.channel IS NOT NEW.channel
     OR OLD.status IS NOT NEW.status
     OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'promise', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'debtor_id' AS field WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'interaction_id' WHERE OLD.interaction_id IS NOT NEW.interaction_id
          UNION ALL SELECT 'amount_cents' WHERE OLD.amount_cents IS NOT NEW.amount_cents
          UNION ALL SELECT 'due_date' WHERE OLD.due_date IS NOT NEW.due_date
          UNION ALL SELECT 'channel' WHERE OLD.channel IS NOT NEW.channel
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status
          UNION ALL SELECT 'created_at' WHERE OLD.created_at IS NOT NEW.created_at) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_complaint AFTER UPDATE ON complaint
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.category IS NOT NEW.category
     OR OLD.description IS NOT NEW.description
     OR OLD.status IS NOT NEW.status
     OR OLD.opened_by IS NOT NEW.opened_by
     OR OLD.opened_at IS NOT NEW.opened_at
     OR OLD.forwarded_at IS NOT NEW.forwarded_at
     OR OLD.resolved_at IS NOT NEW.resolved_at
     OR OLD.resolution IS NOT NEW.resolution)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'complaint', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'debtor_id' WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'category' WHERE OLD.category IS NOT NEW.category
          UNION ALL SELECT 'description' WHERE OLD.description IS NOT NEW.description
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status
          UNION ALL SELECT 'opened_by' WHERE OLD.opened_by IS NOT NEW.opened_by
          UNION ALL SELECT 'opened_at' WHERE OLD.opened_at IS NOT NEW.opened_at
          UNION ALL SELECT 'forwarded_at' WHERE OLD.forwarded_at IS NOT NEW.forwarded_at
          UNION ALL SELECT 'resolved_at' WHERE OLD.resolved_at IS NOT NEW.resolved_at
          UNION ALL SELECT 'resolution' WHERE OLD.resolution IS NOT NEW.resolution) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_task AFTER UPDATE ON task
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.assigned_to IS NOT NEW.assigned_to
     OR OLD.kind IS NOT NEW.kind
     OR OLD.due_at IS NOT NEW.due_at
     OR OLD.reason IS NOT NEW.reason
     OR OLD.related_id IS NOT NEW.related_id
     OR OLD.status IS NOT NEW.status
     OR OLD.created_by IS NOT NEW.created_by
     OR OLD.done_at IS NOT NEW.done_at
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.reason_code IS NOT NEW.reason_code
     OR OLD.reason_args IS NOT NEW.reason_args)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'task', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'debtor_id' AS field WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'assigned_to' WHERE OLD.assigned_to IS NOT NEW.assigned_to
          UNION ALL SELECT 'kind' WHERE OLD.kind IS NOT NEW.kind
          UNION ALL SELECT 'due_at' WHERE OLD.due_at IS NOT NEW.due_at
          UNION ALL SELECT 'reason' WHERE OLD.reason IS NOT NEW.reason
          UNION ALL SELECT 'related_id' WHERE OLD.related_id IS NOT NEW.related_id
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status
          UNION ALL SELECT 'created_by' WHERE OLD.created_by IS NOT NEW.created_by
          UNION ALL SELECT 'done_at' WHERE OLD.done_at IS NOT NEW.done_at
          UNION ALL SELECT 'created_at' WHERE OLD.created_at IS NOT NEW.created_at
          UNION ALL SELECT 'reason_code' WHERE OLD.reason_code IS NOT NEW.reason_code
          UNION ALL SELECT 'reason_args' WHERE OLD.reason_args IS NOT NEW.reason_args) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

CREATE TRIGGER sync_stamp_message_template AFTER UPDATE ON message_template
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.code IS NOT NEW.code
     OR OLD.channel IS NOT NEW.channel
     OR OLD.language IS NOT NEW.language
     OR OLD.title IS NOT NEW.title
     OR OLD.subject IS NOT NEW.subject
     OR OLD.body IS NOT NEW.body)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'message_template', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'code' WHERE OLD.code IS NOT NEW.code
          UNION ALL SELECT 'channel' WHERE OLD.channel IS NOT NEW.channel
          UNION ALL SELECT 'language' WHERE OLD.language IS NOT NEW.language
          UNION ALL SELECT 'title' WHERE OLD.title IS NOT NEW.title
          UNION ALL SELECT 'subject' WHERE OLD.subject IS NOT NEW.subject
          UNION ALL SELECT 'body' WHERE OLD.body IS NOT NEW.body) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;

-- The change log's update triggers stay silent while a bundle is applied too: the merge logs
-- each row it writes itself, once, as received or (when the row now holds something the
-- sender lacks) as local work, and values derived during the apply (paid amounts, plan and
-- promise states) are recomputed at every store and need not travel. One insert per merged
-- row instead of two (a bundle of 20,000 debtors).

DROP TRIGGER sync_client_upd;
CREATE TRIGGER sync_client_upd AFTER UPDATE ON client
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'client', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'client' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_app_user_upd;
CREATE TRIGGER sync_app_user_upd AFTER UPDATE ON app_user
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'app_user', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'app_user' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_debtor_upd;
CREATE TRIGGER sync_debtor_upd AFTER UPDATE ON debtor
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'debtor', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'debtor' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_contact_upd;
CREATE TRIGGER sync_contact_upd AFTER UPDATE ON contact
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'contact', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'contact' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_supply_upd;
CREATE TRIGGER sync_supply_upd AFTER UPDATE ON supply
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'supply', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'supply' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_invoice_upd;
CREATE TRIGGER sync_invoice_upd AFTER UPDATE ON invoice
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'invoice', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'invoice' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_plan_upd;
CREATE TRIGGER sync_plan_upd AFTER UPDATE ON plan
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'plan', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'plan' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_installment_upd;
CREATE TRIGGER sync_installment_upd AFTER UPDATE ON installment
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'installment', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'installment' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_promise_upd;
CREATE TRIGGER sync_promise_upd AFTER UPDATE ON promise
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'promise', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'promise' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_complaint_upd;
CREATE TRIGGER sync_complaint_upd AFTER UPDATE ON complaint
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'complaint', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'complaint' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_task_upd;
CREATE TRIGGER sync_task_upd AFTER UPDATE ON task
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'task', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'task' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

DROP TRIGGER sync_message_template_upd;
CREATE TRIGGER sync_message_template_upd AFTER UPDATE ON message_template
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'message_template', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'message_template' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;
