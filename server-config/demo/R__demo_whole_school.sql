-- Demo data of README.md ("Demo data"): Школа № 7 (S-00000001, Vladivostok) as a whole school for the staff's cabinets
-- (issue 22) — six classes (1А, 3Б, 5А, 7В, 9А, 11Б) with thirty pupils, the four demo pupils among them (Петров Иван
-- and Смирнов Алексей in 5А, Петрова Мария in 3Б, Кузнецов Дмитрий in 7В), two staff cards (the teacher Иванова Е. В. and
-- the cook Васильева Г. И., no class), the staff (the demo `teacher` leads 5А, the demo `director` runs the school; the
-- other classes' teachers are named for the reports only and have no Keycloak user), lessons 08:30–14:00, free-meal
-- beneficiaries (every pupil of 1А and 3Б, ученики 1–4 классов — Мария keeps her многодетная семья — and one pupil each
-- of 7В and 9А), and the canteen supplier ООО «Школьное питание» (the demo `canteen` user is its member), with its
-- supplier contract P-00000001 (kind SUPPLIER: one account in roubles, no cards) and 5 % commission to the programme.
-- R__demo_whole_school_month.sql then writes a month of school days for all of them.
--
-- Named to run after every other demo script (repeatable migrations run in the order of their descriptions: "demo whole
-- school" sorts after "demo week at school"), since it needs the school, its contract, the demo pupils and the meals'
-- budget. Repeatable and idempotent: nothing is inserted twice, nothing already set is changed. Run at every start
-- (${flyway:timestamp} changes this file's checksum), so the menus the meals script publishes ahead each start name the
-- supplier too.
--
-- The new card numbers are 7005990000002016 … 7005990000002263 (pupils, in the order below) and 7005990000003014,
-- 7005990000003022 (staff), stored as the application stores them: an HMAC-SHA256 lookup hash and an AES-256-GCM sealed
-- copy under the demo key-encryption key, computed with org.cardhub.secrets.SecretVault. School contract numbers
-- 10000101 … 10000126 and 10000201, 10000202; activation codes DEMO-1101 … DEMO-1126, DEMO-1201, DEMO-1202.
-- Activation codes are stored only as their keyed hash under the same key (SecretVault.activationCodeHash; the code
-- itself, as README.md gives it, at the end of its row).

-- The classes and their class teachers (Keycloak subjects; only …0006, the demo `teacher`, signs in).
INSERT INTO school_class (organization_id, grade, letter, name, teacher_subject)
SELECT o.id, v.grade, v.letter, v.name, v.teacher
FROM (VALUES
    (1, 'А', '1А', 'd3e0c0de-0000-4000-8000-000000000101'),
    (3, 'Б', '3Б', 'd3e0c0de-0000-4000-8000-000000000102'),
    (5, 'А', '5А', 'd3e0c0de-0000-4000-8000-000000000006'),
    (7, 'В', '7В', 'd3e0c0de-0000-4000-8000-000000000103'),
    (9, 'А', '9А', 'd3e0c0de-0000-4000-8000-000000000104'),
    (11, 'Б', '11Б', 'd3e0c0de-0000-4000-8000-000000000105')
) AS v(grade, letter, name, teacher)
JOIN organization o ON o.inn = '2520123450' AND o.kpp = '252001001'
WHERE NOT EXISTS (SELECT 1 FROM school_class k WHERE k.organization_id = o.id AND k.name = v.name);

-- The demo pupils take their places: Иван and Алексей in 5А, Мария in 3Б, Дмитрий in 7В.
UPDATE card SET class_id = (
    SELECT k.id FROM school_class k JOIN organization o ON o.id = k.organization_id AND o.inn = '2520123450'
    WHERE k.name = CASE card.school_contract_number WHEN '10000002' THEN '3Б' WHEN '10000005' THEN '7В' ELSE '5А' END)
WHERE school_contract_number IN ('10000001', '10000002', '10000003', '10000005') AND class_id IS NULL
  AND contract_id = (SELECT c.id FROM contract c WHERE c.number = 'S-00000001');

-- Twenty-six more pupils and two of the staff, issued some weeks before the month of R__demo_whole_school_month.sql.
INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, barcode, school_contract_number,
                  activation_code_hash, status, expires_on, created_at, class_id)
SELECT c.id, v.pan_hash, v.pan_sealed, v.pan_masked, 'PLASTIC', v.holder_kind, v.holder_name, v.barcode, v.school_number,
       v.activation_code_hash, 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP - INTERVAL '40' DAY, k.id
FROM (VALUES
    ('1А', 'PUPIL', 'Алексеев Артём', 'ebf57044df771e1ff1f3e77a1917cd6db66ce9fa7dea75f5d31ba5b918aadb35', 'v1:KTMK8xSAKKX2z/SnEVK8xcM4Axw5CVzZubBA0WJOr3JXSlw938OuspzR0Us=', '700599******2016', '2000100001011', '10000101', 'f2088435ae71cd0d9b7b98685971e887ce3ace9019cf4ab5bb2ea26ecb3ec8a1'),  -- DEMO-1101
    ('1А', 'PUPIL', 'Белова Анна', '6a9419768ca3730d2237179386d966f2c8ab1487e88fb75194a7915a3bd81e58', 'v1:qcIfm+uy/yjaGytL/xReOHZY0ntHFF2fv50UsuXxKKWc2TzUDewAgQQzrRI=', '700599******2024', '2000100001028', '10000102', '9297fc50d40719e5ebdf823a49404aee603c9268292fd57b6710948416c3faa3'),  -- DEMO-1102
    ('1А', 'PUPIL', 'Григорьев Максим', 'ad99045fa20849ba6a4e8ebb2e0621c8a25529abd91860f551838e8bd2c94099', 'v1:d+zN5d6ymMeQCRwmE9HNKdSqcz5XoxJwg60WBTBRbYzOwLc3uqSuCgKA5ws=', '700599******2032', '2000100001035', '10000103', 'cfc5cfab8f5f5978bc0d7af094393fa0ea55347b66994b180b42040a2de6ad55'),  -- DEMO-1103
    ('1А', 'PUPIL', 'Денисова Софья', 'c9d646d17ee9ccf32d0f7f4e421d5670e858b0d4304b65c84a4e8df53cb0aa6f', 'v1:l+Mymf1VPZpBvr1DpH0icaPhq9ygCWaGXC6ATWMXz1ZCbO+u4pAXhAK/skw=', '700599******2040', '2000100001042', '10000104', '9de7700ec5374d58425b1746689d007394b6d5c76fcbc88555a9f47c36313e2b'),  -- DEMO-1104
    ('1А', 'PUPIL', 'Ершов Михаил', '8bb0597976424a6fe7166fd4c4208101147c3d397f3f433fdf2bfae11e9e328e', 'v1:pD6ZzkW71BEh/2ltVmEV1GttFfn+AWBtpInDGejYoPFPtgwA7H/ouvMWNzM=', '700599******2057', '2000100001059', '10000105', '7a19e5a4de404597a632e6c501bb2507600f09e60267a680f98badbd4268f370'),  -- DEMO-1105
    ('3Б', 'PUPIL', 'Жукова Варвара', '36063c7d142c881c312a46f8831b9a0e4b0532ebc51fca0e67c6c99281ceab0f', 'v1:OJO0gD+/so2643YuMlkXncCL+4DywW7CLmcctVCY312AyX4jhOvejbSPESQ=', '700599******2065', '2000100001066', '10000106', '18e65e323ac67563905ac496efa3fd3726a2f49cd3411c0531d5c597cce95f0b'),  -- DEMO-1106
    ('3Б', 'PUPIL', 'Зайцев Лев', 'de0bbeb94b1b630a001b85dde1e6cd88bf866a9a2c68f6feb86ce80b60e3ef28', 'v1:XFC9cq8PT/o1t6XKQfJHt+1QR5uD5CeDi9SkEAWPIZJ5Hs79AmmAjgVXcWM=', '700599******2073', '2000100001073', '10000107', 'c8a973112fff62f7516fb5345ce376c3170240c5fff1289a6ecf184e73d01b4a'),  -- DEMO-1107
    ('3Б', 'PUPIL', 'Ильина Полина', '39acdb2033076e6a871e95629db5d11b89408c9d5b701181302803cf5fad3e66', 'v1:hGm1mmLctZzY3V5U+kB5naZtr2zn7cU210Vh9jLifrGWQNLok4zCvUMpon0=', '700599******2081', '2000100001080', '10000108', 'f20045ed37eccf5dd7e97aba7e544235a4aa35130f7c10d4fc42e2706d461889'),  -- DEMO-1108
    ('3Б', 'PUPIL', 'Калинин Матвей', 'b87b0f0345f88fdc6a3dbe583697fab272190e004c3bf4f05ef4cf307aea0af4', 'v1:DpIQychoVLMGl5csHZDZKNvZHe9p2dgqjuGtvB+1Fp63P5+R0w9NsEZnzpE=', '700599******2099', '2000100001097', '10000109', 'e3070b3e4f9563b8cb6ec5fd5626bbda351f7ca57563fd9c80e6fa435762f8d2'),  -- DEMO-1109
    ('5А', 'PUPIL', 'Ларионова Алиса', 'c1663223ceffd9d5922f345b00050684abeb4e3654e43029afef59ac9961fc7a', 'v1:Lg0xGcMbeNB78XNANkKl+yd/3ascxsuxk/QeeF/FF5c4PbZHCV5ZdI5ku4Q=', '700599******2107', '2000100001103', '10000110', 'abc7687c022f7d19b4ef5f3653a3a0dd9a0113902a055aa18a21ef29faf98143'),  -- DEMO-1110
    ('5А', 'PUPIL', 'Медведев Егор', 'b2a00da3e591f635f4a78e39f606c972f3557d2bb3b18ec7d3b5e12a28fc4218', 'v1:BEdmotSqvIIKg4VxHqeTYSo0RYkjY6whbZC7nI0o79ALhjb7r5Wa8yWB7e8=', '700599******2115', '2000100001110', '10000111', '9807ec77ae6a60ba0df1523b0e3f5c491b59b1d975d8498163e93da6af70c3f8'),  -- DEMO-1111
    ('5А', 'PUPIL', 'Новикова Виктория', 'f2344d490522115b0d0ceb423bc3ba7bd6fc9d1ae3b6ba48c53a5b212bc8af38', 'v1:WoaXBJGbZvfYnQVUju1eqb1+SMeH5g+YhjCD1P/IoWmKwldJHiz4S2xFDj4=', '700599******2123', '2000100001127', '10000112', '4337784833780d45171444b671955cba1f526b58927735369a506362a15f02ce'),  -- DEMO-1112
    ('5А', 'PUPIL', 'Осипов Даниил', '79ed30e3e0690663af5dafd3d639f4690349f6e150b9042251ab4ac557b92b3f', 'v1:LZrEkq0CjOZexwAVkqbUox6x8R2lA09nahe+Wx7UuVZUwgvjN29UDpi9bxo=', '700599******2131', '2000100001134', '10000113', '19bdd83119e09d86d34cdae95ebc8af8cfd259d4367735b8c478a6a8323633e6'),  -- DEMO-1113
    ('7В', 'PUPIL', 'Павлова Ксения', 'e2d9b21a40cbd734e870ba333ce28507af6992f9e2cfd464238638561aa34ad6', 'v1:ECbbXfcc2RwSEWHroPfFIXIg/oQ57P5sY/sDQLTepdCaJz+qWL2Sb45uEc4=', '700599******2149', '2000100001141', '10000114', '1d5b3efb4d2c1c25e00f944d537ec7f1d483949b84dabdac8de74c65bd630422'),  -- DEMO-1114
    ('7В', 'PUPIL', 'Романов Кирилл', 'f7f2038f9beda694102d57e14767e47d8d7cf83f65566db59107479a4102dd1e', 'v1:NOzEZPZjmvHXwn/loEqEh6sgzAPgvQixI8jR7d+f97BLzD8kdqSKg++jR3o=', '700599******2156', '2000100001158', '10000115', 'a98f9e5ef30c8893849a49091758c92b42213d2e9ca0398e47dbcbbade2c38ac'),  -- DEMO-1115
    ('7В', 'PUPIL', 'Семёнова Дарья', '905255b8b25424b5ed205768cd56fc90c69fc149214d2dd433c37b695b50ea2f', 'v1:ZtSaf42zC8XBNNcYNhEXnNnGXtPBpnmXvO8HcfLz+5Vh6j3vAacZRTkF+8w=', '700599******2164', '2000100001165', '10000116', '544c1447a0e9632edf5952f650a0fab36a97945deb046b62924cfd8467177aa0'),  -- DEMO-1116
    ('7В', 'PUPIL', 'Тарасов Никита', '88dbbf57ff3348e990b6e545cab2196e39fa088668f20bf69d212296f02aa96b', 'v1:1ZMu+0GCrvNf6UQmiVgUD7WdA+ZA8yybBg1whBRA3NAGiTvn1BlpdK4qklQ=', '700599******2172', '2000100001172', '10000117', '9e9222420e8f3157a143e05976c844ca6f91294dee49bf2e106fec656f78c058'),  -- DEMO-1117
    ('9А', 'PUPIL', 'Уварова Елизавета', '72b3c43763b9ba1be5fefc98b4affe91c8e189c342580ff296688d44ec7a3342', 'v1:UHvltaOkj9gM5vYPp3nSlWp8AxQbE3t11dlUA/iXPMy6T0DKKj6WebTgH6U=', '700599******2180', '2000100001189', '10000118', '459308dc5c856987c92200f7b295f49ee9c0b360e3a813f69ad39dfe42abc892'),  -- DEMO-1118
    ('9А', 'PUPIL', 'Фёдоров Илья', '24ebd0ca7de7237ae33df2188a1df36beb9981fa6bf5dd5ae4aa8d8f14971070', 'v1:q+ah+dsVElX4t+kBhYNFw91s31geXW1iXn6C8Qq2Mis+mFMJ3lDU8xnTsCk=', '700599******2198', '2000100001196', '10000119', 'b16f9f7381ee35ef098fa571102b118400864788e77bf2aa349dd27f8b40803b'),  -- DEMO-1119
    ('9А', 'PUPIL', 'Харитонова Вероника', '8b90518741654da2de553f577aa32378c7a09bc645b224b99edcf6912e9669e3', 'v1:UnSC+l9pQ4+JMgpD35WZvcfnAhZKEDLKnTJ4I6RqNyqHmIY2fL26MseEFpY=', '700599******2206', '2000100001202', '10000120', '2aa51d78519dcc5b2b20e341c12839dadf6a44a2c1bbb297fc1b5176c6cd68f5'),  -- DEMO-1120
    ('9А', 'PUPIL', 'Цветков Андрей', '788bdf50d9aa0257f0b6c83f0097cdabf574048b0ad1138cb730c521484518aa', 'v1:B3j8sDDyjjm5wW0a2sLw4fRh+xo46Wdaeoe7x57vqGQcIitAAO4OLOiZDqc=', '700599******2214', '2000100001219', '10000121', '03945ef90ee3feb6379b13e50bd039f0613c7bbcf37457c9958274f2f75ac541'),  -- DEMO-1121
    ('9А', 'PUPIL', 'Чернова Ульяна', '4cb069a466861b0aceca62e1e52427d7e78ee54fb7b700676fdddf822297a1f6', 'v1:sQMagJiA688gZFA5/gh/ih7tGbhmY3+bBQrU4y8RcI97rUQKbMdPsKTd/Jk=', '700599******2222', '2000100001226', '10000122', '7451dfecf184172cac14b9b110392f169064531461dc1b07dc125959f3ff1d9b'),  -- DEMO-1122
    ('11Б', 'PUPIL', 'Шестаков Роман', '1a0f911e8ff732e217bcb9a188b2e868e2aaf8f7645988ddf4e2c8341efe8c0d', 'v1:+j/y3+sGnKmnTCAlYJoI8ylU/iOgHpJfBrqG5IkH+gXYtJwprU2eFLR/lN0=', '700599******2230', '2000100001233', '10000123', '01c61baca0e674f71c93d974b66d3a16bee546aae3c86ec3bf0acfd9e6303dd4'),  -- DEMO-1123
    ('11Б', 'PUPIL', 'Щербакова Екатерина', '0a7d679430f63d5c023ae9a6297e3fbae8fe7d91790e0657eabbd304769288bf', 'v1:V7J3ECSJpHnshXJGQm1wW7h/USH3c42GD6mJYlKubiw/dKOXiEdVe0aWnTE=', '700599******2248', '2000100001240', '10000124', '5026c90a208bd928670a8f75cdc8f609d87773d00cf91144eff023c6ba493859'),  -- DEMO-1124
    ('11Б', 'PUPIL', 'Юдин Георгий', '9d06808a0a0c8dcf5feff72dc8b44f939fcb2b07fbebfadf5bcec1aec217175f', 'v1:tXDrKVSHznIDPxNzH30410fwRkrgVYU8pfHPa+3cKySay0RZTp23pg6spk4=', '700599******2255', '2000100001257', '10000125', '7259f93efaa4e45c2a47e6120a6598ed0d0b305f1b3f55208b7751b084a2f06e'),  -- DEMO-1125
    ('11Б', 'PUPIL', 'Яковлева Алина', 'd9d79d714dbd5af7ae19aeb082b44c50a916ca11f523c6aa19c43977ecf7457c', 'v1:LnzsweBRU5mE/I15Eaci2euoCsSdFRcqQ3MFiPrUfhzfRsFgMkX7nDCbLAc=', '700599******2263', '2000100001264', '10000126', '0ee5dbedefd7ad085f882efb6f7f9c4ab8d4369d41293447e5beb1003217dbe5'),  -- DEMO-1126
    (NULL, 'PERSON', 'Иванова Анна Сергеевна', 'e3d92689143f42fbd578d03a280c48f870c55ebd9d697da268e13255ef193b42', 'v1:dITYuH6abE5x89EApfanv6t1oyPddeZl81agVPJmqfdX2GO9NS4cp47Cd40=', '700599******3014', '2000100002018', '10000201', '06efd7ed7b0bf3627ed82f822cc3ad5cc569bc4f0aa628b4b6aa8fb0bcbe4d1f'),  -- DEMO-1201
    (NULL, 'PERSON', 'Васильева Галина Ивановна', '5da14308666772cea42085ac6cf2af2f4e1c21b245bcd48cdfb18e2d931e5e12', 'v1:lcTKGUQ7AZWOjGihnP1iq1VPFqHoNkd7fQInfny7t22beL/jn0Mi362bY00=', '700599******3022', '2000100002025', '10000202', 'b5d5686709eb53a2f2a5f960f3ab3d0cd4380595db4388b349b04d8f92a667dd')  -- DEMO-1202
) AS v(class_name, holder_kind, holder_name, pan_hash, pan_sealed, pan_masked, barcode, school_number, activation_code_hash)
JOIN contract c ON c.number = 'S-00000001'
LEFT JOIN school_class k ON k.organization_id = c.organization_id AND k.name = v.class_name
WHERE NOT EXISTS (SELECT 1 FROM card x WHERE x.pan_hash = v.pan_hash);

-- Each holds its own money, a general and a canteen purse, like the other pupils.
INSERT INTO account (contract_id, card_id, purpose, currency)
SELECT k.contract_id, k.id, v.purpose, 'RUB' FROM card k
CROSS JOIN (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose)
WHERE k.school_contract_number BETWEEN '10000101' AND '10000299'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.card_id = k.id AND a.purpose = v.purpose AND a.currency = 'RUB');

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CARD', k.id, NULL, 'ACTIVE', 'demo data', 'demo', k.created_at FROM card k
WHERE k.school_contract_number BETWEEN '10000101' AND '10000299'
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CARD' AND e.subject_id = k.id);

-- Pupils may spend 300 ₽ a day, like the other demo pupils; the staff's cards have no limit.
INSERT INTO spending_limit (contract_id, card_id, measure, period, limit_value, categories, created_at)
SELECT k.contract_id, k.id, 'MONEY', 'DAY', 30000, NULL, k.created_at FROM card k
WHERE k.school_contract_number BETWEEN '10000101' AND '10000299' AND k.holder_kind = 'PUPIL'
  AND NOT EXISTS (SELECT 1 FROM spending_limit l WHERE l.card_id = k.id AND l.measure = 'MONEY' AND l.period = 'DAY');

-- Funding the evening before the month begins: 500–2 000 ₽ general and 800–2 000 ₽ canteen (from the card's school
-- contract number), each one top-up entry balanced against the system account of bank-card acquiring.
INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, amount_minor, volume_milli, description, actor)
SELECT 'TOP_UP', CAST(TO_CHAR(t.today - 31 * INTERVAL '1' DAY, 'YYYY-MM-DD') || ' 19:00:00+10:00' AS TIMESTAMP WITH TIME ZONE),
       a.card_id, a.contract_id,
       CASE WHEN a.purpose = 'MAIN' THEN 50000 + MOD(MOD(CAST(k.school_contract_number AS INTEGER), 1000) * 137, 16) * 10000
            ELSE 80000 + MOD(MOD(CAST(k.school_contract_number AS INTEGER), 1000) * 71, 13) * 10000 END,
       0, 'demo whole school: funding of purse ' || k.school_contract_number || ' ' || a.purpose || ' RUB', 'demo'
FROM (SELECT CAST(TO_CHAR(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Vladivostok', 'YYYY-MM-DD') AS DATE) AS today) t
CROSS JOIN card k
JOIN account a ON a.card_id = k.id AND a.currency = 'RUB' AND a.purpose IN ('MAIN', 'CANTEEN')
WHERE k.school_contract_number BETWEEN '10000101' AND '10000299'
  AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.card_id = k.id
                    AND e.description = 'demo whole school: funding of purse ' || k.school_contract_number || ' ' || a.purpose || ' RUB');

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, a.id, 'RUB', e.amount_minor
FROM journal_entry e
JOIN card k ON k.id = e.card_id
JOIN account a ON a.card_id = e.card_id AND a.currency = 'RUB'
              AND e.description = 'demo whole school: funding of purse ' || k.school_contract_number || ' ' || a.purpose || ' RUB'
WHERE e.description LIKE 'demo whole school: funding of purse %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = a.id);

INSERT INTO posting (entry_id, account_id, currency, amount_minor)
SELECT e.id, s.id, 'RUB', -e.amount_minor
FROM journal_entry e
JOIN account s ON s.system_code = 'BANK_CARD_ACQUIRING'
WHERE e.description LIKE 'demo whole school: funding of purse %'
  AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.account_id = s.id);

UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = account.id)
WHERE system_code IS NULL AND card_id IN (SELECT id FROM card WHERE school_contract_number BETWEEN '10000101' AND '10000299');

-- The staff: the demo teacher (class teacher of 5А), the demo director, and the other classes' teachers by name.
INSERT INTO school_staff (organization_id, subject, role, full_name)
SELECT o.id, v.subject, v.role, v.full_name
FROM (VALUES
    ('d3e0c0de-0000-4000-8000-000000000006', 'TEACHER', 'Иванова Анна Сергеевна'),
    ('d3e0c0de-0000-4000-8000-000000000008', 'DIRECTOR', 'Кузнецов Николай Иванович'),
    ('d3e0c0de-0000-4000-8000-000000000101', 'TEACHER', 'Орлова Татьяна Николаевна'),
    ('d3e0c0de-0000-4000-8000-000000000102', 'TEACHER', 'Кравченко Ольга Сергеевна'),
    ('d3e0c0de-0000-4000-8000-000000000103', 'TEACHER', 'Никитин Сергей Александрович'),
    ('d3e0c0de-0000-4000-8000-000000000104', 'TEACHER', 'Морозова Наталья Юрьевна'),
    ('d3e0c0de-0000-4000-8000-000000000105', 'TEACHER', 'Лебедев Виктор Павлович')
) AS v(subject, role, full_name)
JOIN organization o ON o.inn = '2520123450' AND o.kpp = '252001001'
WHERE NOT EXISTS (SELECT 1 FROM school_staff s WHERE s.organization_id = o.id AND s.subject = v.subject AND s.role = v.role);

-- Lessons from 08:30 to 14:00: a first entry after 08:30 is late, a last exit before 14:00 is leaving early.
INSERT INTO school_hours (organization_id, lessons_start, lessons_end)
SELECT o.id, TIME '08:30:00', TIME '14:00:00' FROM organization o
WHERE o.inn = '2520123450' AND o.kpp = '252001001'
  AND NOT EXISTS (SELECT 1 FROM school_hours h WHERE h.organization_id = o.id);

-- Free meals for pupils of grades 1–4 (all of 1А and 3Б; Мария keeps her benefit of R__demo_school_with_meals.sql),
-- a low-income family in 7В and a pupil with special needs in 9А.
INSERT INTO meal_benefit (card_id, kind_code, valid_from, valid_until, granted_by, granted_at)
SELECT k.id, v.kind_code, CURRENT_DATE - 90, NULL, 'demo', CURRENT_TIMESTAMP - INTERVAL '40' DAY
FROM (VALUES ('10000101', 'PRIMARY_GRADES'), ('10000102', 'PRIMARY_GRADES'), ('10000103', 'PRIMARY_GRADES'),
             ('10000104', 'PRIMARY_GRADES'), ('10000105', 'PRIMARY_GRADES'), ('10000106', 'PRIMARY_GRADES'),
             ('10000107', 'PRIMARY_GRADES'), ('10000108', 'PRIMARY_GRADES'), ('10000109', 'PRIMARY_GRADES'),
             ('10000115', 'LOW_INCOME'), ('10000119', 'DISABILITY')) AS v(school_number, kind_code)
JOIN card k ON k.school_contract_number = v.school_number
WHERE NOT EXISTS (SELECT 1 FROM meal_benefit b WHERE b.card_id = k.id);

-- The canteen supplier: ООО «Школьное питание» (Vladivostok), its contract P-00000001 with a main account that receives
-- its share of the sales, 5 % (500 basis points) to the programme since sixty days ago; the demo `canteen` acts for it.
INSERT INTO organization (form, name, inn, kpp, ogrn, bik, settlement_account, time_zone, created_at)
SELECT 'LEGAL_ENTITY', 'ООО «Школьное питание»', '2536001472', '253601001', '1152536001474', '040813608',
       '40702810050000001475', 'Asia/Vladivostok', CURRENT_TIMESTAMP - INTERVAL '60' DAY
WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.inn = '2536001472' AND o.kpp = '253601001');

INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, credit_limit_minor, time_zone, created_at)
SELECT 'P-00000001', 'SUPPLIER', o.id, 'ACTIVE', 'POOLED', 'PREPAID', 0, 'Asia/Vladivostok', CURRENT_TIMESTAMP - INTERVAL '60' DAY
FROM organization o WHERE o.inn = '2536001472' AND o.kpp = '253601001'
  AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.number = 'P-00000001');

INSERT INTO account (contract_id, purpose, currency)
SELECT c.id, 'MAIN', 'RUB' FROM contract c
WHERE c.number = 'P-00000001'
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB');

INSERT INTO lifecycle_event (subject_type, subject_id, from_status, to_status, reason, actor, occurred_at)
SELECT 'CONTRACT', c.id, NULL, 'ACTIVE', 'demo data: canteen supplier of Школа № 7', 'demo', c.created_at FROM contract c
WHERE c.number = 'P-00000001'
  AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.subject_type = 'CONTRACT' AND e.subject_id = c.id);

INSERT INTO canteen_supplier (school_id, supplier_id, contract_id, commission_bp, since)
SELECT school.id, c.organization_id, c.id, 500, CURRENT_DATE - 60
FROM organization school
JOIN contract c ON c.number = 'P-00000001'
WHERE school.inn = '2520123450' AND school.kpp = '252001001'
  AND NOT EXISTS (SELECT 1 FROM canteen_supplier s WHERE s.school_id = school.id);

INSERT INTO organization_member (organization_id, subject)
SELECT o.id, 'd3e0c0de-0000-4000-8000-000000000007' FROM organization o
WHERE o.inn = '2536001472' AND o.kpp = '253601001'
  AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = o.id AND m.subject = 'd3e0c0de-0000-4000-8000-000000000007');

-- The school's menus are the supplier's.
UPDATE menu SET supplier_id = (SELECT s.supplier_id FROM canteen_supplier s WHERE s.school_id = menu.organization_id)
WHERE supplier_id IS NULL
  AND organization_id IN (SELECT o.id FROM organization o WHERE o.inn = '2520123450' AND o.kpp = '252001001');
