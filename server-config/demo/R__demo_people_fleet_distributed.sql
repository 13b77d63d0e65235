-- Demo data of README.md ("Demo data"), the distributed balance: a second fuel contract of ООО «Северный транспорт»,
-- F-00000002, whose cards hold their own money and litres, which the fleet manager hands out from the contract
-- account and takes back (balance.xhtml). Three cars with a rouble and a litre purse each; 100 000 ₽ and 2 000 L stay
-- on the contract account, some was already moved onto the cards. Repeatable and idempotent, after
-- R__demo_people_fleet.sql.
--
-- Card numbers as in R__demo_money.sql: Luhn numbers under BIN 700599 (sequence numbers 101 to 103, far from the
-- demo's 1 to 8, the 9 the tests use as an unknown card and the application's own from 1 000 001), stored as the
-- HMAC-SHA256 lookup hash and the AES-256-GCM sealed copy under the demo key-encryption key, computed with
-- org.cardhub.secrets.SecretVault: 7005990000001018, 7005990000001026, 7005990000001034.

INSERT INTO contract (number, kind, organization_id, tariff_code, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'F-00000002', 'FUEL', o.id, 'REGIONAL', 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, 'Europe/Moscow', CURRENT_TIMESTAMP
FROM organization o WHERE o.inn = '7712345671' AND o.kpp = '771201001'
  AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'F-00000002');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', v.currency FROM contract c CROSS JOIN (VALUES ('RUB'), ('LITRE')) AS v(currency)
WHERE c.number = 'F-00000002'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = v.currency);

INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, expires_on, created_at,
                  vehicle, plate, driver, tank_millilitres)
SELECT c.id, v.pan_hash, v.pan_sealed, v.pan_masked, 'PLASTIC', 'VEHICLE', v.vehicle || ', ' || v.plate, 'ACTIVE', DATE '2031-11-30',
       CURRENT_TIMESTAMP, v.vehicle, v.plate, v.driver, v.tank
FROM (VALUES
    ('3e4fe028099600fe93af58dae66bc3c3cf88e8909a631a53f7018a36e21e6c27', 'v1:JdxGwO6YZ2oz+mSMJKc5FltAwpFUNsfNFJsrKU0Sb5WbMYKGUUYhqytSAeU=', '700599******1018', 'Рено Логан', 'М555ТТ77', 'Орлов Максим Юрьевич', 50000),
    ('2a8e3090fafdf50b68dcddc12315e2926bea9e62cb7e7e3dc74e12c3cc558e3c', 'v1:KEOz6wJEwV7dkr+BMwNJ0uKteeRI7AvVXCjdgWM/n4DrZGO7HGiYk0RXPw8=', '700599******1026', 'Шкода Октавия', 'Н222РР77', 'Зайцева Анна Викторовна', 55000),
    ('f465115033d915f309e3472711e64b04838f18cde21bd03e62aac9450a0542e8', 'v1:VQ11391LCGiHPPcU4l5t5guii59hU2c/nkmQBwEM6AU/izZeQwnOFgse36o=', '700599******1034', 'Хёндэ Солярис', 'Т333УУ77', 'Григорьев Олег Павлович', 50000)
) AS v(pan_hash, pan_sealed, pan_masked, vehicle, plate, driver, tank)
JOIN contract c ON c.number = 'F-00000002'
WHERE NOT EXISTS (SELECT 1 FROM card k WHERE k.pan_hash = v.pan_hash);

-- Each card of a distributed fuel contract holds its own money and litres, as Cards.order opens them.
INSERT INTO account (contract_id, card_id, purpose, currency)
SELECT k.contract_id, k.id, 'MAIN', v.currency FROM card k
JOIN contract c ON c.id = k.contract_id AND c.number = 'F-00000002'
CROSS JOIN (VALUES ('RUB'), ('LITRE')) AS v(currency)
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.card_id = k.id AND a.purpose = 'MAIN' AND a.currency = v.currency);

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CONTRACT', c.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM contract c
WHERE c.number = 'F-00000002'
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CONTRACT' AND e.subject_id = c.id);

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CARD', k.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM card k
JOIN contract c ON c.id = k.contract_id AND c.number = 'F-00000002'
WHERE NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CARD' AND e.subject_id = k.id);

-- Funding of the contract account: 110 000 ₽ and 2 150 L, one top-up entry per purse against the system account the
-- money (the litres) came from.
INSERT INTO journal_entry (kind, booked_at, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CURRENT_TIMESTAMP - INTERVAL '3' DAY, c.id, CASE WHEN v.currency = 'RUB' THEN v.amount ELSE 0 END,
       CASE WHEN v.currency = 'LITRE' THEN v.amount ELSE 0 END, 'demo: funding of F-00000002 MAIN ' || v.currency, 'demo'
FROM contract c CROSS JOIN (VALUES ('RUB', 11000000), ('LITRE', 2150000)) AS v(currency, amount)
WHERE c.number = 'F-00000002'
  AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.description = 'demo: funding of F-00000002 MAIN ' || v.currency);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, a.currency, e.amount_minor + e.volume_milli
FROM journal_entry e
JOIN account a ON a.contract_id = e.contract_id AND a.card_id IS NULL AND a.system_code IS NULL AND a.purpose = 'MAIN'
              AND e.description = 'demo: funding of F-00000002 MAIN ' || a.currency
WHERE NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, s.currency, -(e.amount_minor + e.volume_milli)
FROM journal_entry e
JOIN account s ON s.system_code = CASE WHEN e.volume_milli > 0 THEN 'LITRES_ISSUED' ELSE 'BANK_CARD_ACQUIRING' END
WHERE e.description LIKE 'demo: funding of F-00000002 MAIN %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- Moved onto the cards, as the cabinet moves it (a transfer entry of the contract, its reason as the description):
-- Рено 5 000 ₽ and 100 L, Шкода 3 000 ₽ and 50 L, Хёндэ 2 000 ₽. The entry names its card only until its postings are
-- written: a move from the contract account, like any transfer from it, names no card (the credited posting does).
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TRANSFER', CURRENT_TIMESTAMP - INTERVAL '2' DAY, k.id, c.id, CASE WHEN v.currency = 'RUB' THEN v.amount ELSE 0 END,
       CASE WHEN v.currency = 'LITRE' THEN v.amount ELSE 0 END, 'Выдача на неделю', 'demo'
FROM (VALUES
    ('700599******1018', 'RUB', 500000), ('700599******1018', 'LITRE', 100000),
    ('700599******1026', 'RUB', 300000), ('700599******1026', 'LITRE', 50000),
    ('700599******1034', 'RUB', 200000)
) AS v(pan_masked, currency, amount)
JOIN contract c ON c.number = 'F-00000002'
JOIN card k ON k.contract_id = c.id AND k.pan_masked = v.pan_masked
JOIN account a ON a.card_id = k.id AND a.purpose = 'MAIN' AND a.currency = v.currency
WHERE NOT EXISTS (SELECT 1 FROM posting p JOIN journal_entry e ON e.id = p.entry_id
                  WHERE p.account_id = a.id AND e.kind = 'TRANSFER' AND e.actor = 'demo');

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, a.currency, CASE WHEN a.card_id IS NULL THEN -1 ELSE 1 END * (e.amount_minor + e.volume_milli)
FROM journal_entry e
JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000002'
JOIN account a ON a.contract_id = c.id AND a.purpose = 'MAIN' AND a.currency = CASE WHEN e.volume_milli > 0 THEN 'LITRE' ELSE 'RUB' END
              AND (a.card_id IS NULL OR a.card_id = e.card_id)
WHERE e.kind = 'TRANSFER' AND e.actor = 'demo' AND e.card_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

UPDATE journal_entry SET card_id = NULL
WHERE kind = 'TRANSFER' AND actor = 'demo' AND card_id IS NOT NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000002');

UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000002');
