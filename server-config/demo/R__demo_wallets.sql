-- Demo wallet holders (issue 25), after R__demo_partners.sql made the wallet W-00000001 of the realm user `wallet`
-- (Алексей Смирнов, +79001234567, password Demo-pass-1). A second wallet, W-00000002 of Мария Кузнецова on
-- +79001234568, has no account in the realm: it is there to receive a transfer by phone. Repeatable and idempotent.

INSERT INTO contract (number, kind, holder_subject, holder_phone, status, balance_model, funding, credit_limit_minor, wallet_tier, time_zone, created_at)
SELECT 'W-00000002', 'WALLET', 'd3e0c0de-0000-4000-8000-000000000098', '+79001234568', 'ACTIVE', 'POOLED', 'PREPAID', 0, 'NON_IDENTIFIED', 'Europe/Moscow', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'W-00000002');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', 'RUB' FROM contract c
WHERE c.number = 'W-00000002'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB');

INSERT INTO wallet_holder (contract_id, subject, first_name, last_name, opened_at, last_activity_at)
SELECT c.id, c.holder_subject, v.first_name, v.last_name, c.created_at, CURRENT_TIMESTAMP
FROM contract c
JOIN (VALUES ('W-00000001', 'Алексей', 'Смирнов'), ('W-00000002', 'Мария', 'Кузнецова')) AS v(number, first_name, last_name)
  ON v.number = c.number
WHERE NOT EXISTS (SELECT 1 FROM wallet_holder h WHERE h.contract_id = c.id);
