-- People are linked to their contracts, cards, organisations and settings by Keycloak's immutable user id
-- (the tokens' "sub"), no longer by their user name: once people register themselves, whoever registers a
-- name that is free again must not inherit what was linked to it. Links by name cannot be turned into ids
-- here (only Keycloak knows them), so they are dropped and made again by id; the demo data does so for the
-- demo users, whose ids the realm file fixes.

ALTER TABLE contract ADD COLUMN holder_subject VARCHAR(100);
ALTER TABLE contract DROP CONSTRAINT contract_has_a_party;
ALTER TABLE contract ADD CONSTRAINT contract_has_a_party
    CHECK (organization_id IS NOT NULL OR holder_subject IS NOT NULL OR holder_username IS NOT NULL);
CREATE INDEX contract_holder_subject ON contract (holder_subject);

ALTER TABLE card ADD COLUMN holder_subject VARCHAR(100);
CREATE INDEX card_holder_subject ON card (holder_subject);

CREATE TABLE organization_member_by_subject (
    organization_id     BIGINT       NOT NULL REFERENCES organization (id),
    subject             VARCHAR(100) NOT NULL,
    PRIMARY KEY (organization_id, subject)
);
DROP TABLE organization_member;
ALTER TABLE organization_member_by_subject RENAME TO organization_member;

CREATE TABLE card_guardian_by_subject (
    card_id             BIGINT       NOT NULL REFERENCES card (id),
    subject             VARCHAR(100) NOT NULL,
    PRIMARY KEY (card_id, subject)
);
DROP TABLE card_guardian;
ALTER TABLE card_guardian_by_subject RENAME TO card_guardian;
CREATE INDEX card_guardian_subject ON card_guardian (subject);

CREATE TABLE notification_preference_by_subject (
    subject             VARCHAR(100) NOT NULL PRIMARY KEY,
    email               VARCHAR(200),
    phone               VARCHAR(20),
    push_token          VARCHAR(200),
    on_entry_exit       BOOLEAN      NOT NULL DEFAULT TRUE,
    on_purchase         BOOLEAN      NOT NULL DEFAULT TRUE,
    by_email            BOOLEAN      NOT NULL DEFAULT TRUE,
    by_sms              BOOLEAN      NOT NULL DEFAULT FALSE,
    by_push             BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0
);
DROP TABLE notification_preference;
ALTER TABLE notification_preference_by_subject RENAME TO notification_preference;
