-- One fuel pre-authorisation and its completion, two transactions, as Cardhub's server sends them to PostgreSQL
-- (statements, their order and round trips copied from PostgreSQL's statement log; pipelines where the JDBC
-- driver sends several statements at once), with no application in between: the database's own ceiling for an
-- authorisation with its completion. See README.md beside this file.
\set n random(1, :cards)
\set amount random(50000, 500000)
\set completed :amount - random(0, 40000)
\set volume random(5000, 40000)
\set key random(1, 1000000000000000)
\set key2 random(1, 1000000000000000)
-- the authorisation
\startpipeline
BEGIN;
SELECT SCOPE, idem_key, created_at, OUTCOME, request_hash FROM idempotency_record WHERE ((SCOPE = :scope) AND (idem_key = :key));
\endpipeline
SELECT t0.ID, t0.activation_code_hash, t0.BARCODE, t0.block_reason, t0.contract_id, t0.created_at, t0.expires_on, t0.FORM, t0.holder_kind, t0.holder_name, t0.holder_subject, t0.pan_hash, t0.pan_masked, t0.pan_sealed, t0.reissued_from_id, t0.school_contract_number, t0.STATUS, t0.stop_list_version, t0.VERSION, t1.ID, t1.balance_model, t1.chosen_stations, t1.created_at, t1.credit_limit_minor, t1.FUNDING, t1.holder_phone, t1.holder_subject, t1.KIND, t1.NUMBER, t1.organization_id, t1.STATUS, t1.tariff_code, t1.time_zone, t1.VERSION, t1.wallet_tier FROM CARD t0, CONTRACT t1 WHERE ((t1.ID = t0.contract_id) AND (t0.pan_hash = (SELECT pan_hash FROM replay_cards WHERE scenario = :scenario AND n = :n)));
SELECT ID, auto_top_up, balance_minor, card_id, contract_id, credit_limit_minor, CURRENCY, held_minor, PURPOSE, system_code, VERSION FROM ACCOUNT WHERE ((((contract_id = (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) AND (card_id IS NULL)) AND (PURPOSE = 'MAIN')) AND (CURRENCY = 'RUB'));
SELECT t0.card_id, t0.allowed_categories, t0.allowed_regions, t0.allowed_stations, t0.forbidden_categories, t0.time_from, t0.time_to, t0.VERSION, t1.ID, t1.card_id, t1.CATEGORIES, t1.contract_id, t1.created_at, t1.MEASURE, t1.PERIOD, t1.limit_value, t1.VERSION FROM CARD t2 LEFT OUTER JOIN card_restriction t0 ON (t0.card_id = t2.ID) LEFT OUTER JOIN spending_limit t1 ON ((t1.card_id = t2.ID) OR ((t1.contract_id = t2.contract_id) AND (t1.card_id IS NULL))) WHERE (t2.ID = (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) ORDER BY t1.ID;
SELECT ID, auto_top_up, balance_minor, card_id, contract_id, credit_limit_minor, CURRENCY, held_minor, PURPOSE, system_code, VERSION FROM ACCOUNT WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) FOR UPDATE;
UPDATE ACCOUNT SET held_minor = held_minor + :amount, VERSION = VERSION + 1 WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n));
INSERT INTO HOLD (ID, account_id, amount_minor, card_id, CATEGORY, created_at, expires_at, product_code, REGION, STATION, STATUS, VERSION, volume_milli, completion_entry_id) VALUES (nextval('hold_seq'), (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n), :amount, (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'FUEL', now(), now() + interval '30 minutes', 'AI-95', 'RU-MOW', 'AZS-17', 'OPEN', 1, :volume, NULL) RETURNING ID AS hold \gset
INSERT INTO audit_event (ID, ACTION, ACTOR, DETAILS, occurred_at, subject_id, subject_type) VALUES (nextval('audit_event_seq'), 'card.authorise', :scope, '703.68 RUB, 12.794 L FUEL', now(), (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'CARD');
INSERT INTO idempotency_record (SCOPE, idem_key, created_at, OUTCOME, request_hash) VALUES (:scope, :key, now(), '{"approvedAmount":"703.68","approvedVolume":"12.794","authCode":"367172","balance":"999681423.89","code":"OK","holdId":50830,"isApproved": true,"status":"APPROVED"}', 'c8dfad6ab0c1125c2ecaa0a8731d472eb87b51d353f2da62a35cdac9a4a5db2a');
COMMIT;
-- its completion
\startpipeline
BEGIN;
SELECT SCOPE, idem_key, created_at, OUTCOME, request_hash FROM idempotency_record WHERE (((SCOPE = :scope) AND (idem_key = :key2)) OR ((SCOPE = :scope) AND (idem_key = :key)));
\endpipeline
SELECT t0.ID, t0.account_id, t0.amount_minor, t0.card_id, t0.CATEGORY, t0.created_at, t0.expires_at, t0.product_code, t0.REGION, t0.STATION, t0.STATUS, t0.VERSION, t0.volume_milli, t0.completion_entry_id, t1.ID, t1.auto_top_up, t1.balance_minor, t1.card_id, t1.contract_id, t1.credit_limit_minor, t1.CURRENCY, t1.held_minor, t1.PURPOSE, t1.system_code, t1.VERSION, t2.ID, t2.balance_model, t2.chosen_stations, t2.created_at, t2.credit_limit_minor, t2.FUNDING, t2.holder_phone, t2.holder_subject, t2.KIND, t2.NUMBER, t2.organization_id, t2.STATUS, t2.tariff_code, t2.time_zone, t2.VERSION, t2.wallet_tier FROM HOLD t0, CONTRACT t2, ACCOUNT t1 WHERE (((t1.ID = t0.account_id) AND (t2.ID = t1.contract_id)) AND (t0.ID = :hold));
SELECT ID, auto_top_up, balance_minor, card_id, contract_id, credit_limit_minor, CURRENCY, held_minor, PURPOSE, system_code, VERSION FROM ACCOUNT WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) FOR UPDATE;
SELECT contract_id FROM closed_period WHERE ((contract_id = (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n)) AND (period_month = '2026-12'));
UPDATE ACCOUNT SET held_minor = held_minor - :amount, balance_minor = balance_minor - :completed, VERSION = VERSION + 1 WHERE (ID = (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n));
INSERT INTO journal_entry (ID, ACTOR, amount_minor, booked_at, card_id, CATEGORY, contract_id, DESCRIPTION, KIND, product_code, REGION, reverses_entry_id, STATION, volume_milli) VALUES (nextval('journal_entry_seq'), :scope, :completed, now(), (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'FUEL', (SELECT contract_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'Completion of authorisation 0d7f4316-8721-46d0-aa69-d643f8d117ff', 'COMPLETION', 'AI-95', 'RU-MOW', NULL, 'AZS-17', :volume);
UPDATE HOLD SET STATUS = 'COMPLETED', completion_entry_id = currval('journal_entry_seq'), VERSION = 2 WHERE ((ID = :hold) AND (VERSION = 1));
\set debit -1 * :completed
\startpipeline
INSERT INTO POSTING (ID, account_id, amount_minor, CURRENCY, entry_id) VALUES (nextval('posting_seq'), (SELECT id FROM account WHERE system_code = 'MERCHANT_PAYABLE'), :completed, 'RUB', currval('journal_entry_seq'));
INSERT INTO POSTING (ID, account_id, amount_minor, CURRENCY, entry_id) VALUES (nextval('posting_seq'), (SELECT account_id FROM replay_cards WHERE scenario = :scenario AND n = :n), :debit, 'RUB', currval('journal_entry_seq'));
\endpipeline
INSERT INTO audit_event (ID, ACTION, ACTOR, DETAILS, occurred_at, subject_id, subject_type) VALUES (nextval('audit_event_seq'), 'card.complete', :scope, '537.96 RUB of hold 50830', now(), (SELECT card_id FROM replay_cards WHERE scenario = :scenario AND n = :n), 'CARD');
INSERT INTO idempotency_record (SCOPE, idem_key, created_at, OUTCOME, request_hash) VALUES (:scope, :key2, now(), '{"approvedAmount":"537.96","approvedVolume":"9.781","authCode":"061314","balance":"999681589.61","code":"OK","entryId":77851,"holdId":50830,"isApproved": true,"status":"APPROVED"}', '7783590a28f2cb966c0cd3adc1337d4ad9a040bdc6dab21c145b1df2801998ef');
COMMIT;
