-- The wallets' identification levels as data (issue 25): each tier's caps on the balance and on the turnover of a
-- calendar month (in kopecks), which the back office changes. The two tiers stay code (WalletTier); a change holds for
-- every wallet of the tier from the moment it commits. Seeded with the caps the code held until now: non-identified
-- 15 000 ₽ / 40 000 ₽, identified 100 000 ₽ / 1 000 000 ₽.
CREATE TABLE wallet_level (
    tier                       VARCHAR(16)              NOT NULL PRIMARY KEY CHECK (tier IN ('NON_IDENTIFIED', 'IDENTIFIED')),
    max_balance_minor          BIGINT                   NOT NULL CHECK (max_balance_minor > 0),
    max_monthly_turnover_minor BIGINT                   NOT NULL CHECK (max_monthly_turnover_minor > 0),
    changed_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the back-office person's Keycloak id, or 'system' for the seed
    changed_by                 VARCHAR(200)             NOT NULL,
    version                    BIGINT                   NOT NULL DEFAULT 0
);

INSERT INTO wallet_level (tier, max_balance_minor, max_monthly_turnover_minor, changed_at, changed_by) VALUES
    ('NON_IDENTIFIED', 1500000, 4000000, CURRENT_TIMESTAMP, 'system'),
    ('IDENTIFIED', 10000000, 100000000, CURRENT_TIMESTAMP, 'system');
