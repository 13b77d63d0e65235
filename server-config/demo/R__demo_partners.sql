-- Demo partner systems of README.md ("Demo data") and what each is contracted for, plus a demo
-- wallet a payment agent can top up by phone. Repeatable and idempotent.
--
--   agent-demo    payment agent: every school contract and every wallet
--   fleet-system  partner fleet system: the fuel contract F-00000001
--   agent-other   a second payment agent (tests): wallets only, at 20 requests a second

INSERT INTO partner (client_id, name, rate_per_second, burst, created_at)
SELECT v.client_id, v.name, v.rate, v.burst, CURRENT_TIMESTAMP
FROM (VALUES
    ('agent-demo', 'Демо платёжный агент', 5000, 5000),
    ('fleet-system', 'Партнёрская система учёта автопарка', 1000, 1000),
    ('agent-other', 'Другой платёжный агент', 20, 20)
) AS v(client_id, name, rate, burst)
WHERE NOT EXISTS (SELECT 1 FROM partner p WHERE p.client_id = v.client_id);

-- The demo wallet of the realm user `wallet` (R__demo_wallets.sql gives it its holder row).
INSERT INTO contract (number, kind, holder_subject, holder_phone, status, balance_model, funding, credit_limit_minor, wallet_tier, time_zone, created_at)
SELECT 'W-00000001', 'WALLET', 'd3e0c0de-0000-4000-8000-000000000099', '+79001234567', 'ACTIVE', 'POOLED', 'PREPAID', 0, 'NON_IDENTIFIED', 'Europe/Moscow', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'W-00000001');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', 'RUB' FROM contract c
WHERE c.number = 'W-00000001'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB');

INSERT INTO partner_program (client_id, contract_kind)
SELECT v.client_id, v.kind FROM (VALUES ('agent-demo', 'SCHOOL'), ('agent-demo', 'WALLET'), ('agent-other', 'WALLET')) AS v(client_id, kind)
WHERE NOT EXISTS (SELECT 1 FROM partner_program p WHERE p.client_id = v.client_id AND p.contract_kind = v.kind);

INSERT INTO partner_program (client_id, contract_id)
SELECT 'fleet-system', c.id FROM contract c
WHERE c.number = 'F-00000001'
  AND NOT EXISTS (SELECT 1 FROM partner_program p WHERE p.client_id = 'fleet-system' AND p.contract_id = c.id);

UPDATE contract SET holder_subject = 'd3e0c0de-0000-4000-8000-000000000099' WHERE number = 'W-00000001' AND holder_subject IS NULL;
