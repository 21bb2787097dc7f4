-- Schema 11: the rows that give power name who made them.
--
-- A user row a branch edited in its own store (role admin) travelled in an ordinary bundle
-- and was applied at head office. Now each client and user row carries the id of the user
-- who last changed it, written by ClientRepository and UserRepository; a store applying a
-- bundle looks that user up in its own copy and refuses the row when the user could not
-- have made the change (SyncAuthority in models/domain). NULL: written before schema 11 or
-- by the store's own set-up; accepted only by a store that has no administrator yet (a
-- workstation receiving its first bundle).
ALTER TABLE client ADD COLUMN updated_by TEXT;
ALTER TABLE app_user ADD COLUMN updated_by TEXT;
