package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void matchesTheKnownHmacSha256Vector() {
        // echo -n abc | openssl dgst -sha256 -hmac key
        assertThat(Signature.of("abc", "key"))
                .isEqualTo("9c196e32dc0175f86f4b1cb89289d6619de6bee699e4c378e68309ed97a1a6ab");
    }

    @Test
    void signsTheUtf8BytesOfTheText() {
        // printf '%s' '{"name":"Борщ"}' | openssl dgst -sha256 -hmac demo-terminal-key
        assertThat(Signature.of("{\"name\":\"Борщ\"}", "demo-terminal-key"))
                .isEqualTo("1f7672c6ddf7af6513d43da603a4612ef9c13dbfa383afdf5563aae274e85c36");
    }

    @Test
    void isLowercaseHexOf32Bytes() {
        assertThat(Signature.of("{\"v\":1}", "demo-terminal-key")).matches("[0-9a-f]{64}");
    }

    @Test
    void dependsOnKeyAndOnEveryCharacterOfTheText() {
        String signature = Signature.of("{\"amount\":\"10.00\"}", "demo-terminal-key");

        assertThat(Signature.of("{\"amount\":\"10.00\"}", "other-key")).isNotEqualTo(signature);
        assertThat(Signature.of("{\"amount\":\"10.00\"} ", "demo-terminal-key")).isNotEqualTo(signature);
    }
}
