-- Notifications per child and per event kind (issue 21). A parent keeps their addresses (email, phone, push token) in
-- notification_preference and chooses, for each of their children's cards and each kind of event, which channels
-- carry it (notification_choice); a card with no row for a kind gets the defaults of the application (email for
-- top-ups, low balance, card, meal pre-orders and failed payments; nothing for passes and purchases). The old switches
-- (passes on/off, purchases on/off, and one set of channels for everything) become choices for each linked card.
--
-- Low-balance alerts: per parent, child's card and purse, a threshold and whether the purse is below it already (so a
-- parent is told once per crossing). The paid SMS informer: its price per school contract, and per card whether it is
-- connected, the last month paid and the charge attempt its operation key counts; charges go to a new system account.

CREATE TABLE notification_choice (
    subject             VARCHAR(100) NOT NULL,
    card_id             BIGINT       NOT NULL REFERENCES card (id),
    topic               VARCHAR(16)  NOT NULL CHECK (topic IN ('ENTRY_EXIT', 'PURCHASE', 'TOP_UP', 'LOW_BALANCE', 'CARD',
                                                               'MEAL_ORDER', 'PAYMENT_FAILED')),
    by_email            BOOLEAN      NOT NULL,
    by_sms              BOOLEAN      NOT NULL,
    by_push             BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (subject, card_id, topic)
);
CREATE INDEX notification_choice_card ON notification_choice (card_id);

INSERT INTO notification_choice (subject, card_id, topic, by_email, by_sms, by_push)
SELECT p.subject, g.card_id, t.topic,
       p.by_email AND CASE t.topic WHEN 'ENTRY_EXIT' THEN p.on_entry_exit WHEN 'PURCHASE' THEN p.on_purchase ELSE TRUE END,
       p.by_sms AND CASE t.topic WHEN 'ENTRY_EXIT' THEN p.on_entry_exit WHEN 'PURCHASE' THEN p.on_purchase ELSE TRUE END,
       p.by_push AND CASE t.topic WHEN 'ENTRY_EXIT' THEN p.on_entry_exit WHEN 'PURCHASE' THEN p.on_purchase ELSE TRUE END
FROM notification_preference p
JOIN card_guardian g ON g.subject = p.subject
CROSS JOIN (VALUES ('ENTRY_EXIT'), ('PURCHASE'), ('TOP_UP'), ('LOW_BALANCE'), ('CARD'), ('MEAL_ORDER'), ('PAYMENT_FAILED'))
    AS t(topic);

ALTER TABLE notification_preference DROP COLUMN on_entry_exit;
ALTER TABLE notification_preference DROP COLUMN on_purchase;
ALTER TABLE notification_preference DROP COLUMN by_email;
ALTER TABLE notification_preference DROP COLUMN by_sms;
ALTER TABLE notification_preference DROP COLUMN by_push;

CREATE TABLE low_balance_alert (
    subject             VARCHAR(100) NOT NULL,
    card_id             BIGINT       NOT NULL REFERENCES card (id),
    purpose             VARCHAR(16)  NOT NULL CHECK (purpose IN ('MAIN', 'CANTEEN')),
    threshold_minor     BIGINT       NOT NULL CHECK (threshold_minor >= 0),
    below               BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (subject, card_id, purpose)
);
CREATE INDEX low_balance_alert_purse ON low_balance_alert (card_id, purpose);

-- The SMS informer's price on a school contract: per month, charged for the days left when connected mid-month or not.
CREATE TABLE sms_informer_price (
    contract_id         BIGINT       NOT NULL PRIMARY KEY REFERENCES contract (id),
    monthly_minor       BIGINT       NOT NULL CHECK (monthly_minor > 0),
    prorated            BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);

-- One row per card once its informer was first asked for. paid_month ('2026-12') is the last month paid; attempt
-- counts the declined charges, so a charge after a decline has an operation key of its own.
CREATE TABLE sms_informer (
    card_id             BIGINT                   NOT NULL PRIMARY KEY REFERENCES card (id),
    status              VARCHAR(16)              NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'OFF')),
    paid_month          CHAR(7),
    attempt             INTEGER                  NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    suspended_month     CHAR(7),
    suspend_reason      VARCHAR(32),
    shortfall_minor     BIGINT,
    last_charge_minor   BIGINT,
    last_charge_entry_id BIGINT,
    last_charged_at     TIMESTAMP WITH TIME ZONE,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by          VARCHAR(100)             NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT sms_informer_suspended_says_why CHECK (status <> 'SUSPENDED' OR (suspended_month IS NOT NULL
        AND suspend_reason IS NOT NULL))
);
CREATE INDEX sms_informer_due ON sms_informer (status, paid_month);

INSERT INTO account (system_code, purpose, currency) VALUES ('SERVICE_REVENUE', 'SYSTEM', 'RUB');
