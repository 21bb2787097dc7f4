-- Schema 14: quality review of calls (issue "Team-lead workspace").
--
-- A scorecard is data, per client and versioned: a row is never changed, a new definition
-- is a new version, so an evaluation keeps reading the version it was scored on
-- (Scorecard in models/domain holds the arithmetic). An evaluation scores one recorded
-- call for its operator; the operator acknowledges it or disputes it with a comment, the
-- team lead answers; the coaching it leads to (a skill, a note, a follow-up date, done or
-- not) is part of it. Both replicate: scorecards by client, evaluations with the debtor
-- whose call they score.
CREATE TABLE scorecard (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES client(id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    definition  TEXT NOT NULL CHECK (json_valid(definition)),
    created_by  TEXT REFERENCES app_user(id),
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (client_id, version)
);

CREATE TABLE evaluation (
    id               TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL REFERENCES client(id),
    debtor_id        TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    interaction_id   TEXT NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
    scorecard_id     TEXT NOT NULL REFERENCES scorecard(id),
    operator_id      TEXT REFERENCES app_user(id),
    evaluator_id     TEXT NOT NULL REFERENCES app_user(id),
    answers          TEXT NOT NULL CHECK (json_valid(answers)), -- item code -> yes, no, na
    score_tenths     INTEGER NOT NULL CHECK (score_tenths BETWEEN 0 AND 1000),
    fatal            INTEGER NOT NULL DEFAULT 0 CHECK (fatal IN (0, 1)),
    comment          TEXT,
    status           TEXT NOT NULL DEFAULT 'sent'
                     CHECK (status IN ('sent', 'acknowledged', 'disputed', 'answered')),
    operator_comment TEXT,
    answer           TEXT,
    coaching_skill   TEXT,
    coaching_note    TEXT,
    follow_up        TEXT,
    coaching_done    INTEGER NOT NULL DEFAULT 0 CHECK (coaching_done IN (0, 1)),
    version          INTEGER NOT NULL DEFAULT 1,
    device_id        TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX evaluation_operator ON evaluation(operator_id, created_at);
CREATE INDEX evaluation_interaction ON evaluation(interaction_id);
CREATE INDEX evaluation_status ON evaluation(client_id, status);

CREATE TRIGGER sync_scorecard_ins AFTER INSERT ON scorecard BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('scorecard', NEW.id);
END;
CREATE TRIGGER sync_evaluation_ins AFTER INSERT ON evaluation BEGIN
    INSERT INTO change_log(entity, entity_id) VALUES ('evaluation', NEW.id);
END;
CREATE TRIGGER sync_evaluation_upd AFTER UPDATE ON evaluation
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO change_log(entity, entity_id, base_version, base_device)
    SELECT 'evaluation', NEW.id, coalesce(b.v, OLD.version), coalesce(b.d, OLD.device_id)
    FROM (SELECT 1) LEFT JOIN (SELECT CASE WHEN origin = 'local' THEN base_version END AS v,
                                      CASE WHEN origin = 'local' THEN base_device END AS d
                               FROM change_log WHERE entity = 'evaluation' AND entity_id = NEW.id
                               ORDER BY seq DESC LIMIT 1) AS b;
END;
CREATE TRIGGER sync_stamp_evaluation AFTER UPDATE ON evaluation
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND (OLD.client_id IS NOT NEW.client_id
     OR OLD.debtor_id IS NOT NEW.debtor_id
     OR OLD.interaction_id IS NOT NEW.interaction_id
     OR OLD.scorecard_id IS NOT NEW.scorecard_id
     OR OLD.operator_id IS NOT NEW.operator_id
     OR OLD.evaluator_id IS NOT NEW.evaluator_id
     OR OLD.answers IS NOT NEW.answers
     OR OLD.score_tenths IS NOT NEW.score_tenths
     OR OLD.fatal IS NOT NEW.fatal
     OR OLD.comment IS NOT NEW.comment
     OR OLD.status IS NOT NEW.status
     OR OLD.operator_comment IS NOT NEW.operator_comment
     OR OLD.answer IS NOT NEW.answer
     OR OLD.coaching_skill IS NOT NEW.coaching_skill
     OR OLD.coaching_note IS NOT NEW.coaching_note
     OR OLD.follow_up IS NOT NEW.follow_up
     OR OLD.coaching_done IS NOT NEW.coaching_done
     OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    UPDATE hlc_clock SET last = max(last + 1,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536);
    INSERT INTO field_stamp(entity, entity_id, field, hlc, device, seen)
    SELECT 'evaluation', NEW.id, f.field, h.last, d.value, json_object(d.value, h.last)
    FROM (SELECT 'client_id' AS field WHERE OLD.client_id IS NOT NEW.client_id
          UNION ALL SELECT 'debtor_id' WHERE OLD.debtor_id IS NOT NEW.debtor_id
          UNION ALL SELECT 'interaction_id' WHERE OLD.interaction_id IS NOT NEW.interaction_id
          UNION ALL SELECT 'scorecard_id' WHERE OLD.scorecard_id IS NOT NEW.scorecard_id
          UNION ALL SELECT 'operator_id' WHERE OLD.operator_id IS NOT NEW.operator_id
          UNION ALL SELECT 'evaluator_id' WHERE OLD.evaluator_id IS NOT NEW.evaluator_id
          UNION ALL SELECT 'answers' WHERE OLD.answers IS NOT NEW.answers
          UNION ALL SELECT 'score_tenths' WHERE OLD.score_tenths IS NOT NEW.score_tenths
          UNION ALL SELECT 'fatal' WHERE OLD.fatal IS NOT NEW.fatal
          UNION ALL SELECT 'comment' WHERE OLD.comment IS NOT NEW.comment
          UNION ALL SELECT 'status' WHERE OLD.status IS NOT NEW.status
          UNION ALL SELECT 'operator_comment' WHERE OLD.operator_comment IS NOT NEW.operator_comment
          UNION ALL SELECT 'answer' WHERE OLD.answer IS NOT NEW.answer
          UNION ALL SELECT 'coaching_skill' WHERE OLD.coaching_skill IS NOT NEW.coaching_skill
          UNION ALL SELECT 'coaching_note' WHERE OLD.coaching_note IS NOT NEW.coaching_note
          UNION ALL SELECT 'follow_up' WHERE OLD.follow_up IS NOT NEW.follow_up
          UNION ALL SELECT 'coaching_done' WHERE OLD.coaching_done IS NOT NEW.coaching_done
          UNION ALL SELECT 'created_at' WHERE OLD.created_at IS NOT NEW.created_at) AS f
    JOIN hlc_clock AS h JOIN meta AS d ON d.key = 'device_id'
    WHERE true
    ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,
        device = excluded.device, seen = json_set(seen, '$."' || excluded.device || '"',
        excluded.hlc), live = excluded.live, author = excluded.author;
END;
