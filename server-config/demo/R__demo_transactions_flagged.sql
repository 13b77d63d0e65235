-- Demo data of README.md ("Demo data"), the corporate cabinet's suspicious fill-ups: the ГАЗель of card ****0028
-- (a 64-litre tank) takes 72.5 litres at AZS-17 in Moscow and, 40 minutes later, 30 litres at AZS-42 in Tver,
-- some 180 km away. Both show flagged on the transactions page of `fleet` (not of `fleet2`, whose group is
-- «Сервис»). Booked as the application books a purchase — the contract account to the merchants, the facts on the
-- entry — a little before the script first runs, so they fall in the page's default month. Repeatable and
-- idempotent, after R__demo_terminals.sql (the stations' places) and R__demo_people_fleet.sql (the tank).

INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, product_code, category, station, region,
                           amount_minor, volume_milli, description, actor)
SELECT 'PURCHASE', CURRENT_TIMESTAMP - v.minutes_ago * INTERVAL '1' MINUTE, k.id, k.contract_id, 'AI-92', 'FUEL',
       v.station, v.region, v.amount, v.volume, v.description, v.actor
FROM (VALUES
    (150, 'AZS-17', 'RU-MOW', 392245, 72500, 'demo: Purchase of AI-92 at AZS-17, over the tank', 'terminal:FUEL-0001'),
    (110, 'AZS-42', 'RU-TVE', 160800, 30000, 'demo: Purchase of AI-92 at AZS-42, 40 minutes later', 'terminal:FUEL-0004')
) AS v(minutes_ago, station, region, amount, volume, description, actor)
JOIN card k ON k.pan_masked = '700599******0028' AND k.reissued_from_id IS NULL
JOIN contract c ON c.id = k.contract_id AND c.number = 'F-00000001'
WHERE NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.description = v.description);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', CASE WHEN a.system_code IS NULL THEN -e.amount_minor ELSE e.amount_minor END
FROM journal_entry e
JOIN account a ON (a.contract_id = e.contract_id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB')
               OR a.system_code = 'MERCHANT_PAYABLE'
WHERE e.description LIKE 'demo: Purchase of AI-92 at AZS-%'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

-- Cached balances follow from the postings, as the ledger's self-check expects.
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code = 'MERCHANT_PAYABLE'
   OR (card_id IS NULL AND purpose = 'MAIN' AND currency = 'RUB'
       AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001'));
