-- Demo of the bonus programme (issue 25, Kari's club): the bonus cards the programme issued, one of them registered to
-- the demo wallet W-00000001 (the realm user wallet) so that the demo till client bonus-pos can record checks with it,
-- the others free for anyone to register in the wallet cabinet (Баллы → Привязать карту). Repeatable and idempotent;
-- runs after R__demo_partners.sql, which opens the demo wallet.
INSERT INTO bonus_card (barcode, issued_at)
SELECT barcode, CURRENT_TIMESTAMP
FROM (VALUES ('2990000000019'), ('2990000000026'), ('2990000000033'), ('2990000000040'), ('2990000000057'),
             ('2990000000064'), ('2990000000071'), ('2990000000088'), ('2990000000095')) AS issued (barcode)
WHERE NOT EXISTS (SELECT 1 FROM bonus_card c WHERE c.barcode = issued.barcode);

UPDATE bonus_card
SET contract_id   = (SELECT id FROM contract WHERE number = 'W-00000001'),
    birth_date    = DATE '1990-05-17',
    registered_at = CURRENT_TIMESTAMP
WHERE barcode = '2990000000019' AND contract_id IS NULL
  AND EXISTS (SELECT 1 FROM contract WHERE number = 'W-00000001');

INSERT INTO points_book (holder, created_at)
SELECT 'W-00000001', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM contract WHERE number = 'W-00000001')
  AND NOT EXISTS (SELECT 1 FROM points_book WHERE holder = 'W-00000001');

-- The demo till client as a partner of its own rate (a till sends a check and its return within a second).
INSERT INTO partner (client_id, name, rate_per_second, burst, created_at)
SELECT 'bonus-pos', 'Кассы бонусной программы (демо)', 200, 200, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM partner p WHERE p.client_id = 'bonus-pos');
