package org.cardhub.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals secrets under this installation's key-encryption key and computes keyed lookup hashes, so a
 * card number can be found by its hash without being readable from the database.
 */
@ApplicationScoped
public class SecretVault {

    @Inject
    @ConfigProperty(name = "cardhub.secrets.key-encryption-key")
    String keyEncryptionKey;

    private SealedSecrets sealedSecrets;
    private SecretKeySpec lookupKey;

    @PostConstruct
    void init() {
        sealedSecrets = SealedSecrets.fromBase64(keyEncryptionKey);
        lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(keyEncryptionKey.trim()),
                "HmacSHA256"), "cardhub lookup hash key v1"), "HmacSHA256");
    }

    public String seal(String secret) {
        return sealedSecrets.seal(secret);
    }

    public String open(String sealed) {
        return sealedSecrets.open(sealed);
    }

    /** HMAC-SHA256 of the value under a key derived from the key-encryption key, as 64 hex digits. */
    public String lookupHash(String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, value));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
