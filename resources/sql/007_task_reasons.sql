-- Schema 7: why a task exists is stored as a code and its parameters, worded when shown in
-- the reader's language (TaskReason in models/domain). task.reason keeps only what a person
-- typed (the first line of the call's notes); before, the words of whoever saved the task
-- were stored, and an English Today list showed "(Richiamata richiesta dal ...)".
ALTER TABLE task ADD COLUMN reason_code TEXT;
ALTER TABLE task ADD COLUMN reason_args TEXT CHECK (reason_args IS NULL OR json_valid(reason_args));

-- The sentences Ascolto itself wrote, in either language, say nothing the task's kind does
-- not: they go. The rest were typed by people and stay.
UPDATE task SET reason = NULL WHERE reason IN (
    'Callback agreed during the call', 'Richiamo concordato durante la chiamata',
    'Reminder agreed during the call', 'Promemoria concordato durante la chiamata',
    'Richiamata richiesta dal cliente');
UPDATE task SET reason = NULL, reason_code = 'low_survey', reason_args = '{}'
    WHERE kind = 'close_the_loop' AND reason = 'Punteggio basso nel sondaggio: richiamare per capire';
UPDATE task SET reason = NULL, reason_code = 'plan_broken', reason_args = '{}'
    WHERE kind = 'review' AND reason IN ('Repayment plan broken: installments missed',
                                          'Piano di rientro decaduto: rate non pagate');

-- The same for why a debtor got an interlocutor (CodeText::assignmentReason words them).
UPDATE assignment SET reason = 'first_assignment'
    WHERE reason IN ('first assignment', 'prima assegnazione');
UPDATE assignment SET reason = 'portfolio' WHERE reason = 'portfolio assignment';
