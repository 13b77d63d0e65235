-- Demo data of README.md ("Notifications"): what the demo parents hear about, per child and kind of event, and the
-- SMS informer's price on the two demo schools. Repeatable and idempotent: nothing is inserted twice, and a choice a
-- parent changed in the cabinet is kept. Named to run after R__demo_school_second.sql (Flyway runs repeatable
-- migrations by name), which makes Лицей № 3.

-- parent: everything by email about Иван and Мария; parent2: everything by email and SMS about Алексей (SMS leave
-- only while the child's SMS informer is connected, which the demo leaves to the parent).
INSERT INTO notification_choice (subject, card_id, topic, by_email, by_sms, by_push)
SELECT v.subject, k.id, t.topic, TRUE, v.by_sms, FALSE
FROM (VALUES ('d3e0c0de-0000-4000-8000-000000000003', '10000001', FALSE),
             ('d3e0c0de-0000-4000-8000-000000000003', '10000002', FALSE),
             ('d3e0c0de-0000-4000-8000-000000000004', '10000003', TRUE)) AS v(subject, school_number, by_sms)
JOIN card k ON k.school_contract_number = v.school_number
JOIN card_guardian g ON g.card_id = k.id AND g.subject = v.subject
CROSS JOIN (VALUES ('ENTRY_EXIT'), ('PURCHASE'), ('TOP_UP'), ('LOW_BALANCE'), ('CARD'), ('MEAL_ORDER'), ('PAYMENT_FAILED'))
    AS t(topic)
WHERE NOT EXISTS (SELECT 1 FROM notification_choice c WHERE c.subject = v.subject AND c.card_id = k.id AND c.topic = t.topic);

-- The SMS informer: 60,00 ₽ a month at Школа № 7, the first month for its days left; 50,00 ₽ at Лицей № 3, whole months.
INSERT INTO sms_informer_price (contract_id, monthly_minor, prorated)
SELECT c.id, v.monthly, v.prorated
FROM (VALUES ('S-00000001', 6000, TRUE), ('S-00000002', 5000, FALSE)) AS v(number, monthly, prorated)
JOIN contract c ON c.number = v.number
WHERE NOT EXISTS (SELECT 1 FROM sms_informer_price p WHERE p.contract_id = c.id);
