package org.cardhub.secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed hashes under a key derived from the installation's key-encryption key: the lookup hash card numbers are found
 * by, the hash of a card's activation code and that of a one-time code sent to a phone. Plain Java, so the schema migration that hashes the codes kept in clear
 * before computes exactly what {@link SecretVault} does.
 */
public final class KeyedHashes {

    private static final String ACTIVATION_CODE = "activation code:";
    private static final String PHONE_CODE = "phone code:";

    private final SecretKeySpec lookupKey;

    private KeyedHashes(byte[] keyEncryptionKey) {
        lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(keyEncryptionKey, "HmacSHA256"), "cardhub lookup hash key v1"),
                "HmacSHA256");
    }

    public static KeyedHashes fromBase64(String keyEncryptionKey) {
        try {
            return new KeyedHashes(Base64.getDecoder().decode(keyEncryptionKey.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key-encryption key must be base64", e);
        }
    }

    /** HMAC-SHA256 of the value, as 64 hex digits. */
    public String lookupHash(String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, value));
    }

    /**
     * The stored form of an activation code (already in upper case, without blanks). An unsalted fast hash would do for a
     * password only if the input were long; an eight-character code is guessed offline in hours from its plain SHA-256.
     * It is safe here because the HMAC's key never lies in the database: whoever reads the table cannot test guesses
     * without the installation's key-encryption key, and guessing online is what the linking locks limit. The prefix
     * keeps these hashes apart from the card numbers' lookup hashes under the same key.
     */
    public String activationCodeHash(String code) {
        return lookupHash(ACTIVATION_CODE + code);
    }

    /**
     * The stored form of a one-time code sent to a phone. Four digits are ten thousand guesses, so only the key keeps
     * them from being read back; the phone and the purpose are part of the input so that two rows holding the same code
     * do not show the same hash.
     */
    public String phoneCodeHash(String phone, String purpose, String code) {
        return lookupHash(PHONE_CODE + phone + ":" + purpose + ":" + code);
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
