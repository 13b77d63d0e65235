package org.cardhub.secrets;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedSecretsTest {

    private final SealedSecrets secrets = new SealedSecrets(new byte[32]);

    @Test
    void sealedSecretOpensToTheOriginalButDoesNotContainIt() {
        String sealed = secrets.seal("demo-terminal-key");

        assertThat(sealed).startsWith("v1:").doesNotContain("demo-terminal-key");
        assertThat(secrets.open(sealed)).isEqualTo("demo-terminal-key");
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentCiphertexts() {
        assertThat(secrets.seal("k")).isNotEqualTo(secrets.seal("k"));
    }

    @Test
    void aSecretSealedUnderAnotherKeyDoesNotOpen() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String sealed = new SealedSecrets(otherKey).seal("demo-terminal-key");

        assertThatThrownBy(() -> secrets.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlteredCiphertextIsRefused() {
        String sealed = secrets.seal("demo-terminal-key");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> secrets.open("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOfTheWrongLengthAreRefused() {
        assertThatThrownBy(() -> new SealedSecrets(new byte[16])).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SealedSecrets.fromBase64("not base64!")).hasMessageContaining("base64");
    }
}
