-- Demo data of README.md ("Demo data"): a fleet company with an active fuel contract and five
-- cards, a school with three pupils' cards, funded purses and limits. Repeatable and idempotent:
-- Flyway re-applies it when this file changes, and nothing is inserted twice.
--
-- Card numbers are stored as the application stores them: an HMAC-SHA256 lookup hash and an
-- AES-256-GCM sealed copy, both under the demo key-encryption key (CARDHUB_KEY_ENCRYPTION_KEY unset),
-- computed with org.cardhub.secrets.SecretVault. The numbers themselves are in README.md.
-- Activation codes are stored only as their keyed hash under the same key (SecretVault.activationCodeHash; the code
-- itself, as README.md gives it, at the end of its row).

INSERT INTO organization (form, name, inn, kpp, ogrn, bik, settlement_account, time_zone, created_at)
SELECT v.form, v.name, v.inn, v.kpp, v.ogrn, v.bik, v.account, v.zone, CURRENT_TIMESTAMP
FROM (VALUES
    ('LEGAL_ENTITY', 'ООО «Северный транспорт»', '7712345671', '771201001', '1027700123450', '044525225', '40702810938000012345', 'Europe/Moscow'),
    ('LEGAL_ENTITY', 'МБОУ «Школа № 7»', '2520123450', '252001001', '1022500123458', NULL, NULL, 'Asia/Vladivostok')
) AS v(form, name, inn, kpp, ogrn, bik, account, zone)
WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.inn = v.inn AND o.kpp = v.kpp);

INSERT INTO organization_member (organization_id, subject)
SELECT o.id, 'd3e0c0de-0000-4000-8000-000000000002' FROM organization o
WHERE o.inn = '7712345671' AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = o.id AND m.subject = 'd3e0c0de-0000-4000-8000-000000000002');

INSERT INTO contract (number, kind, organization_id, tariff_code, chosen_stations, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'F-00000001', 'FUEL', o.id, 'REGIONAL_PLUS', 'AZS-17,AZS-23,AZS-31', 'ACTIVE', 'POOLED', 'PREPAID', 0, 'Europe/Moscow', CURRENT_TIMESTAMP
FROM organization o WHERE o.inn = '7712345671' AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'F-00000001');

INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'S-00000001', 'SCHOOL', o.id, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, 'Asia/Vladivostok', CURRENT_TIMESTAMP
FROM organization o WHERE o.inn = '2520123450' AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'S-00000001');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', v.currency FROM contract c
JOIN (VALUES ('F-00000001', 'RUB'), ('F-00000001', 'LITRE'), ('S-00000001', 'RUB')) AS v(number, currency) ON v.number = c.number
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = v.currency);

INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, holder_subject, barcode, school_contract_number, activation_code_hash, status, expires_on, created_at)
SELECT c.id, v.pan_hash, v.pan_sealed, v.pan_masked, v.form, v.holder_kind, v.holder_name, v.holder_subject, v.barcode, v.school_number, v.activation_code_hash, 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP
FROM (VALUES
    ('F-00000001', '34c8744b7112d93e61b96ce655a79b649c0077fbfdc5f5eeee62bc712204c99f', 'v1:elRh0dVKhx+8K5LdSKLg4o3fI5cRsAot+gwbUcwHP9bpG/BMuPJuUmfMAc0=', '700599******0010', 'PLASTIC', 'VEHICLE', 'КАМАЗ 65115, А123ВС77', NULL, NULL, NULL, NULL),
    ('F-00000001', '22e3537c13e47d30a3e561291cfc416e3e8136cbf0428d2827031aa994b41149', 'v1:NenOp3JOIhQGHRrCudLwvaZrvk3K/LWZMFORv1llZiEQr95s36G4C8Jx0fQ=', '700599******0028', 'PLASTIC', 'VEHICLE', 'ГАЗель NEXT, В456ОР77', NULL, NULL, NULL, NULL),
    ('F-00000001', '65a8588c357c6d80e713aa3004d6b7c1b6389a19b309eb2755f41eb003702425', 'v1:IV/QuLIovvp2QZhGXQdNystHkx5fyaAryQ4Czzvx3D83Gqz0G/u+spSeq8M=', '700599******0036', 'PLASTIC', 'VEHICLE', 'Ford Transit, Е789КХ77', NULL, NULL, NULL, NULL),
    ('F-00000001', 'bca0b82a9dde0cce21284a637ccb34c5274373057a8661869e09b2081d81968a', 'v1:ASmHCEUqtUasqoMWDhFR5QAuxdkGuEmQeDxiLMvEyAIqaXOZQfVzHxNHGMo=', '700599******0044', 'PLASTIC', 'VEHICLE', 'Lada Largus, К321МН77', NULL, NULL, NULL, NULL),
    ('F-00000001', 'aaabba34d00387003f39ce62d02aed2e2963b09aaf7bd0d741cc5f81407a6ffe', 'v1:bBDQJjDOFFedL2XFH+5QMcnyV7yZgQBcc71JriW/DidTYfCYpoad/aUw4jg=', '700599******0051', 'PLASTIC', 'DRIVER', 'Сидоров Пётр Ильич', NULL, NULL, NULL, NULL),
    ('S-00000001', '6f7e12bbf23da590b21702b0efa998164d62e4708608a755459f4d36d5f56a64', 'v1:Wz6WuCsRqJhNDODiRcCT/3QkhdMdM3w4ZYGj0uW0V+T7z1670iMtcJpJ+b8=', '700599******0069', 'PLASTIC', 'PUPIL', 'Петров Иван', 'd3e0c0de-0000-4000-8000-000000000005', '2000100000014', '10000001', '2fa9643e5be8a7283a3c9129f066f40cae58921b0ca1e9a605a92ee7c5f0f793'),  -- DEMO-1001
    ('S-00000001', 'def7b5c2004ec96858c8fa357b5dbb413055213a6f1c761bba1f12948e78660a', 'v1:FpXzAS/wbbF0BEPdUe2y+kpXIOeRrUNro/ZfEUeZd8xbVTHGsN0K98B7WKw=', '700599******0077', 'PLASTIC', 'PUPIL', 'Петрова Мария', NULL, '2000100000021', '10000002', '17b3b1d121e4f1819b33331397b3aaa1593ea95c14d11b8449d58fe043121086'),  -- DEMO-1002
    ('S-00000001', '0fb287adb7ab5e9df45ca2513b49f34d4a741f35698ead359c7def6410575fe7', 'v1:hAviRqkDLTGReJT+wNaOIY1mgrS4cEAiQ5tLMOhNOx+k41NGIssYRXDQ9F4=', '700599******0085', 'PLASTIC', 'PUPIL', 'Смирнов Алексей', NULL, '2000100000038', '10000003', '1652b4d72b799d1021acf1098e1d9e92349665bf03f580680b6a0d29a0e8f4c3')  -- DEMO-1003
) AS v(contract_number, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, holder_subject, barcode, school_number, activation_code_hash)
JOIN contract c ON c.number = v.contract_number
WHERE NOT EXISTS (SELECT 1 FROM card k WHERE k.pan_hash = v.pan_hash);

-- Pupils' cards hold their own money: a general purse and a canteen purse each.
INSERT INTO account (contract_id, card_id, purpose, currency)
SELECT k.contract_id, k.id, v.purpose, 'RUB' FROM card k
JOIN contract c ON c.id = k.contract_id AND c.number = 'S-00000001'
CROSS JOIN (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose)
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.card_id = k.id AND a.purpose = v.purpose AND a.currency = 'RUB');

-- Pupils and parents are linked by their Keycloak user ids, which the realm file fixes for the demo users.
UPDATE card SET holder_subject = 'd3e0c0de-0000-4000-8000-000000000005' WHERE school_contract_number = '10000001' AND holder_subject IS NULL;

INSERT INTO card_guardian (card_id, subject)
SELECT k.id, v.subject FROM card k
JOIN (VALUES ('10000001', 'd3e0c0de-0000-4000-8000-000000000003'), ('10000002', 'd3e0c0de-0000-4000-8000-000000000003'), ('10000003', 'd3e0c0de-0000-4000-8000-000000000004')) AS v(school_number, subject)
  ON v.school_number = k.school_contract_number
WHERE NOT EXISTS (SELECT 1 FROM card_guardian g WHERE g.card_id = k.id AND g.subject = v.subject);

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CONTRACT', c.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM contract c
WHERE c.number IN ('F-00000001', 'S-00000001')
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CONTRACT' AND e.subject_id = c.id);

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CARD', k.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM card k
JOIN contract c ON c.id = k.contract_id AND c.number IN ('F-00000001', 'S-00000001')
WHERE NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CARD' AND e.subject_id = k.id);

-- Funding: one top-up entry per purse, balanced against the system account the money came from.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CURRENT_TIMESTAMP, a.card_id, a.contract_id,
       CASE WHEN a.currency = 'LITRE' THEN 0 ELSE v.amount END, CASE WHEN a.currency = 'LITRE' THEN v.amount ELSE 0 END,
       'demo: funding of account ' || v.label, 'demo'
FROM (VALUES
    ('F-00000001', NULL, 'MAIN', 'RUB', 25000000, 'F-00000001 MAIN RUB'),
    ('F-00000001', NULL, 'MAIN', 'LITRE', 1000000, 'F-00000001 MAIN LITRE'),
    ('S-00000001', '10000001', 'MAIN', 'RUB', 150000, '10000001 MAIN RUB'),
    ('S-00000001', '10000001', 'CANTEEN', 'RUB', 80000, '10000001 CANTEEN RUB'),
    ('S-00000001', '10000002', 'MAIN', 'RUB', 150000, '10000002 MAIN RUB'),
    ('S-00000001', '10000002', 'CANTEEN', 'RUB', 80000, '10000002 CANTEEN RUB'),
    ('S-00000001', '10000003', 'MAIN', 'RUB', 150000, '10000003 MAIN RUB'),
    ('S-00000001', '10000003', 'CANTEEN', 'RUB', 80000, '10000003 CANTEEN RUB')
) AS v(contract_number, school_number, purpose, currency, amount, label)
JOIN contract c ON c.number = v.contract_number
LEFT JOIN card k ON k.school_contract_number = v.school_number
JOIN account a ON a.contract_id = c.id AND a.purpose = v.purpose AND a.currency = v.currency
              AND ((v.school_number IS NULL AND a.card_id IS NULL) OR a.card_id = k.id)
WHERE NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.description = 'demo: funding of account ' || v.label);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, a.currency, CASE WHEN a.currency = 'LITRE' THEN e.volume_milli ELSE e.amount_minor END
FROM journal_entry e
JOIN account a ON a.contract_id = e.contract_id AND a.system_code IS NULL
              AND ((e.card_id IS NULL AND a.card_id IS NULL) OR a.card_id = e.card_id)
              AND e.description LIKE '%' || a.purpose || '%' AND e.description LIKE '%' || a.currency || '%'
WHERE e.description LIKE 'demo: funding of account %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, s.currency, -(e.amount_minor + e.volume_milli)
FROM journal_entry e
JOIN account s ON s.system_code = CASE WHEN e.volume_milli > 0 THEN 'LITRES_ISSUED' ELSE 'BANK_CARD_ACQUIRING' END
WHERE e.description LIKE 'demo: funding of account %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- Cached balances of the demo accounts follow from their postings.
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND contract_id IN (SELECT id FROM contract WHERE number IN ('F-00000001', 'S-00000001'));

-- Limits: fleet cards 10 000 ₽ and 150 L of fuel a day, fuel and car wash only; pupils 300 ₽ a day,
-- and no buffet for Мария.
INSERT INTO spending_limit (contract_id, card_id, measure, period, limit_value, categories, created_at)
SELECT k.contract_id, k.id, v.measure, 'DAY', v.quantity, v.categories, CURRENT_TIMESTAMP
FROM card k JOIN contract c ON c.id = k.contract_id
JOIN (VALUES ('F-00000001', 'MONEY', 1000000, NULL), ('F-00000001', 'VOLUME', 150000, 'FUEL'), ('S-00000001', 'MONEY', 30000, NULL))
     AS v(contract_number, measure, quantity, categories) ON v.contract_number = c.number
WHERE NOT EXISTS (SELECT 1 FROM spending_limit l WHERE l.card_id = k.id AND l.measure = v.measure AND l.period = 'DAY');

INSERT INTO card_restriction (card_id, allowed_categories, forbidden_categories)
SELECT k.id, CASE WHEN c.number = 'F-00000001' THEN 'FUEL,CAR_WASH' END, CASE WHEN k.school_contract_number = '10000002' THEN 'BUFFET' END
FROM card k JOIN contract c ON c.id = k.contract_id
WHERE (c.number = 'F-00000001' OR k.school_contract_number = '10000002')
  AND NOT EXISTS (SELECT 1 FROM card_restriction r WHERE r.card_id = k.id);

-- Where the demo parents hear about the school day (what about, per child: R__demo_sms_informer_and_notices.sql).
INSERT INTO notification_preference (subject, email, phone)
SELECT v.subject, v.email, v.phone
FROM (VALUES ('d3e0c0de-0000-4000-8000-000000000003', 'parent@cardhub.local', '+79001234567'),
             ('d3e0c0de-0000-4000-8000-000000000004', 'parent2@cardhub.local', '+79007654321')) AS v(subject, email, phone)
WHERE NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.subject = v.subject);
