-- Demo data of README.md ("Lesson subscriptions", issue 24): the education centre «Центр развития «Знайка»» (contract
-- L-00000001, Europe/Moscow) with its staff member `center`, four groups (two sold by subscription, one by the lesson,
-- one a course) and two pupils whose cards the demo `parent` guards: Петров Иван, whose English subscription ends soon
-- (2 lessons left, 4 days to go) and who has one chess lesson in debt, and Петрова Мария, whose course is paid 5 000 of
-- 10 000 ₽. The ledger has every movement: top-ups by bank card, payments into the deferred revenue, and the revenue
-- each lesson given recognised for the centre.
--
-- Written once: every statement inserts only what is missing, and the dates are counted from the day it first runs
-- (the lessons of the demo are in the past of that day). The cards' numbers are hashed and sealed under the documented
-- demo key; their activation codes (LSN2KPQ7, LSN3MRT8) are kept only as hashes.

INSERT INTO organization (form, name, inn, kpp, ogrn, bik, settlement_account, time_zone, created_at)
SELECT 'LEGAL_ENTITY', 'Центр развития «Знайка»', '7709123453', '770901001', '1027709123452', NULL, NULL, 'Europe/Moscow',
       CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.inn = '7709123453');

INSERT INTO organization_member (organization_id, subject, email)
SELECT o.id, 'd3e0c0de-0000-4000-8000-000000000011', 'center@cardhub.local' FROM organization o
WHERE o.inn = '7709123453' AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = o.id
                                             AND m.subject = 'd3e0c0de-0000-4000-8000-000000000011');

INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'L-00000001', 'CENTRE', o.id, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, 'Europe/Moscow', CURRENT_TIMESTAMP
FROM organization o WHERE o.inn = '7709123453' AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'L-00000001');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', 'RUB' FROM contract c
WHERE c.number = 'L-00000001' AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL);

INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, barcode, school_contract_number, activation_code_hash, status, expires_on, created_at)
SELECT c.id, v.pan_hash, v.pan_sealed, v.pan_masked, 'PLASTIC', 'PUPIL', v.holder_name, v.barcode, v.school_number, v.activation_code_hash, 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP
FROM (VALUES
    ('81137fac876346e23bb83a0f2092ade5ea371aac5dbc630e3df8bf037535c4a0', 'v1:1M8WfPo0EqsMjNa38fi7yH0mGWcanGy+0vR+HVFYW4a6OXGp/mnmhlw5bk8=', '700599******0011', 'Петров Иван', '2000300000012', '30000001', 'fbd4502ca431d50b31ed70477dbd9ef78b223c52dbe591eed06413e180bf144b'),
    ('4f9be321c1dc8a97c5cf32a8e3b2ab4322b7c61c11dc9af5a9ca3a17bcee7c3b', 'v1:BccisqWeutY58JCe8XiTAjQChDRyUVRLueaUppCXVuBtoTzDSqxguVO021M=', '700599******0029', 'Петрова Мария', '2000300000029', '30000002', '515efc6c79c723cdd46933782285ee8119008e701efdc044951850178d3bc775')
) AS v(pan_hash, pan_sealed, pan_masked, holder_name, barcode, school_number, activation_code_hash)
JOIN contract c ON c.number = 'L-00000001'
WHERE NOT EXISTS (SELECT 1 FROM card k WHERE k.school_contract_number = v.school_number);

INSERT INTO account (contract_id, card_id, purpose, currency)
SELECT k.contract_id, k.id, v.purpose, 'RUB' FROM card k
CROSS JOIN (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose)
WHERE k.school_contract_number IN ('30000001', '30000002')
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.card_id = k.id AND a.purpose = v.purpose AND a.currency = 'RUB');

INSERT INTO card_guardian (card_id, subject)
SELECT k.id, 'd3e0c0de-0000-4000-8000-000000000003' FROM card k
WHERE k.school_contract_number IN ('30000001', '30000002')
  AND NOT EXISTS (SELECT 1 FROM card_guardian g WHERE g.card_id = k.id AND g.subject = 'd3e0c0de-0000-4000-8000-000000000003');

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CARD', k.id, NULL, 'ACTIVE', 'demo data', 'demo', CURRENT_TIMESTAMP FROM card k
WHERE k.school_contract_number IN ('30000001', '30000002')
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CARD' AND e.subject_id = k.id);

INSERT INTO lesson_group (contract_id, name, teacher, weekdays, starts_at, minutes, pricing, lesson_price_minor,
                          course_price_minor, course_lessons, course_from, course_until, debt_rule, created_at)
SELECT c.id, v.name, v.teacher, v.weekdays, v.starts_at, v.minutes, v.pricing, v.lesson_price, v.course_price,
       v.course_lessons, CASE WHEN v.pricing = 'COURSE' THEN CURRENT_DATE - 60 END,
       CASE WHEN v.pricing = 'COURSE' THEN CURRENT_DATE + 60 END, 'NEXT_SUBSCRIPTION_SETTLES', CURRENT_TIMESTAMP
FROM (VALUES
    ('Английский язык', 'Белова Анна Сергеевна', '1,3', TIME '17:00:00', 60, 'SUBSCRIPTION', 60000, CAST(NULL AS BIGINT), CAST(NULL AS INTEGER)),
    ('Шахматы', 'Орлов Павел Игоревич', '2,4', TIME '16:00:00', 45, 'SUBSCRIPTION', 45000, NULL, NULL),
    ('Робототехника', 'Ким Денис Олегович', '6', TIME '11:00:00', 90, 'PER_LESSON', 70000, NULL, NULL),
    ('Скорочтение', 'Смирнова Елена Викторовна', '5', TIME '15:00:00', 60, 'COURSE', NULL, 1000000, 20)
) AS v(name, teacher, weekdays, starts_at, minutes, pricing, lesson_price, course_price, course_lessons)
JOIN contract c ON c.number = 'L-00000001'
WHERE NOT EXISTS (SELECT 1 FROM lesson_group g WHERE g.contract_id = c.id AND g.name = v.name);

INSERT INTO lesson_offer (group_id, lessons, valid_days, price_minor)
SELECT g.id, v.lessons, v.days, v.price FROM lesson_group g
JOIN contract c ON c.id = g.contract_id AND c.number = 'L-00000001'
JOIN (VALUES ('Английский язык', 8, 30, 400000), ('Английский язык', 4, 30, 220000), ('Шахматы', 8, 30, 320000))
     AS v(name, lessons, days, price) ON v.name = g.name
WHERE NOT EXISTS (SELECT 1 FROM lesson_offer o WHERE o.group_id = g.id AND o.lessons = v.lessons AND o.valid_days = v.days);

INSERT INTO lesson_pupil (contract_id, card_id, name, parent_email, settle_debts_first, created_at)
SELECT k.contract_id, k.id, k.holder_name, 'parent@cardhub.local', TRUE, CURRENT_TIMESTAMP FROM card k
WHERE k.school_contract_number IN ('30000001', '30000002')
  AND NOT EXISTS (SELECT 1 FROM lesson_pupil p WHERE p.card_id = k.id);

INSERT INTO lesson_enrolment (group_id, pupil_id, enrolled_on)
SELECT g.id, p.id, CURRENT_DATE - 61 FROM lesson_pupil p
JOIN card k ON k.id = p.card_id
JOIN (VALUES ('30000001', 'Английский язык'), ('30000001', 'Шахматы'), ('30000001', 'Робототехника'),
             ('30000002', 'Скорочтение')) AS v(school_number, name) ON v.school_number = k.school_contract_number
JOIN lesson_group g ON g.contract_id = p.contract_id AND g.name = v.name
WHERE NOT EXISTS (SELECT 1 FROM lesson_enrolment e WHERE e.group_id = g.id AND e.pupil_id = p.id);

-- The days behind us on which each group met and the pupil came: English the last six Mondays and Wednesdays of the
-- subscription's 25 days, chess the last Tuesday or Thursday, robotics the last Saturday, the course the last three
-- Fridays. Offsets are counted back from the day the script first runs.
CREATE TABLE demo_lesson_day AS
SELECT v.school_number, v.name, CURRENT_DATE - d.n AS lesson_date, d.n
FROM (VALUES ('30000001', 'Английский язык', '1,3'), ('30000001', 'Шахматы', '2,4'), ('30000001', 'Робототехника', '6'),
             ('30000002', 'Скорочтение', '5')) AS v(school_number, name, weekdays)
CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18),
                   (19), (20), (21), (22), (23), (24)) AS d(n)
WHERE POSITION(CAST(EXTRACT(ISODOW FROM CURRENT_DATE - d.n) AS VARCHAR(1)) IN v.weekdays) > 0;

DELETE FROM demo_lesson_day x WHERE (x.name = 'Английский язык' AND x.n > (SELECT MAX(y.n) FROM (SELECT z.n
                                          FROM demo_lesson_day z WHERE z.name = 'Английский язык'
                                          ORDER BY z.n FETCH FIRST 6 ROWS ONLY) y))
   OR (x.name = 'Шахматы' AND x.n > (SELECT MIN(z.n) FROM demo_lesson_day z WHERE z.name = 'Шахматы'))
   OR (x.name = 'Робототехника' AND x.n > (SELECT MIN(z.n) FROM demo_lesson_day z WHERE z.name = 'Робототехника'))
   OR (x.name = 'Скорочтение' AND x.n > (SELECT MAX(y.n) FROM (SELECT z.n FROM demo_lesson_day z
                                          WHERE z.name = 'Скорочтение' ORDER BY z.n FETCH FIRST 3 ROWS ONLY) y));

-- The subscription and the course, only while the demo pupils have none (the first run).
INSERT INTO lesson_subscription (enrolment_id, kind, lessons, valid_from, valid_until, price_minor, paid_minor, consumed,
                                 last_share, expired, forfeited_minor, request_key, created_at, created_by)
SELECT e.id, v.kind, v.lessons, v.valid_from, v.valid_until, v.price, v.paid, v.consumed, FALSE, FALSE, 0,
       'demo:' || k.school_contract_number || ':' || v.name, CURRENT_TIMESTAMP, 'demo'
FROM (VALUES ('30000001', 'Английский язык', 'SUBSCRIPTION', 8, CURRENT_DATE - 25, CURRENT_DATE + 4, 400000, 400000, 6),
             ('30000002', 'Скорочтение', 'COURSE', 20, CURRENT_DATE - 60, CURRENT_DATE + 60, 1000000, 500000, 3))
     AS v(school_number, name, kind, lessons, valid_from, valid_until, price, paid, consumed)
JOIN card k ON k.school_contract_number = v.school_number
JOIN lesson_pupil p ON p.card_id = k.id
JOIN lesson_group g ON g.contract_id = p.contract_id AND g.name = v.name
JOIN lesson_enrolment e ON e.group_id = g.id AND e.pupil_id = p.id
WHERE NOT EXISTS (SELECT 1 FROM lesson_subscription s WHERE s.request_key = 'demo:' || k.school_contract_number || ':' || v.name);

INSERT INTO lesson (group_id, lesson_date)
SELECT DISTINCT g.id, x.lesson_date FROM demo_lesson_day x
JOIN lesson_group g ON g.name = x.name JOIN contract c ON c.id = g.contract_id AND c.number = 'L-00000001'
WHERE NOT EXISTS (SELECT 1 FROM lesson_visit)
  AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.group_id = g.id AND l.lesson_date = x.lesson_date);

-- The visits: English and the course paid by their subscription (500 ₽ of revenue each), chess in debt, robotics paid
-- from the balance at its 700 ₽.
INSERT INTO lesson_visit (enrolment_id, lesson_id, lesson_date, subscription_id, revenue_minor, last_share, settled_minor,
                          marked_at, marked_by)
SELECT e.id, l.id, x.lesson_date, s.id, CASE WHEN s.id IS NULL THEN 0 ELSE 50000 END, FALSE,
       CASE WHEN g.pricing = 'PER_LESSON' THEN 70000 ELSE 0 END, CURRENT_TIMESTAMP, 'demo'
FROM demo_lesson_day x
JOIN card k ON k.school_contract_number = x.school_number
JOIN lesson_pupil p ON p.card_id = k.id
JOIN lesson_group g ON g.contract_id = p.contract_id AND g.name = x.name
JOIN lesson_enrolment e ON e.group_id = g.id AND e.pupil_id = p.id
JOIN lesson l ON l.group_id = g.id AND l.lesson_date = x.lesson_date
LEFT JOIN lesson_subscription s ON s.enrolment_id = e.id
WHERE NOT EXISTS (SELECT 1 FROM lesson_visit v WHERE v.enrolment_id = e.id AND v.lesson_id = l.id)
  AND NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.description LIKE 'demo-lessons:%');

-- The money, one entry per movement: from and to name an account (a card's main purse by its number, the centre's
-- account, or a system account).
CREATE TABLE demo_lesson_money AS
SELECT v.tag, v.kind, v.card, v.from_ref, v.to_ref, v.amount FROM (VALUES
    ('topup-ivan', 'TOP_UP', '30000001', 'SYS:BANK_CARD_ACQUIRING', 'CARD:30000001', 500000),
    ('topup-maria', 'TOP_UP', '30000002', 'SYS:BANK_CARD_ACQUIRING', 'CARD:30000002', 600000),
    ('english-paid', 'TRANSFER', '30000001', 'CARD:30000001', 'SYS:LESSONS_DEFERRED', 400000),
    ('robotics-paid', 'TRANSFER', '30000001', 'CARD:30000001', 'CENTRE', 70000),
    ('course-paid', 'TRANSFER', '30000002', 'CARD:30000002', 'SYS:LESSONS_DEFERRED', 500000),
    ('english-1', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('english-2', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('english-3', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('english-4', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('english-5', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('english-6', 'TRANSFER', '30000001', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('course-1', 'TRANSFER', '30000002', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('course-2', 'TRANSFER', '30000002', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000),
    ('course-3', 'TRANSFER', '30000002', 'SYS:LESSONS_DEFERRED', 'CENTRE', 50000)
) AS v(tag, kind, card, from_ref, to_ref, amount)
WHERE NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.description LIKE 'demo-lessons:%');

CREATE TABLE demo_lesson_account AS
SELECT 'CARD:' || k.school_contract_number AS ref, a.id AS account_id FROM card k
JOIN account a ON a.card_id = k.id AND a.purpose = 'MAIN' WHERE k.school_contract_number IN ('30000001', '30000002')
UNION ALL
SELECT 'CENTRE', a.id FROM account a JOIN contract c ON c.id = a.contract_id
WHERE c.number = 'L-00000001' AND a.card_id IS NULL AND a.purpose = 'MAIN'
UNION ALL
SELECT 'SYS:' || a.system_code, a.id FROM account a WHERE a.system_code IN ('BANK_CARD_ACQUIRING', 'LESSONS_DEFERRED');

INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, amount_minor, volume_milli, description, actor)
SELECT m.kind, CURRENT_TIMESTAMP, k.id, k.contract_id, CASE WHEN m.kind = 'TRANSFER' THEN 'LESSONS' END, m.amount, 0,
       'demo-lessons: ' || m.tag, 'demo'
FROM demo_lesson_money m JOIN card k ON k.school_contract_number = m.card;

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT j.id, f.account_id, 'RUB', -m.amount FROM demo_lesson_money m
JOIN journal_entry j ON j.description = 'demo-lessons: ' || m.tag
JOIN demo_lesson_account f ON f.ref = m.from_ref;

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT j.id, t.account_id, 'RUB', m.amount FROM demo_lesson_money m
JOIN journal_entry j ON j.description = 'demo-lessons: ' || m.tag
JOIN demo_lesson_account t ON t.ref = m.to_ref;

UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND contract_id IN (SELECT id FROM contract WHERE number = 'L-00000001')
  AND EXISTS (SELECT 1 FROM demo_lesson_money);

DROP TABLE demo_lesson_account;
DROP TABLE demo_lesson_money;
DROP TABLE demo_lesson_day;
