-- Widens the kinds of journal entry by PAYOUT (V43: a wallet's money paid out to a bank card, and its settling with
-- the acquirer). V40_1 named the check, so it is replaced by name, on PostgreSQL and H2 alike.
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_kind_known;
ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_kind_known
    CHECK (kind IN ('TOP_UP', 'PURCHASE', 'COMPLETION', 'REVERSAL', 'TRANSFER', 'CORRECTION', 'AUTO_TOP_UP', 'REISSUE',
                    'BONUS_POINTS', 'PAYOUT'));
