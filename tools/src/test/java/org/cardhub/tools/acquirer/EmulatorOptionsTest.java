package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.tools.options.InvalidOptionsException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmulatorOptionsTest {

    @Test
    void withoutOptionsItIsTheDemoShopOnPort8091NotifyingPayara() throws Exception {
        EmulatorOptions options = EmulatorOptions.parse();

        assertThat(options.port()).isEqualTo(8091);
        assertThat(options.shopId()).isEqualTo("100500");
        assertThat(options.secret()).isEqualTo("test_demo-shop-secret");
        assertThat(options.notifyUrl()).hasToString("http://127.0.0.1:8080/cardhub/acquiring/yookassa/notifications");
        assertThat(options.lateDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.confirmationTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(options.notificationMode()).isEqualTo(NotificationMode.ONCE);
        assertThat(options.retryDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.help()).isFalse();
    }

    @Test
    void readsEveryOption() throws Exception {
        EmulatorOptions options = EmulatorOptions.parse("--port", "9000", "--shop-id=42", "--secret", "s3cret",
                "--notify-url", "http://127.0.0.1:8081/n", "--late-seconds", "1", "--confirmation-timeout=60",
                "--notification-mode", "twice");

        assertThat(options.port()).isEqualTo(9000);
        assertThat(options.shopId()).isEqualTo("42");
        assertThat(options.secret()).isEqualTo("s3cret");
        assertThat(options.notifyUrl()).hasToString("http://127.0.0.1:8081/n");
        assertThat(options.lateDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.confirmationTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.notificationMode()).isEqualTo(NotificationMode.TWICE);
        assertThat(EmulatorOptions.parse("--help").help()).isTrue();
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> EmulatorOptions.parse("--port", "70000"))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> EmulatorOptions.parse("--notify-url", "ftp://x"))
                .hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> EmulatorOptions.parse("--notification-mode", "often"))
                .hasMessageContaining("once|twice|late|none");
        assertThatThrownBy(() -> EmulatorOptions.parse("--shop-id", "a:b")).hasMessageContaining("':'");
        assertThatThrownBy(() -> EmulatorOptions.parse("--confirmation-timeout", "0"))
                .hasMessageContaining("--confirmation-timeout");
        assertThatThrownBy(() -> EmulatorOptions.parse("--bind", "0.0.0.0")).hasMessageContaining("unknown option --bind");
    }

    @Test
    void theUsageNamesEveryOption() {
        assertThat(EmulatorOptions.usage()).contains("--port", "--shop-id", "--secret", "--notify-url", "--late-seconds",
                "--confirmation-timeout", "--notification-mode", "--help");
    }
}
