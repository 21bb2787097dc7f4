-- Schema 17: debtors leave a device when they leave its users' hands (issue "Multi-office
-- data you can trust": each device holds only what its users may see).
--
-- Head office remembers which debtors each scoped device holds (what its bundles carried).
-- Each bundle for the device carries whole the debtors that came into its users' scope since
-- (a colleague's debtor handed over, a user added to the device, an absence to cover) and
-- names those that left it (handed to someone else, a user removed, an absence over):
-- SyncBundle, table `departed` of the bundle.
CREATE TABLE device_scope (
    device_id TEXT NOT NULL,
    debtor_id TEXT NOT NULL,
    PRIMARY KEY (device_id, debtor_id)
) WITHOUT ROWID;

-- At the receiving device: debtors head office said left its users' hands. Their rows are
-- deleted as soon as nothing this device wrote is waiting to go out (its own changes to
-- them reach head office first), then the mark goes; a debtor that comes back arrives whole.
CREATE TABLE departure (
    debtor_id  TEXT PRIMARY KEY,
    noticed_at TEXT NOT NULL
) WITHOUT ROWID;
