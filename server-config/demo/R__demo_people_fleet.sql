-- Demo data of README.md ("Demo data"), the fleet's side: what each demo fuel card is for (vehicle, plate,
-- driver, tank), the card groups of contract F-00000001, and the company's two users: `fleet`, its
-- administrator with every right over all cards, and `fleet2`, a manager of the group "Сервис" only, who may
-- block cards and change limits but not move money. Repeatable and idempotent, after R__demo_money.sql.

INSERT INTO card_group (contract_id, name, created_at)
SELECT c.id, v.name, CURRENT_TIMESTAMP
FROM contract c CROSS JOIN (VALUES ('Доставка'), ('Сервис')) AS v(name)
WHERE c.number = 'F-00000001'
  AND NOT EXISTS (SELECT 1 FROM card_group g WHERE g.contract_id = c.id AND g.name = v.name);

UPDATE card SET vehicle = 'КАМАЗ 65115', plate = 'А123ВС77', driver = 'Кузнецов Андрей Викторович', tank_millilitres = 350000,
    group_id = (SELECT g.id FROM card_group g JOIN contract c ON c.id = g.contract_id WHERE c.number = 'F-00000001' AND g.name = 'Доставка')
WHERE pan_masked = '700599******0010' AND reissued_from_id IS NULL AND vehicle IS NULL AND driver IS NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

UPDATE card SET vehicle = 'ГАЗель NEXT', plate = 'В456ОР77', driver = 'Морозов Денис Сергеевич', tank_millilitres = 64000,
    group_id = (SELECT g.id FROM card_group g JOIN contract c ON c.id = g.contract_id WHERE c.number = 'F-00000001' AND g.name = 'Доставка')
WHERE pan_masked = '700599******0028' AND reissued_from_id IS NULL AND vehicle IS NULL AND driver IS NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

UPDATE card SET vehicle = 'Ford Transit', plate = 'Е789КХ77', driver = 'Волков Игорь Петрович', tank_millilitres = 80000,
    group_id = (SELECT g.id FROM card_group g JOIN contract c ON c.id = g.contract_id WHERE c.number = 'F-00000001' AND g.name = 'Сервис')
WHERE pan_masked = '700599******0036' AND reissued_from_id IS NULL AND vehicle IS NULL AND driver IS NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

UPDATE card SET vehicle = 'Lada Largus', plate = 'К321МН77', driver = 'Лебедев Артём Олегович', tank_millilitres = 50000,
    group_id = (SELECT g.id FROM card_group g JOIN contract c ON c.id = g.contract_id WHERE c.number = 'F-00000001' AND g.name = 'Сервис')
WHERE pan_masked = '700599******0044' AND reissued_from_id IS NULL AND vehicle IS NULL AND driver IS NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

UPDATE card SET vehicle = NULL, plate = NULL, driver = 'Сидоров Пётр Ильич', tank_millilitres = NULL,
    group_id = NULL
WHERE pan_masked = '700599******0051' AND reissued_from_id IS NULL AND vehicle IS NULL AND driver IS NULL
  AND contract_id = (SELECT id FROM contract WHERE number = 'F-00000001');

UPDATE organization_member m SET may_manage_users = TRUE, email = 'fleet@cardhub.local'
WHERE m.subject = 'd3e0c0de-0000-4000-8000-000000000002' AND m.email IS NULL;

INSERT INTO organization_member (organization_id, subject, all_cards, may_change_limits, may_block_cards, may_move_money, may_manage_users, email)
SELECT o.id, 'd3e0c0de-0000-4000-8000-000000000009', FALSE, TRUE, TRUE, FALSE, FALSE, 'fleet2@cardhub.local'
FROM organization o
WHERE o.inn = '7712345671'
  AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = o.id AND m.subject = 'd3e0c0de-0000-4000-8000-000000000009');

INSERT INTO member_group (organization_id, subject, group_id)
SELECT m.organization_id, m.subject, g.id
FROM organization_member m
JOIN contract c ON c.organization_id = m.organization_id AND c.number = 'F-00000001'
JOIN card_group g ON g.contract_id = c.id AND g.name = 'Сервис'
WHERE m.subject = 'd3e0c0de-0000-4000-8000-000000000009'
  AND NOT EXISTS (SELECT 1 FROM member_group x WHERE x.organization_id = m.organization_id AND x.subject = m.subject AND x.group_id = g.id);
