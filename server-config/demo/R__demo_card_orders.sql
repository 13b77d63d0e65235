-- Card stock and a card order for the demo (README "Card orders"): one batch of 10 000 blank plastic cards, numbers
-- 7005995000000001 to 7005995000099995 (serials 500 000 000 to 500 009 999; both ends sealed under the demo
-- key-encryption key with org.cardhub.secrets.SealedSecrets, like the demo cards' numbers), and a plastic order for two
-- trucks on the demo company's distributed contract F-00000002 (F-00000001 keeps its five cards, which the partner
-- tests count), to be picked up in Moscow, waiting in the back office's queue.
-- Repeatable and idempotent: nothing is inserted twice, and an order already worked on is left as it is.

INSERT INTO card_stock_batch (bin, first_sealed, last_sealed, first_masked, last_masked, card_count, used_count,
                              received_on, added_at, added_by)
SELECT '700599', 'v1:ZkqWVWaQN/J4ts6vRNK3DvhXGyGGhRoRGEDwfLhR171lzCrp2NLAA2iQNU0=',
       'v1:M4HXkdrISfgqvQO+1AkOtdcZxLnGSsHoxcRhP9zCiPE+F+XAB8go7Ji/1S8=', '700599******0001', '700599******9995',
       10000, 0, DATE '2026-01-12', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM card_stock_batch b WHERE b.added_by = 'demo');

INSERT INTO card_order (contract_id, form, card_count, delivery_method, service_office_code, status, submitted_at,
                        submitted_by)
SELECT c.id, 'PLASTIC', 2, 'PICKUP', 'MSK-CENTER', 'SUBMITTED', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:00+03:00',
       'd3e0c0de-0000-4000-8000-000000000002'
FROM contract c
WHERE c.number = 'F-00000002' AND NOT EXISTS (SELECT 1 FROM card_order o WHERE o.contract_id = c.id
    AND o.submitted_by = 'd3e0c0de-0000-4000-8000-000000000002'
    AND o.submitted_at = TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:00+03:00');

INSERT INTO card_order_line (card_order_id, line_no, vehicle, plate, driver)
SELECT o.id, v.line_no, v.vehicle, v.plate, v.driver
FROM card_order o JOIN contract c ON c.id = o.contract_id AND c.number = 'F-00000002',
    (VALUES (1, 'Volvo FH', 'О777ОО77', 'Кузнецов Андрей Сергеевич'),
            (2, 'Mercedes-Benz Actros', 'Р888РР77', NULL)) AS v(line_no, vehicle, plate, driver)
WHERE o.submitted_by = 'd3e0c0de-0000-4000-8000-000000000002'
  AND o.submitted_at = TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:00+03:00'
  AND NOT EXISTS (SELECT 1 FROM card_order_line l WHERE l.card_order_id = o.id AND l.line_no = v.line_no);
