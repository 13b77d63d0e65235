-- Demo data of README.md ("Demo data"): a history for contract F-00000001, so the fleet manager's dashboard and
-- transactions have something to show. The three previous calendar months and this month up to yesterday, counted
-- from the day the script first runs: fill-ups of AI-92, AI-95 and diesel and a few car washes on the five demo cards
-- at the contract's stations, at their terminals' prices (within the cards' daily limits and their tanks), each month
-- paid in by one top-up of what it spent, so the contract's balance ends where R__demo_money.sql left it. Nothing is
-- booked today, so no purchase here counts towards a card's limits for today.
--
-- Each row has the shape the application writes (payments.control.Spending, TopUps): a journal entry with its
-- facts, two balanced postings (the contract's account and the system account the money goes to or comes from)
-- and an audit event. Inserted once, by the actor 'demo' as all demo money is: a run that finds the history
-- there inserts nothing. Runs after the other demo scripts (Flyway orders repeatable scripts by description).
--
-- Moscow, the contract's zone, has kept UTC+03:00 all year since 2014; the times below are written with that
-- offset, since PostgreSQL and H2 read a local time AT TIME ZONE differently.

INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, product_code, category, station, region,
                           amount_minor, volume_milli, description, actor)
SELECT 'PURCHASE', CAST(plan.booked_on || ' ' || plan.at_time || ':00+03:00' AS TIMESTAMP WITH TIME ZONE), k.id, c.id,
       plan.product, tp.category, plan.station, 'RU-MOW',
       CASE WHEN tp.unit = 'LITRE' THEN tp.price_minor * plan.millilitres / 1000 ELSE tp.price_minor END,
       CASE WHEN tp.unit = 'LITRE' THEN plan.millilitres ELSE 0 END,
       'Purchase of ' || plan.product || ' at ' || plan.station, 'demo'
FROM (
    SELECT TO_CHAR(DATE_TRUNC('month', t.today) - m.back * INTERVAL '1' MONTH + (p.day_of_month - 1) * INTERVAL '1' DAY,
                   'YYYY-MM-DD') AS booked_on,
           t.today, p.last_digits, p.at_time, p.product, p.station,
           -- a little less each month further back, so the months differ
           p.litres * 1000 - 1500 * m.back AS millilitres
    FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD') AS DATE) AS today) t
    CROSS JOIN (VALUES (0), (1), (2), (3)) AS m(back)
    CROSS JOIN (VALUES
        -- КАМАЗ, diesel, 350 L tank
        ('0010', 2, '07:40', 'DT', 140, 'AZS-17'), ('0010', 9, '07:35', 'DT', 132, 'AZS-23'),
        ('0010', 16, '07:50', 'DT', 138, 'AZS-17'), ('0010', 23, '07:45', 'DT', 135, 'AZS-31'),
        -- ГАЗель, AI-92, 64 L tank
        ('0028', 3, '08:10', 'AI-92', 55, 'AZS-17'), ('0028', 10, '18:20', 'AI-92', 52, 'AZS-23'),
        ('0028', 17, '08:05', 'AI-92', 56, 'AZS-17'), ('0028', 24, '17:55', 'AI-92', 50, 'AZS-31'),
        -- Ford Transit, diesel, 80 L tank, and a wash
        ('0036', 4, '09:15', 'DT', 70, 'AZS-17'), ('0036', 14, '12:40', 'DT', 66, 'AZS-23'),
        ('0036', 15, '10:00', 'CAR_WASH', 0, 'AZS-17'), ('0036', 25, '09:30', 'DT', 68, 'AZS-17'),
        -- Lada Largus, AI-95, 50 L tank, and a wash
        ('0044', 5, '19:05', 'AI-95', 42, 'AZS-17'), ('0044', 15, '19:20', 'AI-95', 40, 'AZS-31'),
        ('0044', 26, '08:45', 'AI-95', 44, 'AZS-17'), ('0044', 27, '12:00', 'CAR_WASH', 0, 'AZS-17'),
        -- the driver's card, AI-95
        ('0051', 6, '20:30', 'AI-95', 45, 'AZS-23'), ('0051', 20, '21:10', 'AI-95', 47, 'AZS-17')
    ) AS p(last_digits, day_of_month, at_time, product, litres, station)
) plan
JOIN contract c ON c.number = 'F-00000001'
JOIN card k ON k.contract_id = c.id AND k.pan_masked = '700599******' || plan.last_digits AND k.reissued_from_id IS NULL
-- the price of the station's own terminal; FUEL-0001's where the station has none
JOIN terminal_product tp ON tp.product_code = plan.product
 AND tp.terminal_id = COALESCE((SELECT MIN(t.id) FROM terminal t WHERE t.station = plan.station), 'FUEL-0001')
WHERE CAST(plan.booked_on AS DATE) < plan.today
  AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.contract_id = c.id AND e.kind = 'PURCHASE' AND e.actor = 'demo');

-- Each month is paid in on its first morning: one top-up by bank card of what the month spent.
INSERT INTO journal_entry (kind, booked_at, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CAST(spent.booked_in || '-01 09:00:00+03:00' AS TIMESTAMP WITH TIME ZONE), spent.contract_id,
       spent.amount, 0, 'Top-up by bank_card', 'demo'
FROM (
    SELECT e.contract_id, TO_CHAR(e.booked_at AT TIME ZONE 'Europe/Moscow', 'YYYY-MM') AS booked_in, SUM(e.amount_minor) AS amount
    FROM journal_entry e JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000001'
    WHERE e.kind = 'PURCHASE' AND e.actor = 'demo'
    GROUP BY e.contract_id, TO_CHAR(e.booked_at AT TIME ZONE 'Europe/Moscow', 'YYYY-MM')
) spent
WHERE NOT EXISTS (SELECT 1 FROM journal_entry t WHERE t.contract_id = spent.contract_id AND t.kind = 'TOP_UP'
                    AND t.actor = 'demo' AND t.description = 'Top-up by bank_card');

-- A purchase moves money from the contract's account to what is owed to the station; a top-up from the bank card
-- acquirer to the contract's account.
INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN -e.amount_minor ELSE e.amount_minor END
FROM journal_entry e
JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000001'
JOIN account a ON a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB'
WHERE e.actor = 'demo' AND (e.kind = 'PURCHASE' OR e.description = 'Top-up by bank_card')
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN e.amount_minor ELSE -e.amount_minor END
FROM journal_entry e
JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000001'
JOIN account s ON s.system_code = CASE WHEN e.kind = 'PURCHASE' THEN 'MERCHANT_PAYABLE' ELSE 'BANK_CARD_ACQUIRING' END
WHERE e.actor = 'demo' AND (e.kind = 'PURCHASE' OR e.description = 'Top-up by bank_card')
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- The contract's cached balance follows from its postings (the history nets to nothing; system accounts keep none).
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE card_id IS NULL AND purpose = 'MAIN' AND currency = 'RUB'
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

-- The audit log has every operation with its actor, at the moment it was booked.
INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details)
SELECT e.booked_at, e.actor, 'card.purchase', 'CARD', CAST(e.card_id AS VARCHAR(20)),
       CAST(CAST(e.amount_minor AS DECIMAL(19, 2)) / 100 AS DECIMAL(19, 2)) || ' RUB'
       || CASE WHEN e.volume_milli = 0 THEN '' ELSE ', ' || CAST(CAST(e.volume_milli AS DECIMAL(19, 3)) / 1000 AS DECIMAL(19, 3)) || ' L' END
       || ' ' || e.category
FROM journal_entry e JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000001'
WHERE e.kind = 'PURCHASE' AND e.actor = 'demo'
  AND NOT EXISTS (SELECT 1 FROM audit_event x WHERE x.action = 'card.purchase' AND x.subject_type = 'CARD'
                    AND x.subject_id = CAST(e.card_id AS VARCHAR(20)) AND x.occurred_at = e.booked_at AND x.actor = 'demo');

INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details)
SELECT e.booked_at, e.actor, 'purse.top-up', 'ACCOUNT', CAST(a.id AS VARCHAR(20)),
       CAST(CAST(e.amount_minor AS DECIMAL(19, 2)) / 100 AS DECIMAL(19, 2)) || ' RUB by BANK_CARD'
FROM journal_entry e
JOIN contract c ON c.id = e.contract_id AND c.number = 'F-00000001'
JOIN account a ON a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB'
WHERE e.kind = 'TOP_UP' AND e.actor = 'demo' AND e.description = 'Top-up by bank_card'
  AND NOT EXISTS (SELECT 1 FROM audit_event x WHERE x.action = 'purse.top-up' AND x.subject_type = 'ACCOUNT'
                    AND x.subject_id = CAST(a.id AS VARCHAR(20)) AND x.occurred_at = e.booked_at AND x.actor = 'demo');
