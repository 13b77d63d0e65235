-- Terminals that talk to Cardhub over JMS. The HMAC key a terminal signs with must be usable by the
-- server, so it cannot be hashed: it is stored encrypted (AES-256-GCM) under the key-encryption key
-- configured as cardhub.secrets.key-encryption-key, never in clear.
CREATE TABLE terminal (
    id                  VARCHAR(32)              NOT NULL PRIMARY KEY,
    kind                VARCHAR(24)              NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    location            VARCHAR(200)             NOT NULL,
    region              VARCHAR(64)              NOT NULL,
    secret_key_cipher   VARCHAR(512)             NOT NULL,
    key_rotated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT terminal_kind_known CHECK (kind IN ('FUEL_POS', 'CANTEEN_POS', 'TURNSTILE', 'TRANSPORT_VALIDATOR', 'CASH_KIOSK')),
    CONSTRAINT terminal_status_known CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT terminal_id_format CHECK (id = UPPER(id))
);
