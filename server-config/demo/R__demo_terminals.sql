-- Demo terminals of README.md ("Demo data"). Every one signs with the demo key "demo-terminal-key",
-- stored sealed under the demo key-encryption key the launcher uses when CARDHUB_KEY_ENCRYPTION_KEY is unset.
-- Repeatable and idempotent: re-applied whenever this file changes, never duplicating a row.
INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, created_at)
SELECT v.id, v.kind, 'ACTIVE', v.location, v.region, v.cipher, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (VALUES
    ('FUEL-0001',    'FUEL_POS',            'АЗС № 17, Москва, Варшавское шоссе, 125', 'RU-MOW', 'v1:N5NZUDOs0kcC0rlPjb5tD8ZoqReb/1bcrA8lRZvy43ctqxIzgEzTp4D+4tLZ'),
    ('CANTEEN-0001', 'CANTEEN_POS',         'Школа № 7, Владивосток, столовая',          'RU-PRI', 'v1:PtpDEITSQt/2snoTdeEMy3/8FC+UpvzSiHXSH88sBMXBwZTpffvMCmEcE6+e'),
    ('GATE-0001',    'TURNSTILE',           'Школа № 7, Владивосток, главный вход',      'RU-PRI', 'v1:cqH4P+rXElNvTei6GSTrkElmFA3zSxGY5n5n9fORDOvjsn4FDyZVCA8OFpV0'),
    ('BUS-0001',     'TRANSPORT_VALIDATOR', 'Автобус, Владивосток, маршрут 42',          'RU-PRI', 'v1:rZwww0S4Tpb46I73jbsVPSIRxSmUzKm/Fr69GXYBkYO0VnT6c8QI/oKa14gF'),
    ('KIOSK-0001',   'CASH_KIOSK',          'Школа № 7, Владивосток, холл',              'RU-PRI', 'v1:jBzWKrcxN623F1PiyoCq6tUwsPCJweVGKPGGgtkhhW61No2FyXiHFRWlqCow'),
    -- three more fuel POS at the contract's other chosen stations and on the road to Saint Petersburg; same key
    ('FUEL-0002',    'FUEL_POS',            'АЗС № 23, Москва, Ленинградский проспект, 76', 'RU-MOW', 'v1:N5NZUDOs0kcC0rlPjb5tD8ZoqReb/1bcrA8lRZvy43ctqxIzgEzTp4D+4tLZ'),
    ('FUEL-0003',    'FUEL_POS',            'АЗС № 31, Химки, Ленинградское шоссе, 23 км', 'RU-MOS', 'v1:N5NZUDOs0kcC0rlPjb5tD8ZoqReb/1bcrA8lRZvy43ctqxIzgEzTp4D+4tLZ'),
    ('FUEL-0004',    'FUEL_POS',            'АЗС № 42, Тверь, Петербургское шоссе, 65',  'RU-TVE', 'v1:N5NZUDOs0kcC0rlPjb5tD8ZoqReb/1bcrA8lRZvy43ctqxIzgEzTp4D+4tLZ')
) AS v(id, kind, location, region, cipher)
WHERE NOT EXISTS (SELECT 1 FROM terminal t WHERE t.id = v.id);

-- Where they stand: the fuel POS at one of the fleet contract's chosen stations, the rest at the school.
UPDATE terminal SET station = 'AZS-17' WHERE id = 'FUEL-0001' AND station IS NULL;
UPDATE terminal SET station = 'AZS-23' WHERE id = 'FUEL-0002' AND station IS NULL;
UPDATE terminal SET station = 'AZS-31' WHERE id = 'FUEL-0003' AND station IS NULL;
UPDATE terminal SET station = 'AZS-42' WHERE id = 'FUEL-0004' AND station IS NULL;

-- Where the stations stand (WGS 84), so two fill-ups of one card far apart within an hour show as suspicious: Tver
-- is some 180 km from AZS-17 in Moscow, Khimki some 20 km from the centre. The school's terminals are placed too.
UPDATE terminal SET latitude = v.latitude, longitude = v.longitude
FROM (VALUES ('FUEL-0001', 55.6172, 37.6076), ('FUEL-0002', 55.8030, 37.5310), ('FUEL-0003', 55.9000, 37.4150),
             ('FUEL-0004', 56.8890, 35.8360), ('CANTEEN-0001', 43.1155, 131.8855), ('GATE-0001', 43.1155, 131.8855),
             ('KIOSK-0001', 43.1155, 131.8855), ('BUS-0001', 43.1198, 131.8869)) AS v(id, latitude, longitude)
WHERE terminal.id = v.id AND terminal.latitude IS NULL;
UPDATE terminal SET station = 'SCHOOL-7',
                    organization_id = (SELECT id FROM organization WHERE inn = '2520123450' AND kpp = '252001001')
WHERE id IN ('CANTEEN-0001', 'GATE-0001', 'KIOSK-0001') AND station IS NULL;

-- What they sell, at what price: fuel by the litre, car wash and canteen dishes by the piece.
INSERT INTO terminal_product (terminal_id, product_code, name, category, price_minor, unit)
SELECT v.terminal_id, v.code, v.name, v.category, v.price, v.unit
FROM (VALUES
    ('FUEL-0001', 'AI-92', 'Бензин АИ-92', 'FUEL', 5410, 'LITRE'),
    ('FUEL-0001', 'AI-95', 'Бензин АИ-95', 'FUEL', 5930, 'LITRE'),
    ('FUEL-0001', 'DT', 'Дизельное топливо', 'FUEL', 6680, 'LITRE'),
    ('FUEL-0001', 'CAR_WASH', 'Мойка', 'CAR_WASH', 50000, 'PIECE'),
    ('FUEL-0002', 'AI-92', 'Бензин АИ-92', 'FUEL', 5420, 'LITRE'),
    ('FUEL-0002', 'AI-95', 'Бензин АИ-95', 'FUEL', 5940, 'LITRE'),
    ('FUEL-0002', 'DT', 'Дизельное топливо', 'FUEL', 6690, 'LITRE'),
    ('FUEL-0003', 'AI-92', 'Бензин АИ-92', 'FUEL', 5390, 'LITRE'),
    ('FUEL-0003', 'AI-95', 'Бензин АИ-95', 'FUEL', 5910, 'LITRE'),
    ('FUEL-0003', 'DT', 'Дизельное топливо', 'FUEL', 6650, 'LITRE'),
    ('FUEL-0004', 'AI-92', 'Бензин АИ-92', 'FUEL', 5360, 'LITRE'),
    ('FUEL-0004', 'AI-95', 'Бензин АИ-95', 'FUEL', 5880, 'LITRE'),
    ('FUEL-0004', 'DT', 'Дизельное топливо', 'FUEL', 6620, 'LITRE'),
    ('CANTEEN-0001', 'BORSCH', 'Борщ', 'HOT_MEAL', 4500, 'PIECE'),
    ('CANTEEN-0001', 'COMPOTE', 'Компот', 'DRINK', 1250, 'PIECE'),
    ('CANTEEN-0001', 'PIE', 'Пирожок', 'BUFFET', 2500, 'PIECE')
) AS v(terminal_id, code, name, category, price, unit)
WHERE NOT EXISTS (SELECT 1 FROM terminal_product p WHERE p.terminal_id = v.terminal_id AND p.product_code = v.code);
