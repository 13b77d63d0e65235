-- Demo data of README.md ("Top-ups by bank card"): «Лицей № 3» (S-00000002) charges a fee on bank-card top-ups, 1.5 %
-- and at least 5 ₽; «Школа № 7» (S-00000001) has no row, so no fee ("Без комиссии"). Repeatable and idempotent. Named
-- so that Flyway runs it after R__demo_school_second.sql, which makes the contract (repeatables run by description).

INSERT INTO top_up_fee (contract_id, rate_bp, minimum_minor, created_at)
SELECT c.id, 150, 500, CURRENT_TIMESTAMP FROM contract c
WHERE c.number = 'S-00000002' AND NOT EXISTS (SELECT 1 FROM top_up_fee f WHERE f.contract_id = c.id);
