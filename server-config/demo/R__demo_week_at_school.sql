-- Demo data of README.md ("Demo data"): last week at school for Петров Иван and Петрова Мария (Школа № 7,
-- Vladivostok), so the parent's home, the school day and the pupil's cabinet have something to show. The seven days
-- before the day the script first runs, school days only (Monday to Friday): each pupil in at about eight and out in
-- the afternoon through GATE-0001; lunch at CANTEEN-0001 (борщ and компот, from the canteen purse), Иван a pie at the
-- buffet every other day (Мария may not buy at the buffet); Иван's bus in the morning, Мария's in the afternoon
-- (BUS-0001, from the general purse). The week is paid in on its first morning by one top-up of each purse of what it
-- spent, so the purses end where R__demo_money.sql left them. Nothing is booked today, so nothing here counts towards
-- today's limits.
--
-- Each row has the shape the terminals leave (payments.control.Spending, school.boundary.AttendanceLog): a journal
-- entry with its facts and two balanced postings, a canteen purchase's dishes, a pass. Inserted once: a run that finds
-- the week there inserts nothing. Vladivostok has kept UTC+10:00 all year since 2014; the times are written with that
-- offset, since PostgreSQL and H2 read a local time AT TIME ZONE differently.

INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, station, region, amount_minor, volume_milli,
                           description, actor)
SELECT 'PURCHASE', CAST(plan.booked_on || ' ' || plan.at_time || ':00+10:00' AS TIMESTAMP WITH TIME ZONE), k.id,
       k.contract_id, plan.category, plan.station, 'RU-PRI', plan.amount, 0, 'demo school day: ' || plan.what, plan.actor
FROM (
    SELECT TO_CHAR(t.today - d.back * INTERVAL '1' DAY, 'YYYY-MM-DD') AS booked_on, p.school_number, p.at_time,
           p.category, p.station, p.amount, p.what, p.actor, p.odd_days_only
    FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
    CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7)) AS d(back)
    CROSS JOIN (VALUES
        ('10000001', '07:32', 'TRANSPORT', CAST(NULL AS VARCHAR(64)), 3500, 'bus fare', 'terminal:BUS-0001', 0),
        ('10000001', '10:15', 'HOT_MEAL', 'SCHOOL-7', 5750, 'lunch', 'terminal:CANTEEN-0001', 0),
        ('10000001', '12:40', 'BUFFET', 'SCHOOL-7', 2500, 'buffet', 'terminal:CANTEEN-0001', 1),
        ('10000002', '10:20', 'HOT_MEAL', 'SCHOOL-7', 5750, 'lunch', 'terminal:CANTEEN-0001', 0),
        ('10000002', '15:20', 'TRANSPORT', NULL, 3500, 'bus fare', 'terminal:BUS-0001', 0)
    ) AS p(school_number, at_time, category, station, amount, what, actor, odd_days_only)
) plan
JOIN card k ON k.school_contract_number = plan.school_number
WHERE EXTRACT(ISODOW FROM CAST(plan.booked_on AS DATE)) < 6
  AND (plan.odd_days_only = 0 OR MOD(EXTRACT(DAY FROM CAST(plan.booked_on AS DATE)), 2) = 1)
  AND NOT EXISTS (SELECT 1 FROM journal_entry x WHERE x.description LIKE 'demo school day: %');

-- The dishes of each canteen purchase.
INSERT INTO purchase_item (entry_id, line_no, name, category, quantity, price_minor)
SELECT e.id, d.line_no, d.name, d.category, 1, d.price
FROM journal_entry e
JOIN (VALUES ('demo school day: lunch', 1, 'Борщ', 'HOT_MEAL', 4500), ('demo school day: lunch', 2, 'Компот', 'DRINK', 1250),
             ('demo school day: buffet', 1, 'Пирожок', 'BUFFET', 2500)) AS d(what, line_no, name, category, price)
  ON d.what = e.description
WHERE NOT EXISTS (SELECT 1 FROM purchase_item i WHERE i.entry_id = e.id AND i.line_no = d.line_no);

-- The week paid in on its first morning: one top-up of each purse, of what the purse spent.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', spent.first_at - INTERVAL '1' HOUR, spent.card_id, spent.contract_id, spent.amount, 0,
       'demo school day: top-up ' || spent.purse, 'demo'
FROM (
    SELECT e.card_id, e.contract_id, CASE WHEN e.category = 'TRANSPORT' THEN 'MAIN' ELSE 'CANTEEN' END AS purse,
           MIN(e.booked_at) AS first_at, SUM(e.amount_minor) AS amount
    FROM journal_entry e WHERE e.kind = 'PURCHASE' AND e.description LIKE 'demo school day: %'
    GROUP BY e.card_id, e.contract_id, CASE WHEN e.category = 'TRANSPORT' THEN 'MAIN' ELSE 'CANTEEN' END
) spent
WHERE NOT EXISTS (SELECT 1 FROM journal_entry t WHERE t.kind = 'TOP_UP' AND t.card_id = spent.card_id
                    AND t.description = 'demo school day: top-up ' || spent.purse);

-- A purchase moves money from the pupil's purse (the canteen's for meals) to what is owed to the canteen or the
-- carrier; a top-up from the bank card acquirer into the purse.
INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN -e.amount_minor ELSE e.amount_minor END
FROM journal_entry e
JOIN account a ON a.card_id = e.card_id AND a.currency = 'RUB'
 AND a.purpose = CASE WHEN e.description = 'demo school day: top-up MAIN' THEN 'MAIN'
                      WHEN e.description = 'demo school day: top-up CANTEEN' THEN 'CANTEEN'
                      WHEN e.category = 'TRANSPORT' THEN 'MAIN' ELSE 'CANTEEN' END
WHERE e.description LIKE 'demo school day: %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN e.amount_minor ELSE -e.amount_minor END
FROM journal_entry e
JOIN account s ON s.system_code = CASE WHEN e.kind = 'PURCHASE' THEN 'MERCHANT_PAYABLE' ELSE 'BANK_CARD_ACQUIRING' END
WHERE e.description LIKE 'demo school day: %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- The purses' cached balances follow from their postings (the week nets to nothing).
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE currency = 'RUB' AND card_id IN (SELECT id FROM card WHERE school_contract_number IN ('10000001', '10000002'));

-- In at about eight, out in the afternoon, through the main gate.
INSERT INTO attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at)
SELECT k.id, 'GATE-0001', 'demo-' || plan.school_number || '-' || plan.booked_on || '-' || plan.direction, plan.direction,
       CAST(plan.booked_on || ' ' || plan.at_time || ':00+10:00' AS TIMESTAMP WITH TIME ZONE),
       CAST(plan.booked_on || ' ' || plan.at_time || ':00+10:00' AS TIMESTAMP WITH TIME ZONE)
FROM (
    SELECT TO_CHAR(t.today - d.back * INTERVAL '1' DAY, 'YYYY-MM-DD') AS booked_on, p.school_number, p.at_time, p.direction
    FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
    CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7)) AS d(back)
    CROSS JOIN (VALUES ('10000001', '07:55', 'ENTRY'), ('10000001', '14:35', 'EXIT'),
                       ('10000002', '08:02', 'ENTRY'), ('10000002', '15:05', 'EXIT')) AS p(school_number, at_time, direction)
) plan
JOIN card k ON k.school_contract_number = plan.school_number
WHERE EXTRACT(ISODOW FROM CAST(plan.booked_on AS DATE)) < 6
  AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.terminal_id = 'GATE-0001' AND a.event_id LIKE 'demo-1000000%');
