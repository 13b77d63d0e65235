-- posting_account_entry (account_id, entry_id) answers every look-up by account that posting_account did;
-- each posting written kept both up to date.
DROP INDEX IF EXISTS posting_account;
