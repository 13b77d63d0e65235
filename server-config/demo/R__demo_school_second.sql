-- Demo data of README.md ("Demo data"): a second school, in Moscow's time zone, so that a parent's children may
-- be in different schools and a pupil may change school. Repeatable and idempotent.

INSERT INTO organization (form, name, inn, kpp, ogrn, bik, settlement_account, time_zone, created_at)
SELECT 'LEGAL_ENTITY', 'ГБОУ «Лицей № 3»', '7728003458', '772801001', '1027700456781', NULL, NULL, 'Europe/Moscow', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.inn = '7728003458' AND o.kpp = '772801001');

INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'S-00000002', 'SCHOOL', o.id, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, 'Europe/Moscow', CURRENT_TIMESTAMP
FROM organization o WHERE o.inn = '7728003458' AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'S-00000002');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', 'RUB' FROM contract c
WHERE c.number = 'S-00000002'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB');
