-- Schema 10: what was paid on a bill is derived from facts, not a running total that
-- replicates.
--
-- A bill's paid amount was a counter every payment added to, and sync resolved the whole
-- row by "newer version wins": two offices recording payments on the same bill while apart
-- ended with one of the two amounts, however many allocations they exchanged. Now:
--   paid_cents = min(amount_cents, client_paid_cents + the payments allocated to the bill)
-- recomputed where payments arrive (PaymentRepository::settle): at the card, from a
-- payments file, after a bundle. client_paid_cents is the fact the client's bills file
-- brings: what the client reports paid beyond the payments recorded here (an import never
-- lowers it). An installment's paid amount is likewise the payments allocated to it.
ALTER TABLE invoice ADD COLUMN client_paid_cents INTEGER NOT NULL DEFAULT 0
    CHECK (client_paid_cents >= 0);
UPDATE invoice SET client_paid_cents = paid_cents - coalesce((SELECT sum(a.amount_cents)
    FROM payment_allocation a WHERE a.invoice_id = invoice.id), 0)
WHERE paid_cents > coalesce((SELECT sum(a.amount_cents) FROM payment_allocation a
    WHERE a.invoice_id = invoice.id), 0);
