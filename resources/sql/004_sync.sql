-- Schema 4: import and offline sync.
--
-- change_log records, in local order, every row of a synced table that was inserted or
-- changed on this workstation or received from another one. An export carries the rows
-- logged after the last export's sequence, so its cost follows what changed, not the size
-- of the portfolio. For a mutable row the entry keeps its base: the version and device the
-- row had before the first local change since it was last received. A bundle carries the
-- base, so the receiver can tell a plain update (its copy is the base) from a conflict
-- (both sides changed the row) and keep the overwritten values in conflict_log.
-- Triggers write the log; bulk imports drop them inside their transaction and log the
-- loaded rows in one statement. Entries are appended; superseded ones are compacted away.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    base_version INTEGER NOT NULL DEFAULT 0,
    base_device  TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'remote'))
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id, seq);

-- Direct-debit account of the debtor, as the client's register gives it.
ALTER TABLE debtor ADD COLUMN iban TEXT;

-- Clients a peer serves (JSON array of client ids), learnt from its bundles.
ALTER TABLE sync_peer ADD COLUMN clients TEXT CHECK (clients IS NULL OR json_valid(clients));
ALTER TABLE sync_peer ADD COLUMN last_export_file TEXT;

-- Bundles applied here: a bundle seen again is reported and changes nothing.
CREATE TABLE sync_received (
    source_device TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    checksum      TEXT NOT NULL,
    applied_at    TEXT NOT NULL,
    rows_applied  INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source_device, sequence)
) WITHOUT ROWID;

-- Column mapping of a client's CSV files, saved by the import wizard (local setting).
CREATE TABLE import_mapping (
    client_id  TEXT NOT NULL REFERENCES client(id),
    kind       TEXT NOT NULL CHECK (kind IN ('debtors', 'invoices', 'payments')),
    mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (client_id, kind)
) WITHOUT ROWID;

-- Mutable rows: version and device decide; the entry keeps the base.
CREATE TRIGGER sync_client_ins AFTER INSERT ON client BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('client', NEW.id);
END;
CREATE TRIGGER sync_client_upd AFTER UPDATE ON client BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'client', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'client' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_app_user_ins AFTER INSERT ON app_user BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('app_user', NEW.id);
END;
CREATE TRIGGER sync_app_user_upd AFTER UPDATE ON app_user BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'app_user', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'app_user' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_debtor_ins AFTER INSERT ON debtor BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('debtor', NEW.id);
END;
CREATE TRIGGER sync_debtor_upd AFTER UPDATE ON debtor BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'debtor', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'debtor' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_contact_ins AFTER INSERT ON contact BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('contact', NEW.id);
END;
CREATE TRIGGER sync_contact_upd AFTER UPDATE ON contact BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'contact', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'contact' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_supply_ins AFTER INSERT ON supply BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('supply', NEW.id);
END;
CREATE TRIGGER sync_supply_upd AFTER UPDATE ON supply BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'supply', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'supply' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_invoice_ins AFTER INSERT ON invoice BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('invoice', NEW.id);
END;
CREATE TRIGGER sync_invoice_upd AFTER UPDATE ON invoice BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'invoice', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'invoice' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_plan_ins AFTER INSERT ON plan BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('plan', NEW.id);
END;
CREATE TRIGGER sync_plan_upd AFTER UPDATE ON plan BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'plan', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'plan' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_installment_ins AFTER INSERT ON installment BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('installment', NEW.id);
END;
CREATE TRIGGER sync_installment_upd AFTER UPDATE ON installment BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'installment', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'installment' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_promise_ins AFTER INSERT ON promise BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('promise', NEW.id);
END;
CREATE TRIGGER sync_promise_upd AFTER UPDATE ON promise BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'promise', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'promise' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_complaint_ins AFTER INSERT ON complaint BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('complaint', NEW.id);
END;
CREATE TRIGGER sync_complaint_upd AFTER UPDATE ON complaint BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'complaint', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'complaint' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_task_ins AFTER INSERT ON task BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('task', NEW.id);
END;
CREATE TRIGGER sync_task_upd AFTER UPDATE ON task BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'task', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'task' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

CREATE TRIGGER sync_message_template_ins AFTER INSERT ON message_template BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('message_template', NEW.id);
END;
CREATE TRIGGER sync_message_template_upd AFTER UPDATE ON message_template BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'message_template', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'message_template' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;

-- Append-only rows (an assignment only gains its end date) and link rows (by parent).
CREATE TRIGGER sync_assignment_ins AFTER INSERT ON assignment BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('assignment', NEW.id);
END;
CREATE TRIGGER sync_assignment_upd AFTER UPDATE ON assignment BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('assignment', NEW.id);
END;

CREATE TRIGGER sync_payment_ins AFTER INSERT ON payment BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('payment', NEW.id);
END;

CREATE TRIGGER sync_payment_allocation_ins AFTER INSERT ON payment_allocation BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('payment_allocation', NEW.id);
END;

CREATE TRIGGER sync_interaction_ins AFTER INSERT ON interaction BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('interaction', NEW.id);
END;

CREATE TRIGGER sync_survey_ins AFTER INSERT ON survey BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('survey', NEW.id);
END;

CREATE TRIGGER sync_message_ins AFTER INSERT ON message BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('message', NEW.id);
END;

CREATE TRIGGER sync_audit_log_ins AFTER INSERT ON audit_log BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('audit_log', NEW.id);
END;

CREATE TRIGGER sync_plan_invoice_ins AFTER INSERT ON plan_invoice BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('plan_invoice', NEW.plan_id);
END;

CREATE TRIGGER sync_complaint_invoice_ins AFTER INSERT ON complaint_invoice BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('complaint_invoice', NEW.complaint_id);
END;

-- Everything already in the store is part of the first export.
INSERT INTO change_log(entity, entity_id) SELECT 'client', id FROM client;
INSERT INTO change_log(entity, entity_id) SELECT 'app_user', id FROM app_user;
INSERT INTO change_log(entity, entity_id) SELECT 'debtor', id FROM debtor;
INSERT INTO change_log(entity, entity_id) SELECT 'contact', id FROM contact;
INSERT INTO change_log(entity, entity_id) SELECT 'supply', id FROM supply;
INSERT INTO change_log(entity, entity_id) SELECT 'invoice', id FROM invoice;
INSERT INTO change_log(entity, entity_id) SELECT 'plan', id FROM plan;
INSERT INTO change_log(entity, entity_id) SELECT 'installment', id FROM installment;
INSERT INTO change_log(entity, entity_id) SELECT 'promise', id FROM promise;
INSERT INTO change_log(entity, entity_id) SELECT 'complaint', id FROM complaint;
INSERT INTO change_log(entity, entity_id) SELECT 'task', id FROM task;
INSERT INTO change_log(entity, entity_id) SELECT 'message_template', id FROM message_template;
INSERT INTO change_log(entity, entity_id) SELECT 'assignment', id FROM assignment;
INSERT INTO change_log(entity, entity_id) SELECT 'payment', id FROM payment;
INSERT INTO change_log(entity, entity_id) SELECT 'payment_allocation', id FROM payment_allocation;
INSERT INTO change_log(entity, entity_id) SELECT 'interaction', id FROM interaction;
INSERT INTO change_log(entity, entity_id) SELECT 'survey', id FROM survey;
INSERT INTO change_log(entity, entity_id) SELECT 'message', id FROM message;
INSERT INTO change_log(entity, entity_id) SELECT 'audit_log', id FROM audit_log;
INSERT INTO change_log(entity, entity_id) SELECT DISTINCT 'plan_invoice', plan_id FROM plan_invoice;
INSERT INTO change_log(entity, entity_id) SELECT DISTINCT 'complaint_invoice', complaint_id FROM complaint_invoice;
