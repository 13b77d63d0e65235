-- Whether an auto top-up rule refills the account. It is read with the account, so spending from an account
-- that has no rule (almost all of them) need not look for one.
ALTER TABLE account ADD COLUMN auto_top_up BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE account SET auto_top_up = TRUE WHERE id IN (SELECT account_id FROM auto_top_up_rule);
