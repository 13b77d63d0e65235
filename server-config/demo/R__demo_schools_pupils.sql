-- Demo data of README.md ("Demo data"): two more pupils' cards, for linking children (issue 21). Смирнова Ольга
-- goes to the second school, Лицей № 3 (S-00000002, Moscow), and is parent2's child, so parent2's children are in
-- two schools; Кузнецов Дмитрий goes to Школа № 7 (S-00000001) and nobody is linked to him yet: register, then link
-- him with his contract number 10000005 and activation code DEMO-1005. Repeatable and idempotent; named to run after
-- R__demo_school_second.sql, which makes the second school (repeatable migrations run in the order of their names).
--
-- Card numbers 7005990000000093 and 7005990000000101 are stored as the application stores them: an HMAC-SHA256 lookup
-- hash and an AES-256-GCM sealed copy under the demo key-encryption key, computed with org.cardhub.secrets.SecretVault.
-- Activation codes are stored only as their keyed hash under the same key (SecretVault.activationCodeHash; the code
-- itself, as README.md gives it, at the end of its row).

INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, barcode, school_contract_number, activation_code_hash, status, expires_on, created_at)
SELECT c.id, v.pan_hash, v.pan_sealed, v.pan_masked, 'PLASTIC', 'PUPIL', v.holder_name, v.barcode, v.school_number, v.activation_code_hash, 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP
FROM (VALUES
    ('S-00000002', 'b03e75aa8e658b5605420b10838c8a4d67c5054717bd16e6c7870e993ca28f24', 'v1:DcvyRqIEbFvnlK1g644L4L/+xtClWigr+hJNDSwmjn3ngLRbTNbtVBvVeKs=', '700599******0093', 'Смирнова Ольга', '2000100000045', '10000004', '93558dbda1c1ee58b6254301d1f2955c117e93dd07061d69bf245870a108fda3'),  -- DEMO-1004
    ('S-00000001', 'c02ef73af25f0b6ec617a0650527b8869e522d038c72be30105f0e8c741905cf', 'v1:ynDhiSUf43uxJNhPUDGpuAzzpbPe4EUs1/Bj96vaGRQVxXJ8hGyJhCBH25g=', '700599******0101', 'Кузнецов Дмитрий', '2000100000052', '10000005', 'bd785a794f3406d7a3ab5579025663731f503867f5468e5ed03164be4f822ce9')  -- DEMO-1005
) AS v(contract_number, pan_hash, pan_sealed, pan_masked, holder_name, barcode, school_number, activation_code_hash)
JOIN contract c ON c.number = v.contract_number
WHERE NOT EXISTS (SELECT 1 FROM card k WHERE k.pan_hash = v.pan_hash);

-- Each holds its own money: a general purse and a canteen purse.
INSERT INTO account (contract_id, card_id, purpose, currency)
SELECT k.contract_id, k.id, v.purpose, 'RUB' FROM card k
CROSS JOIN (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose)
WHERE k.school_contract_number IN ('10000004', '10000005')
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.card_id = k.id AND a.purpose = v.purpose AND a.currency = 'RUB');

-- Ольга is parent2's (who also has Смирнов Алексей at Школа № 7); Дмитрий is nobody's yet.
INSERT INTO card_guardian (card_id, subject)
SELECT k.id, 'd3e0c0de-0000-4000-8000-000000000004' FROM card k
WHERE k.school_contract_number = '10000004'
  AND NOT EXISTS (SELECT 1 FROM card_guardian g WHERE g.card_id = k.id AND g.subject = 'd3e0c0de-0000-4000-8000-000000000004');

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CARD', k.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM card k
WHERE k.school_contract_number IN ('10000004', '10000005')
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CARD' AND e.subject_id = k.id);

-- Funding like the other pupils: 1 500 ₽ general and 800 ₽ canteen, each one top-up entry balanced against the
-- system account of bank-card acquiring the money came from.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CURRENT_TIMESTAMP, a.card_id, a.contract_id, v.amount, 0, 'demo: funding of pupil purse ' || v.label, 'demo'
FROM (VALUES
    ('10000004', 'MAIN', 150000, '10000004 MAIN RUB'),
    ('10000004', 'CANTEEN', 80000, '10000004 CANTEEN RUB'),
    ('10000005', 'MAIN', 150000, '10000005 MAIN RUB'),
    ('10000005', 'CANTEEN', 80000, '10000005 CANTEEN RUB')
) AS v(school_number, purpose, amount, label)
JOIN card k ON k.school_contract_number = v.school_number
JOIN account a ON a.card_id = k.id AND a.purpose = v.purpose AND a.currency = 'RUB'
WHERE NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.description = 'demo: funding of pupil purse ' || v.label);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', e.amount_minor
FROM journal_entry e
JOIN account a ON a.card_id = e.card_id AND a.currency = 'RUB'
              AND e.description = 'demo: funding of pupil purse ' || (SELECT k.school_contract_number FROM card k WHERE k.id = e.card_id) || ' ' || a.purpose || ' RUB'
WHERE e.description LIKE 'demo: funding of pupil purse %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, s.currency, -e.amount_minor
FROM journal_entry e
JOIN account s ON s.system_code = 'BANK_CARD_ACQUIRING'
WHERE e.description LIKE 'demo: funding of pupil purse %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- Cached balances of the two cards' purses follow from their postings.
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND card_id IN (SELECT id FROM card WHERE school_contract_number IN ('10000004', '10000005'));

-- 300 ₽ a day, like the other pupils.
INSERT INTO spending_limit (contract_id, card_id, measure, period, limit_value, categories, created_at)
SELECT k.contract_id, k.id, 'MONEY', 'DAY', 30000, NULL, CURRENT_TIMESTAMP FROM card k
WHERE k.school_contract_number IN ('10000004', '10000005')
  AND NOT EXISTS (SELECT 1 FROM spending_limit l WHERE l.card_id = k.id AND l.measure = 'MONEY' AND l.period = 'DAY');
