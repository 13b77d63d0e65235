-- Linking a child by the school contract number and the activation code (issue 21). Guessing codes is limited per
-- contract number: 5 wrong codes within an hour lock linking by that number for an hour. One row per number ever tried
-- (known or not, so the answer never tells which numbers exist); an attempt locks the row first, so concurrent attempts
-- on one number are counted one after the other and never check more codes than the limit allows.
CREATE TABLE guardian_link_lock (
    contract_number     VARCHAR(8)               NOT NULL PRIMARY KEY,
    failed_count        INTEGER                  NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
    first_failure_at    TIMESTAMP WITH TIME ZONE,
    last_failure_at     TIMESTAMP WITH TIME ZONE,
    locked_until        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT guardian_link_lock_number CHECK (CHAR_LENGTH(contract_number) = 8),
    CONSTRAINT guardian_link_lock_counted CHECK (failed_count = 0 OR first_failure_at IS NOT NULL)
);
-- the back office's list of numbers locked now
CREATE INDEX guardian_link_lock_until ON guardian_link_lock (locked_until);
