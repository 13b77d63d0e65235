-- The cards of the terminal benchmark's two scenarios with their contract and the account they draw on, numbered
-- per scenario, for the replay scripts beside this file (run on Cardhub's database after server-config/benchmark).
DROP TABLE IF EXISTS replay_cards;
CREATE TABLE replay_cards AS
SELECT row_number() OVER (PARTITION BY k.scenario ORDER BY c.id) AS n, k.scenario, c.id AS card_id, c.pan_hash,
       c.contract_id, a.id AS account_id
FROM card c
JOIN account a ON a.contract_id = c.contract_id AND a.card_id IS NULL AND a.purpose = 'MAIN' AND a.currency = 'RUB'
JOIN (SELECT contract_id, CASE count(*) WHEN 1000 THEN 'hot' ELSE 'spread' END AS scenario
      FROM card GROUP BY contract_id HAVING count(*) IN (100, 1000)) k ON k.contract_id = c.contract_id;
CREATE UNIQUE INDEX replay_cards_n ON replay_cards (scenario, n);
ANALYZE replay_cards;
