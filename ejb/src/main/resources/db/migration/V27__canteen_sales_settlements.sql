-- A school canteen's sales and what its supplier is paid for them (issue 22). The canteen's sales are the purchases,
-- completions and reversals booked on the school contract under a canteen category (free meals included: the school's
-- budget paid them); they landed on MERCHANT_PAYABLE. Once a school day has ended in the school's zone they are settled
-- in one journal entry: the supplier's share to the main account of the supplier's contract, the programme's commission
-- (computed meal by meal, half-up to the kopeck) to the system account CANTEEN_COMMISSION.

-- The programme's revenue from canteen commissions. System accounts are rows the schema creates (as V2, V19, V23 did).
INSERT INTO account (system_code, purpose, currency) VALUES ('CANTEEN_COMMISSION', 'SYSTEM', 'RUB');

-- One settlement per school and local day, whatever runs at once (the key; the money operation's idempotency key is
-- canteen-settlement:<school>/<date> too). sales = commission + share; a day whose sales net out to nothing moves no money
-- and has no entry. meals: the sales entries less their reversals.
CREATE TABLE canteen_settlement (
    school_id             BIGINT                   NOT NULL REFERENCES organization (id),
    settle_date           DATE                     NOT NULL,
    supplier_id           BIGINT                   NOT NULL REFERENCES organization (id),
    supplier_contract_id  BIGINT                   NOT NULL REFERENCES contract (id),
    commission_bp         INTEGER                  NOT NULL,
    sales_minor           BIGINT                   NOT NULL,
    commission_minor      BIGINT                   NOT NULL,
    share_minor           BIGINT                   NOT NULL,
    meals                 INTEGER                  NOT NULL,
    entry_id              BIGINT REFERENCES journal_entry (id),
    settled_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (school_id, settle_date),
    CONSTRAINT canteen_settlement_commission_range CHECK (commission_bp BETWEEN 0 AND 10000),
    CONSTRAINT canteen_settlement_split CHECK (sales_minor = commission_minor + share_minor),
    CONSTRAINT canteen_settlement_entry_moves CHECK (entry_id IS NOT NULL OR (commission_minor = 0 AND share_minor = 0))
);

-- Every sales entry a settlement took, with its own commission: no entry is ever settled twice (the key), and one booked
-- late into a day already settled (an offline purchase, a completion, booked at the time it happened) is taken by the
-- next settlement of the school. The settlement's statement reads it by settlement.
CREATE TABLE canteen_settled_entry (
    entry_id              BIGINT                   NOT NULL PRIMARY KEY REFERENCES journal_entry (id),
    school_id             BIGINT                   NOT NULL,
    settle_date           DATE                     NOT NULL,
    amount_minor          BIGINT                   NOT NULL,
    commission_minor      BIGINT                   NOT NULL,
    CONSTRAINT canteen_settled_entry_settlement FOREIGN KEY (school_id, settle_date)
        REFERENCES canteen_settlement (school_id, settle_date)
);
CREATE INDEX canteen_settled_entry_settlement ON canteen_settled_entry (school_id, settle_date);

-- The canteen's sales of a school contract over a period, for the reports and the settlements: one range per canteen
-- category instead of every entry of the contract (top-ups, transfers, fares, service charges) that
-- journal_entry_contract_time_id (V13) would walk through.
CREATE INDEX journal_entry_contract_category_time ON journal_entry (contract_id, category, booked_at);
