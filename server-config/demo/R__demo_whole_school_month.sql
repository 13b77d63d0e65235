-- Demo data of README.md ("Demo data"): a month at Школа № 7 (S-00000001, Vladivostok) for the thirty pupils and two
-- staff cards of R__demo_whole_school.sql, so the teacher's attendance, the director's reports and the canteen
-- supplier's sales and settlements have something to show. The school days (Monday to Friday) of the thirty days before
-- the day the script first runs; nothing today, so nothing here counts towards today's limits.
--
--   - GATE-0001: each pupil in and out once a day — most in 07:40–08:25, some late (08:31–08:55, after lessons start at
--     08:30), a few absent (and Осипов Даниил of 5А off sick for a spell), most out 14:05–16:35, some leaving early
--     (11:30–13:30, before lessons end at 14:00);
--   - CANTEEN-0001: a paying pupil's lunch at the long break (10:05–10:40: the free complex of soup, main course and
--     drink, or a part of it, or the breakfast dish), a bun or pie at the buffet now and then (12:35–13:05; never Мария,
--     who may not buy there); the teacher's lunch and the cook's breakfast on their staff cards; the dishes by name and
--     price as the demo menus of R__demo_school_with_meals.sql have them by weekday (those menus exist only from
--     yesterday on, so the month's dishes are written here as they are);
--   - free meals: every beneficiary who came gets the day's free complex at lunch time (12:00–12:05), paid from the
--     school's meal budget, exactly as the meals timer books it (meals.control.FreeMealPosting and
--     payments.control.SponsoredPurchases): a purchase of the pupil's of category FREE_MEAL, «Бесплатное питание
--     (льгота: …)», by system:meals, its dishes, the postings budget → MERCHANT_PAYABLE, and the free_meal row (what
--     the application keeps besides — the operation's idempotency record and audit row — is left out, as for every demo
--     entry; the free_meal row, one per pupil and day, is what stops a second meal);
--   - the month paid in: each card's canteen purse by one top-up of what it spent, an hour before its first purchase,
--     and the meal budget by one entry (from the settlement account, like its funding) of what the free meals cost, on
--     the first morning — so every purse and the budget end where they were (the demo pupils' 1 500 ₽ and 800 ₽, the
--     budget's 50 000 ₽).
--
-- Deterministic: what happens to whom on which day follows from the card's school contract number and the day of the
-- year by modular arithmetic (no random()), so a rerun on the same day writes the same month. Inserted once: a run that
-- finds the month there inserts nothing. A pupil who already has passes on a day (Иван's and Мария's week of
-- R__demo_week_at_school.sql) keeps that day as it is. Each row has the shape the terminals and the meals timer leave;
-- Vladivostok keeps UTC+10:00 all year, so times are written with that offset (PostgreSQL and H2 read a local time AT
-- TIME ZONE differently). Named to run after R__demo_whole_school.sql.

-- Passes: in and out through the main gate.
INSERT INTO attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at)
SELECT p.card_id, 'GATE-0001', 'demo-month-' || p.school_number || '-' || p.booked_on || '-' || w.direction, w.direction,
       p.midnight + (CASE WHEN w.direction = 'ENTRY' THEN p.entry_minute ELSE p.exit_minute END) * INTERVAL '1' MINUTE,
       p.midnight + (CASE WHEN w.direction = 'ENTRY' THEN p.entry_minute ELSE p.exit_minute END) * INTERVAL '1' MINUTE
FROM (
    SELECT b.card_id, b.school_number, b.booked_on, b.midnight,
           CASE WHEN MOD(b.i * 37 + b.dn * 53, 100) < 13 THEN 511 + MOD(b.i * 3 + b.dn, 25)
                ELSE 460 + MOD(b.i * 7 + b.dn * 11, 46) END AS entry_minute,
           CASE WHEN MOD(b.i * 13 + b.dn * 29, 100) < 7 THEN 690 + MOD(b.i + b.dn * 3, 120)
                ELSE 845 + MOD(b.i * 11 + b.dn * 5, 150) END AS exit_minute
    FROM (
        SELECT k.id AS card_id, k.school_contract_number AS school_number, MOD(CAST(k.school_contract_number AS INTEGER), 1000) AS i,
               d.booked_on, CAST(EXTRACT(DOY FROM CAST(d.booked_on AS DATE)) AS INTEGER) AS dn,
               CAST(d.booked_on || ' 00:00:00+10:00' AS TIMESTAMP WITH TIME ZONE) AS midnight
        FROM card k
        JOIN contract c ON c.id = k.contract_id AND c.number = 'S-00000001'
        CROSS JOIN (
            SELECT TO_CHAR(t.today - (tens.n * 10 + units.n + 1) * INTERVAL '1' DAY, 'YYYY-MM-DD') AS booked_on
            FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
            CROSS JOIN (VALUES (0), (1), (2)) AS tens(n)
            CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS units(n)
        ) d
        WHERE k.school_contract_number BETWEEN '10000001' AND '10000299' AND k.holder_kind = 'PUPIL' AND k.status = 'ACTIVE'
          AND EXTRACT(ISODOW FROM CAST(d.booked_on AS DATE)) < 6
    ) b
    WHERE MOD(b.i * 37 + b.dn * 53, 100) >= 5 AND NOT (b.i = 113 AND MOD(b.dn, 40) < 5)
) p
CROSS JOIN (VALUES ('ENTRY'), ('EXIT')) AS w(direction)
WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.card_id = p.card_id AND a.event_id NOT LIKE 'demo-month-%'
                    AND a.occurred_at >= p.midnight AND a.occurred_at < p.midnight + INTERVAL '1' DAY)
  AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.terminal_id = 'GATE-0001' AND x.event_id LIKE 'demo-month-%');

-- Free meals at lunch time for the beneficiaries who came (their amounts are their dishes', set below).
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, amount_minor, volume_milli, description, actor)
SELECT 'PURCHASE', b.midnight + (720 + MOD(b.i + b.dn, 5)) * INTERVAL '1' MINUTE, b.card_id, b.contract_id, 'FREE_MEAL', 0, 0,
       'Бесплатное питание (льгота: ' || mk.name_ru || ')', 'system:meals'
FROM (
    SELECT k.id AS card_id, k.contract_id, k.school_contract_number AS school_number,
           MOD(CAST(k.school_contract_number AS INTEGER), 1000) AS i, d.booked_on,
           CAST(EXTRACT(DOY FROM CAST(d.booked_on AS DATE)) AS INTEGER) AS dn,
           CAST(d.booked_on || ' 00:00:00+10:00' AS TIMESTAMP WITH TIME ZONE) AS midnight
    FROM card k
    JOIN contract c ON c.id = k.contract_id AND c.number = 'S-00000001'
    CROSS JOIN (
        SELECT TO_CHAR(t.today - (tens.n * 10 + units.n + 1) * INTERVAL '1' DAY, 'YYYY-MM-DD') AS booked_on
        FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
        CROSS JOIN (VALUES (0), (1), (2)) AS tens(n)
        CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS units(n)
    ) d
    WHERE k.school_contract_number BETWEEN '10000001' AND '10000299' AND k.holder_kind = 'PUPIL' AND k.status = 'ACTIVE'
      AND EXTRACT(ISODOW FROM CAST(d.booked_on AS DATE)) < 6
) b
JOIN meal_benefit mb ON mb.card_id = b.card_id AND mb.valid_from <= CAST(b.booked_on AS DATE)
                    AND (mb.valid_until IS NULL OR mb.valid_until >= CAST(b.booked_on AS DATE))
JOIN meal_benefit_kind mk ON mk.code = mb.kind_code
WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.terminal_id = 'GATE-0001'
                AND a.event_id = 'demo-month-' || b.school_number || '-' || b.booked_on || '-ENTRY')
  AND NOT EXISTS (SELECT 1 FROM free_meal f WHERE f.card_id = b.card_id AND f.meal_date = CAST(b.booked_on AS DATE))
  AND NOT EXISTS (SELECT 1 FROM journal_entry x WHERE x.description LIKE 'demo school month: %');

-- Paid purchases at the canteen's till: a lunch (A: soup, main course and drink; B: main course and drink; C: the
-- breakfast dish and drink; D: soup and main course; E: the breakfast dish) and now and then the buffet (F).
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, station, region, amount_minor, volume_milli,
                           description, actor)
SELECT 'PURCHASE', s.midnight + s.at_minute * INTERVAL '1' MINUTE, s.card_id, s.contract_id,
       CASE WHEN s.code = 'F' THEN 'BUFFET' ELSE 'HOT_MEAL' END, 'SCHOOL-7', 'RU-PRI', 0, 0, 'demo school month: ' || s.code,
       'terminal:CANTEEN-0001'
FROM (
    SELECT f.card_id, f.contract_id, f.midnight,
           CASE WHEN w.what = 'LUNCH' THEN
                    CASE WHEN f.holder_kind = 'PERSON' THEN
                             CASE WHEN f.i = 201 AND MOD(f.dn, 5) <> 0 THEN 'D' WHEN f.i = 202 AND MOD(f.dn, 4) <> 0 THEN 'C' END
                         WHEN f.present = 1 AND f.beneficiary = 0 THEN
                             CASE MOD(f.i * 5 + f.dn * 3, 6) WHEN 0 THEN 'A' WHEN 1 THEN 'B' WHEN 2 THEN 'C' WHEN 3 THEN 'D'
                                                             WHEN 4 THEN 'E' END END
                WHEN f.holder_kind = 'PUPIL' AND f.present = 1 AND f.no_buffet = 0 AND MOD(f.i * 11 + f.dn * 7, 3) = 0
                     AND MOD(f.i * 13 + f.dn * 29, 100) >= 7 THEN 'F' END AS code,
           CASE WHEN w.what = 'BUFFET' THEN 755 + MOD(f.i + f.dn * 5, 30)
                WHEN f.i = 201 THEN 765 + MOD(f.dn * 7, 20)
                WHEN f.i = 202 THEN 570 + MOD(f.dn * 3, 20)
                ELSE 605 + MOD(f.i * 7 + f.dn, 35) END AS at_minute
    FROM (
        SELECT b.card_id, b.contract_id, b.holder_kind, b.i, b.dn, b.midnight,
               CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.terminal_id = 'GATE-0001'
                                   AND a.event_id = 'demo-month-' || b.school_number || '-' || b.booked_on || '-ENTRY')
                    THEN 1 ELSE 0 END AS present,
               CASE WHEN EXISTS (SELECT 1 FROM meal_benefit mb WHERE mb.card_id = b.card_id
                                   AND mb.valid_from <= CAST(b.booked_on AS DATE)
                                   AND (mb.valid_until IS NULL OR mb.valid_until >= CAST(b.booked_on AS DATE)))
                    THEN 1 ELSE 0 END AS beneficiary,
               CASE WHEN EXISTS (SELECT 1 FROM card_restriction r WHERE r.card_id = b.card_id
                                   AND r.forbidden_categories LIKE '%BUFFET%') THEN 1 ELSE 0 END AS no_buffet
        FROM (
            SELECT k.id AS card_id, k.contract_id, k.holder_kind, k.school_contract_number AS school_number,
                   MOD(CAST(k.school_contract_number AS INTEGER), 1000) AS i, d.booked_on,
                   CAST(EXTRACT(DOY FROM CAST(d.booked_on AS DATE)) AS INTEGER) AS dn,
                   CAST(d.booked_on || ' 00:00:00+10:00' AS TIMESTAMP WITH TIME ZONE) AS midnight
            FROM card k
            JOIN contract c ON c.id = k.contract_id AND c.number = 'S-00000001'
            CROSS JOIN (
                SELECT TO_CHAR(t.today - (tens.n * 10 + units.n + 1) * INTERVAL '1' DAY, 'YYYY-MM-DD') AS booked_on
                FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
                CROSS JOIN (VALUES (0), (1), (2)) AS tens(n)
                CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS units(n)
            ) d
            WHERE k.school_contract_number BETWEEN '10000001' AND '10000299' AND k.status = 'ACTIVE'
              AND EXTRACT(ISODOW FROM CAST(d.booked_on AS DATE)) < 6
        ) b
    ) f
    CROSS JOIN (VALUES ('LUNCH'), ('BUFFET')) AS w(what)
) s
WHERE s.code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM journal_entry x WHERE x.description LIKE 'demo school month: %');

-- The dishes of each purchase and free meal: positions 1–5 of the demo menu of the day's weekday (1 = Monday).
INSERT INTO purchase_item (entry_id, line_no, name, category, quantity, price_minor)
SELECT e.id, l.line_no, m.name, m.category, 1, m.price
FROM journal_entry e
JOIN (VALUES ('A', 1, 2), ('A', 2, 3), ('A', 3, 4), ('B', 1, 3), ('B', 2, 4), ('C', 1, 1), ('C', 2, 4), ('D', 1, 2), ('D', 2, 3),
             ('E', 1, 1), ('F', 1, 5), ('FREE', 1, 2), ('FREE', 2, 3), ('FREE', 3, 4)) AS l(code, line_no, position)
  ON (e.category = 'FREE_MEAL' AND l.code = 'FREE') OR e.description = 'demo school month: ' || l.code
JOIN (VALUES
    (1, 1, 'Каша овсяная с маслом', 'HOT_MEAL', 4500), (1, 2, 'Суп куриный с лапшой', 'HOT_MEAL', 5500),
    (1, 3, 'Котлета с картофельным пюре', 'HOT_MEAL', 9500), (1, 4, 'Компот из сухофруктов', 'DRINK', 2500),
    (1, 5, 'Салат из свёклы с черносливом', 'BUFFET', 3000),
    (2, 1, 'Омлет с сыром', 'HOT_MEAL', 6000), (2, 2, 'Борщ со сметаной', 'HOT_MEAL', 6000),
    (2, 3, 'Тефтели с рисом', 'HOT_MEAL', 9000), (2, 4, 'Кисель ягодный', 'DRINK', 2500),
    (2, 5, 'Пирожок с капустой', 'BUFFET', 3500),
    (3, 1, 'Каша гречневая молочная', 'HOT_MEAL', 4500), (3, 2, 'Суп гороховый', 'HOT_MEAL', 5000),
    (3, 3, 'Рыба запечённая с картофелем', 'HOT_MEAL', 11000), (3, 4, 'Компот из свежих яблок', 'DRINK', 2500),
    (3, 5, 'Ватрушка с творогом', 'BUFFET', 4000),
    (4, 1, 'Сырники со сметаной', 'HOT_MEAL', 8500), (4, 2, 'Щи из свежей капусты', 'HOT_MEAL', 5000),
    (4, 3, 'Курица отварная с макаронами', 'HOT_MEAL', 10000), (4, 4, 'Морс клюквенный', 'DRINK', 3000),
    (4, 5, 'Булочка с маком', 'BUFFET', 3000),
    (5, 1, 'Запеканка творожная', 'HOT_MEAL', 7500), (5, 2, 'Суп рыбный', 'HOT_MEAL', 6000),
    (5, 3, 'Плов с курицей', 'HOT_MEAL', 12000), (5, 4, 'Компот из сухофруктов', 'DRINK', 2500),
    (5, 5, 'Пицца школьная', 'BUFFET', 5500)
) AS m(weekday, position, name, category, price)
  ON m.position = l.position
 AND m.weekday = EXTRACT(ISODOW FROM CAST(TO_CHAR(e.booked_at AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE))
WHERE e.kind = 'PURCHASE' AND e.amount_minor = 0
  AND (e.description LIKE 'demo school month: %' OR (e.category = 'FREE_MEAL' AND e.actor = 'system:meals'))
  AND NOT EXISTS (SELECT 1 FROM purchase_item i WHERE i.entry_id = e.id AND i.line_no = l.line_no);

-- Each costs what its dishes do.
UPDATE journal_entry SET amount_minor = (SELECT SUM(i.price_minor * i.quantity) FROM purchase_item i WHERE i.entry_id = journal_entry.id)
WHERE kind = 'PURCHASE' AND amount_minor = 0
  AND (description LIKE 'demo school month: %' OR (category = 'FREE_MEAL' AND actor = 'system:meals'))
  AND EXISTS (SELECT 1 FROM purchase_item i WHERE i.entry_id = journal_entry.id);

-- A free meal given: one per pupil and school day (the application writes it with its postings, so a free meal
-- entry without postings is one of this script's).
INSERT INTO free_meal (card_id, meal_date, kind_code, amount_minor, entry_id, posted_at)
SELECT e.card_id, CAST(TO_CHAR(e.booked_at AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE), mb.kind_code,
       e.amount_minor, e.id, e.booked_at
FROM journal_entry e
JOIN meal_benefit mb ON mb.card_id = e.card_id
JOIN card k ON k.id = e.card_id AND k.school_contract_number BETWEEN '10000001' AND '10000299'
WHERE e.kind = 'PURCHASE' AND e.category = 'FREE_MEAL' AND e.actor = 'system:meals' AND e.amount_minor > 0
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM free_meal f WHERE f.entry_id = e.id);

-- The month paid in: each card's canteen purse an hour before its first purchase, of what the purse spent.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', spent.first_at - INTERVAL '1' HOUR, spent.card_id, spent.contract_id, spent.amount, 0,
       'demo school month: top-up CANTEEN', 'demo'
FROM (
    SELECT e.card_id, e.contract_id, MIN(e.booked_at) AS first_at, SUM(e.amount_minor) AS amount
    FROM journal_entry e WHERE e.kind = 'PURCHASE' AND e.description LIKE 'demo school month: %'
    GROUP BY e.card_id, e.contract_id
) spent
WHERE NOT EXISTS (SELECT 1 FROM journal_entry t WHERE t.kind = 'TOP_UP' AND t.card_id = spent.card_id
                    AND t.description = 'demo school month: top-up CANTEEN');

-- … and the meal budget on the first morning, of what the free meals cost.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', MIN(e.booked_at) - INTERVAL '5' HOUR, NULL, e.contract_id, SUM(e.amount_minor), 0,
       'demo school month: funding of the meal budget', 'demo'
FROM journal_entry e
JOIN free_meal f ON f.entry_id = e.id
WHERE NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM journal_entry t WHERE t.description = 'demo school month: funding of the meal budget')
GROUP BY e.contract_id;

-- A purchase moves money from the card's canteen purse to what is owed to the canteen, a free meal from the meal
-- budget; a top-up of a purse comes from bank-card acquiring, the budget's from the settlement account.
INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN -e.amount_minor ELSE e.amount_minor END
FROM journal_entry e
JOIN account a ON a.card_id = e.card_id AND a.purpose = 'CANTEEN' AND a.currency = 'RUB'
WHERE e.description LIKE 'demo school month: %' AND e.card_id IS NOT NULL AND e.amount_minor > 0
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN -e.amount_minor ELSE e.amount_minor END
FROM journal_entry e
JOIN account a ON a.contract_id = e.contract_id AND a.card_id IS NULL AND a.purpose = 'CANTEEN' AND a.currency = 'RUB'
WHERE (e.description = 'demo school month: funding of the meal budget'
       OR (e.kind = 'PURCHASE' AND e.category = 'FREE_MEAL' AND e.actor = 'system:meals'))
  AND e.amount_minor > 0
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, 'RUB', CASE WHEN e.kind = 'PURCHASE' THEN e.amount_minor ELSE -e.amount_minor END
FROM journal_entry e
JOIN account s ON s.system_code = CASE WHEN e.kind = 'PURCHASE' THEN 'MERCHANT_PAYABLE'
                                       WHEN e.card_id IS NULL THEN 'AGENT_SETTLEMENT' ELSE 'BANK_CARD_ACQUIRING' END
WHERE (e.description LIKE 'demo school month: %' OR (e.kind = 'PURCHASE' AND e.category = 'FREE_MEAL' AND e.actor = 'system:meals'))
  AND e.amount_minor > 0
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- The cached balances of the school's purses and budget follow from their postings (the month nets to nothing).
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND contract_id = (SELECT c.id FROM contract c WHERE c.number = 'S-00000001')
  AND (card_id IS NULL OR card_id IN (SELECT k.id FROM card k WHERE k.school_contract_number BETWEEN '10000001' AND '10000299'));
