-- Schema 18: the client's contract, for the commission statement of the periodic report
-- (issue "Reports"): a fixed management fee per month and a success fee on what was
-- collected, in basis points; and the language the client reads its reports in. Client
-- settings like the others: an administrator's, stamped per field and replicated.
ALTER TABLE client ADD COLUMN monthly_fee_cents INTEGER NOT NULL DEFAULT 0
    CHECK (monthly_fee_cents >= 0);
ALTER TABLE client ADD COLUMN success_fee_bp INTEGER NOT NULL DEFAULT 0
    CHECK (success_fee_bp BETWEEN 0 AND 10000);
ALTER TABLE client ADD COLUMN report_language TEXT NOT NULL DEFAULT 'it'
    CHECK (report_language IN ('it', 'en'));

-- The client's stamp trigger covers the new settings.
DROP TRIGGER sync_stamp_client;
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
     OR OLD.mandate_ended_on IS NOT NEW.mandate_ended_on
     OR OLD.retention_months IS NOT NEW.retention_months
     OR OLD.monthly_fee_cents IS NOT NEW.monthly_fee_cents
     OR OLD.success_fee_bp IS NOT NEW.success_fee_bp
     OR OLD.report_language IS NOT NEW.report_language
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
          UNION ALL SELECT 'mandate_ended_on' WHERE OLD.mandate_ended_on IS NOT NEW.mandate_ended_on
          UNION ALL SELECT 'retention_months' WHERE OLD.retention_months IS NOT NEW.retention_months
          UNION ALL SELECT 'monthly_fee_cents' WHERE OLD.monthly_fee_cents IS NOT NEW.monthly_fee_cents
          UNION ALL SELECT 'success_fee_bp' WHERE OLD.success_fee_bp IS NOT NEW.success_fee_bp
          UNION ALL SELECT 'report_language' WHERE OLD.report_language IS NOT NEW.report_language
          UNION ALL SELECT 'updated_by' WHERE OLD.updated_by IS NOT NEW.updated_by) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;
-- The survey comments a team lead chose to quote in the client's periodic report, in the
-- debtors' own words. A choice made where the report is prepared: not replicated.
CREATE TABLE report_quote (
    survey_id TEXT PRIMARY KEY REFERENCES survey(id) ON DELETE CASCADE,
    chosen_by TEXT NOT NULL,
    chosen_at TEXT NOT NULL
) WITHOUT ROWID;
