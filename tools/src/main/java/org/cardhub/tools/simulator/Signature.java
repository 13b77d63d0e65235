package org.cardhub.tools.simulator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code signature} property of a terminal message: lowercase hex HMAC-SHA256 of the exact text. */
final class Signature {

    private static final String ALGORITHM = "HmacSHA256";
    /** One per thread: looking the algorithm up among the providers costs more than the signing itself. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    });

    private Signature() {
    }

    /** Signs the UTF-8 bytes of {@code text} with the terminal's secret key (also taken as UTF-8). */
    static String of(String text, String key) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 does not take the key", e);
        }
    }
}
