-- The parents' and pupils' cabinets (issue 21): the home page reads each child's purses by the card alone, and the
-- school day reads them again for the day's closing balances. The purses' unique key (contract_id, card_id, purpose,
-- currency) leads with the contract, so it cannot answer a look-up by card: this index does.
-- Everything else the home page and the day view ask was indexed before: a card's entries by time
-- (journal_entry_card_time, V2), its passes by time (attendance_card_time, V3), a purchase's dishes
-- (purchase_item_line, V3), an entry's postings (posting_entry, V2), a purse's postings (posting_account_entry, V6),
-- the reversal of an entry (the unique reverses_entry_id, V2), a guardian's cards (card_guardian_subject, V10) and a
-- pupil's own (card_holder_subject, V10).
CREATE INDEX account_card ON account (card_id);
