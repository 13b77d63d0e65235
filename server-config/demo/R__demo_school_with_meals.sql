-- Demo data of README.md ("School meals"): the canteens of Школа № 7 (S-00000001, Asia/Vladivostok) and Лицей № 3
-- (S-00000002, Europe/Moscow) — their rules, a published menu for every weekday from yesterday to three weeks ahead
-- (one menu a weekday, 7–8 dishes), Петрова Мария (10000002) a free-meal beneficiary (многодетная семья), and the
-- meal budget of S-00000001 (the contract's own canteen account) funded with 50 000 ₽. Repeatable and idempotent:
-- nothing is inserted twice, and the dates are counted from the day it runs.
--
-- Run at every start (Flyway re-applies a repeatable script whose text changes, and ${flyway:timestamp} changes it), so
-- the menus always reach three weeks ahead of the day the application was last started: the demo never runs out.
-- Named to run after R__demo_money.sql and R__demo_school_second.sql, which make the schools, contracts and cards.

INSERT INTO canteen_settings (organization_id, order_cutoff, cutoff_days_before, order_days_ahead, attendance_deadline,
                              lunch_time, free_meal_price_minor, free_meal_name)
SELECT o.id, TIME '18:00:00', 1, 7, TIME '10:00:00', TIME '12:00:00', v.price, 'Комплексный обед'
FROM (VALUES ('2520123450', 17500), ('7728003458', 16000)) AS v(inn, price)
JOIN organization o ON o.inn = v.inn
WHERE NOT EXISTS (SELECT 1 FROM canteen_settings s WHERE s.organization_id = o.id);

-- A published menu for each weekday from yesterday on, in both schools.
INSERT INTO menu (organization_id, menu_date, status, published_at, updated_at, updated_by)
SELECT o.id, CURRENT_DATE + d.n, 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo'
FROM organization o
CROSS JOIN (VALUES (-1), (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20), (21)) AS d(n)
WHERE o.inn IN ('2520123450', '7728003458')
  AND EXTRACT(ISODOW FROM CURRENT_DATE + d.n) BETWEEN 1 AND 5
  AND NOT EXISTS (SELECT 1 FROM menu m WHERE m.organization_id = o.id AND m.menu_date = CURRENT_DATE + d.n);

-- The dishes of a weekday's menu (1 = Monday): name, category, price in kopecks, portion (grams or millilitres),
-- allergens; soup, main course and drink make the free complex at Школа № 7, the lycée's free meal has a price instead.
INSERT INTO dish (menu_id, position, name, category, price_minor, portion, portion_unit, allergens, free_complex)
SELECT m.id, t.position, t.name, t.category, t.price, t.portion,
       t.unit, t.allergens, CASE WHEN o.inn = '2520123450' THEN t.free_complex ELSE FALSE END
FROM menu m
JOIN organization o ON o.id = m.organization_id AND o.inn IN ('2520123450', '7728003458')
JOIN (VALUES
    (1, 1, 'Каша овсяная с маслом', 'HOT_MEAL', 4500, 200, 'G', 'GLUTEN,MILK', FALSE),
    (1, 2, 'Суп куриный с лапшой', 'HOT_MEAL', 5500, 250, 'ML', 'GLUTEN,EGGS,CELERY', TRUE),
    (1, 3, 'Котлета с картофельным пюре', 'HOT_MEAL', 9500, 230, 'G', 'GLUTEN,MILK,EGGS', TRUE),
    (1, 4, 'Компот из сухофруктов', 'DRINK', 2500, 200, 'ML', NULL, TRUE),
    (1, 5, 'Салат из свёклы с черносливом', 'BUFFET', 3000, 150, 'G', NULL, FALSE),
    (1, 6, 'Булочка с маком', 'BUFFET', 3000, 80, 'G', 'GLUTEN,MILK,EGGS,SESAME', FALSE),
    (1, 7, 'Чай с лимоном', 'DRINK', 2500, 200, 'ML', NULL, FALSE),
    (1, 8, 'Яблоко', 'BUFFET', 2500, 150, 'G', NULL, FALSE),
    (2, 1, 'Омлет с сыром', 'HOT_MEAL', 6000, 150, 'G', 'EGGS,MILK', FALSE),
    (2, 2, 'Борщ со сметаной', 'HOT_MEAL', 6000, 250, 'ML', 'MILK,CELERY', TRUE),
    (2, 3, 'Тефтели с рисом', 'HOT_MEAL', 9000, 230, 'G', 'GLUTEN,EGGS', TRUE),
    (2, 4, 'Кисель ягодный', 'DRINK', 2500, 200, 'ML', NULL, TRUE),
    (2, 5, 'Пирожок с капустой', 'BUFFET', 3500, 90, 'G', 'GLUTEN,EGGS', FALSE),
    (2, 6, 'Сок яблочный', 'DRINK', 4000, 200, 'ML', NULL, FALSE),
    (2, 7, 'Йогурт питьевой', 'BUFFET', 4500, 200, 'ML', 'MILK', FALSE),
    (3, 1, 'Каша гречневая молочная', 'HOT_MEAL', 4500, 200, 'G', 'MILK', FALSE),
    (3, 2, 'Суп гороховый', 'HOT_MEAL', 5000, 250, 'ML', 'CELERY', TRUE),
    (3, 3, 'Рыба запечённая с картофелем', 'HOT_MEAL', 11000, 230, 'G', 'FISH,MILK', TRUE),
    (3, 4, 'Компот из свежих яблок', 'DRINK', 2500, 200, 'ML', NULL, TRUE),
    (3, 5, 'Ватрушка с творогом', 'BUFFET', 4000, 90, 'G', 'GLUTEN,MILK,EGGS', FALSE),
    (3, 6, 'Чай с лимоном', 'DRINK', 2500, 200, 'ML', NULL, FALSE),
    (3, 7, 'Банан', 'BUFFET', 3500, 150, 'G', NULL, FALSE),
    (3, 8, 'Какао с молоком', 'DRINK', 3500, 200, 'ML', 'MILK', FALSE),
    (4, 1, 'Сырники со сметаной', 'HOT_MEAL', 8500, 180, 'G', 'GLUTEN,MILK,EGGS', FALSE),
    (4, 2, 'Щи из свежей капусты', 'HOT_MEAL', 5000, 250, 'ML', 'CELERY', TRUE),
    (4, 3, 'Курица отварная с макаронами', 'HOT_MEAL', 10000, 230, 'G', 'GLUTEN', TRUE),
    (4, 4, 'Морс клюквенный', 'DRINK', 3000, 200, 'ML', NULL, TRUE),
    (4, 5, 'Булочка с маком', 'BUFFET', 3000, 80, 'G', 'GLUTEN,MILK,EGGS,SESAME', FALSE),
    (4, 6, 'Салат из моркови с яблоком', 'BUFFET', 3000, 150, 'G', NULL, FALSE),
    (4, 7, 'Чай с лимоном', 'DRINK', 2500, 200, 'ML', NULL, FALSE),
    (5, 1, 'Запеканка творожная', 'HOT_MEAL', 7500, 180, 'G', 'GLUTEN,MILK,EGGS', FALSE),
    (5, 2, 'Суп рыбный', 'HOT_MEAL', 6000, 250, 'ML', 'FISH,CELERY', TRUE),
    (5, 3, 'Плов с курицей', 'HOT_MEAL', 12000, 250, 'G', NULL, TRUE),
    (5, 4, 'Компот из сухофруктов', 'DRINK', 2500, 200, 'ML', NULL, TRUE),
    (5, 5, 'Пицца школьная', 'BUFFET', 5500, 120, 'G', 'GLUTEN,MILK', FALSE),
    (5, 6, 'Сок апельсиновый', 'DRINK', 4500, 200, 'ML', NULL, FALSE),
    (5, 7, 'Печенье овсяное', 'BUFFET', 2500, 60, 'G', 'GLUTEN,EGGS', FALSE)
) AS t(weekday, position, name, category, price, portion, unit, allergens, free_complex)
  ON t.weekday = EXTRACT(ISODOW FROM m.menu_date)
WHERE m.updated_by = 'demo'
  AND NOT EXISTS (SELECT 1 FROM dish x WHERE x.menu_id = m.id AND x.position = t.position);

-- Петрова Мария gets a free meal every school day she comes: her family has many children.
INSERT INTO meal_benefit (card_id, kind_code, valid_from, valid_until, granted_by, granted_at)
SELECT k.id, 'LARGE_FAMILY', CURRENT_DATE - 90, NULL, 'demo', CURRENT_TIMESTAMP
FROM card k
WHERE k.school_contract_number = '10000002'
  AND NOT EXISTS (SELECT 1 FROM meal_benefit b WHERE b.card_id = k.id);

-- The meal budget of Школа № 7: the school contract's own canteen account, funded by the city with 50 000 ₽ in one
-- entry balanced against the settlement account the money came through.
INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'CANTEEN', 'RUB' FROM contract c
WHERE c.number = 'S-00000001'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'CANTEEN' AND a.currency = 'RUB');

INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CURRENT_TIMESTAMP, NULL, c.id, 5000000, 0, 'demo: funding of the meal budget of S-00000001', 'demo'
FROM contract c
WHERE c.number = 'S-00000001'
  AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.description = 'demo: funding of the meal budget of S-00000001');

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', e.amount_minor
FROM journal_entry e
JOIN account a ON a.contract_id = e.contract_id AND a.card_id IS NULL AND a.purpose = 'CANTEEN' AND a.currency = 'RUB'
WHERE e.description = 'demo: funding of the meal budget of S-00000001'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, 'RUB', -e.amount_minor
FROM journal_entry e
JOIN account s ON s.system_code = 'AGENT_SETTLEMENT'
WHERE e.description = 'demo: funding of the meal budget of S-00000001'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

-- The budget's cached balance follows from its postings (free meals given since included).
UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE card_id IS NULL AND purpose = 'CANTEEN' AND system_code IS NULL
  AND contract_id IN (SELECT id FROM contract WHERE number = 'S-00000001');
