package org.cardhub.simulator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code signature} property of a terminal message: lowercase hex HMAC-SHA256 of the exact text. */
final class Signature {

    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    /** Signs the UTF-8 bytes of {@code text} with the terminal's secret key (also taken as UTF-8). */
    static String of(String text, String key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
