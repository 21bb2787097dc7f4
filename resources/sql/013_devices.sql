-- Schema 13: enrolled devices (issue 16, "bundles are authentic and private").
--
-- A bundle is signed by the device that wrote it and encrypted for the one device it is
-- for. Each store has its own Ed25519 key pair (made on first use; the secret key is kept in
-- meta, inside the store, which only its owner can read). This table lists the devices this
-- store exchanges bundles with and their public keys: head office enrols each workstation
-- from the enrolment request the workstation prints (ascolto-cli device request), and a new
-- store pins the device whose bundle it receives first (its head office). A bundle from a
-- device not listed here, or revoked, is refused before anything in it is read; a bundle is
-- written only for a device listed here. Local to each store: it does not replicate.
CREATE TABLE device (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL CHECK (length(public_key) = 64),
    kind        TEXT NOT NULL CHECK (kind IN ('head_office', 'branch', 'workstation')),
    enrolled_by TEXT REFERENCES app_user(id),
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT
) WITHOUT ROWID;

-- The users who log in on a device (issue 16, "each device receives only what its users may
-- see"): a bundle for it carries the debtors of its operators (and every debtor of the
-- clients of its team leads; everything when an administrator logs in there), and password
-- hashes of these users only. A head office receives everything; any other device without
-- users gets no bundle at all.
CREATE TABLE device_user (
    device_id TEXT NOT NULL REFERENCES device(id) ON DELETE CASCADE,
    user_id   TEXT NOT NULL REFERENCES app_user(id),
    PRIMARY KEY (device_id, user_id)
) WITHOUT ROWID;
