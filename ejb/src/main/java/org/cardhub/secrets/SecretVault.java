package org.cardhub.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals secrets under this installation's key-encryption key and computes keyed lookup hashes, so a
 * card number can be found by its hash without being readable from the database, and an activation code checked
 * without being kept at all.
 */
@ApplicationScoped
public class SecretVault {

    @Inject
    @ConfigProperty(name = "cardhub.secrets.key-encryption-key")
    String keyEncryptionKey;

    private SealedSecrets sealedSecrets;
    private KeyedHashes hashes;

    @PostConstruct
    void init() {
        sealedSecrets = SealedSecrets.fromBase64(keyEncryptionKey);
        hashes = KeyedHashes.fromBase64(keyEncryptionKey);
    }

    public String seal(String secret) {
        return sealedSecrets.seal(secret);
    }

    public String open(String sealed) {
        return sealedSecrets.open(sealed);
    }

    /** HMAC-SHA256 of the value under a key derived from the key-encryption key, as 64 hex digits. */
    public String lookupHash(String value) {
        return hashes.lookupHash(value);
    }

    /** The keyed hash a card keeps of its activation code (upper case, no blanks) instead of the code. */
    public String activationCodeHash(String code) {
        return hashes.activationCodeHash(code);
    }

    /** The keyed hash a one-time code sent to a phone is kept as (digits only), for that phone and purpose. */
    public String phoneCodeHash(String phone, String purpose, String code) {
        return hashes.phoneCodeHash(phone, purpose, code);
    }
}
