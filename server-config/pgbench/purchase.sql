-- One one-step PURCHASE as Cardhub's server sends it to PostgreSQL (statements, their order and their round
-- trips copied from PostgreSQL's statement log; pipelines where the JDBC driver sends several at once), with no
-- application in between: the database's own ceiling for the operation. Cards are picked from replay_cards by
-- sub-selects inside the statements, so the round trips stay those of the server.
--   pgbench -M prepared -n -c 8 -j 2 -T 30 -D scenario=spread -D cards=10000 -D terminal=T -D scope=terminal:T -f purchase.sql cardhub
\set n random(1, :cards)
\set amount random(1000, 200000)
\set debit -1 * :amount
\set key random(1, 1000000000000000)
\startpipeline
BEGIN;
SELECT SCOPE, idem_key, created_at, OUTCOME, request_hash FROM idempotency_record WHERE ((SCOPE = :scope) AND (idem_key = :key));
\endpipeline
SELECT t0.ID, t0.activation_code_hash, t0.BARCODE, t0.block_reason, t0.contract_id, t0.created_at, t0.expires_on, t0.FORM, t0.holder_kind, t0.holder_name, t0.holder_subject, t0.pan_hash, t0.pan_masked, t0.pan_sealed, t0.reissued_from_id, t0.school_contract_number, t0.STATUS, t0.stop_list_version, t0.VERSION, t1.ID, t1.balance_model, t1.chosen_stations, t1.created_at, t1.credit_limit_minor, t1.FUNDING, t1.holder_phone, t1.holder_subject, t1.KIND, t1.NUMBER, t1.organization_id, t1.STATUS, t1.tariff_code, t1.time_zone, t1.VERSION, t1.wallet_tier FROM CARD t0, CONTRACT t1 WHERE ((t1.ID = t0.contract_id) AND (t0.pan_hash = (SELECT pan_hash FROM replay_cards WHERE scenario = :scenario AND n = :n)));
SELECT ID, auto_top_up, balance_minor, card_id, contract_id, credit_limit_minor, CURRENCY, held_minor, PURPOSE, system_code, VERSION FROM ACCOUNT WHERE ((((contract_id = (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) AND (card_id IS NULL)) AND (PURPOSE = 'MAIN')) AND (CURRENCY = 'RUB'));
SELECT t0.card_id, t0.allowed_categories, t0.allowed_regions, t0.allowed_stations, t0.forbidden_categories, t0.time_from, t0.time_to, t0.VERSION, t1.ID, t1.card_id, t1.CATEGORIES, t1.contract_id, t1.created_at, t1.MEASURE, t1.PERIOD, t1.limit_value, t1.VERSION FROM CARD t2 LEFT OUTER JOIN card_restriction t0 ON (t0.card_id = t2.ID) LEFT OUTER JOIN spending_limit t1 ON ((t1.card_id = t2.ID) OR ((t1.contract_id = t2.contract_id) AND (t1.card_id IS NULL))) WHERE (t2.ID = (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) ORDER BY t1.ID;
SELECT ID, auto_top_up, balance_minor, card_id, contract_id, credit_limit_minor, CURRENCY, held_minor, PURPOSE, system_code, VERSION FROM ACCOUNT WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) FOR UPDATE;
SELECT contract_id FROM closed_period WHERE ((contract_id = (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) AND (period_month = '2026-12'));
UPDATE ACCOUNT SET balance_minor = balance_minor - :amount, VERSION = VERSION + 1 WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n));
INSERT INTO journal_entry (ID, ACTOR, amount_minor, booked_at, card_id, CATEGORY, contract_id, DESCRIPTION, KIND, product_code, REGION, reverses_entry_id, STATION, volume_milli) VALUES (nextval('journal_entry_seq'), :scope, :amount, now(), (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'CAR_WASH', (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'Purchase of CAR_WASH at AZS-17', 'PURCHASE', 'CAR_WASH', 'RU-MOW', NULL, 'AZS-17', 0);
\startpipeline
INSERT INTO POSTING (ID, account_id, amount_minor, CURRENCY, entry_id) VALUES (nextval('posting_seq'), (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n), :debit, 'RUB', currval('journal_entry_seq'));
INSERT INTO POSTING (ID, account_id, amount_minor, CURRENCY, entry_id) VALUES (nextval('posting_seq'), (SELECT id FROM account WHERE system_code = 'MERCHANT_PAYABLE'), :amount, 'RUB', currval('journal_entry_seq'));
\endpipeline
INSERT INTO audit_event (ID, ACTION, ACTOR, DETAILS, occurred_at, subject_id, subject_type) VALUES (nextval('audit_event_seq'), 'card.purchase', :scope, '1433.01 RUB CAR_WASH', now(), (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'CARD');
INSERT INTO idempotency_record (SCOPE, idem_key, created_at, OUTCOME, request_hash) VALUES (:scope, :key, now(), '{"approvedAmount":"1433.01","approvedVolume":"0.000","authCode":"574214","balance":"999507555.34","code":"OK","entryId":119252,"isApproved": true,"status":"APPROVED"}', '21d5f3355c9dabbf2de242cf85d70c8aa5c81dc324f7ab332dedc4ca92c8906e');
INSERT INTO purchase_item (ID, CATEGORY, entry_id, line_no, NAME, price_minor, QUANTITY) VALUES (nextval('purchase_item_seq'), 'CAR_WASH', currval('journal_entry_seq'), 1, 'Мойка', :amount, 1);
COMMIT;
