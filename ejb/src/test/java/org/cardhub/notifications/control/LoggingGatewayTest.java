package org.cardhub.notifications.control;

import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo's SMS and push are one line each in the server log, which the README tells operators to look for. */
class LoggingGatewayTest {

    private static OutboxMessage message(Channel channel, String to, String subject, String body) {
        return new OutboxMessage("e:" + channel, channel, to, subject, body, Instant.EPOCH);
    }

    @Test
    void anSmsIsItsSubjectToThePhoneOnOneLine() {
        LoggingGateway sms = new LoggingGateway(Channel.SMS);

        assertThat(sms.lineOf(message(Channel.SMS, "+79001234567", "Петров Иван пришёл в школу в 06.12.2026 08:01",
                "Карта 700599******0069,\nтурникет GATE-1")))
                .isEqualTo("SMS to +79001234567: Петров Иван пришёл в школу в 06.12.2026 08:01");
    }

    @Test
    void aLongSmsIsCutAndAPushCarriesItsTextWithoutLineBreaks() {
        String line = new LoggingGateway(Channel.SMS).lineOf(message(Channel.SMS, "+79001234567", "x".repeat(300), "b"));
        String push = new LoggingGateway(Channel.PUSH).lineOf(message(Channel.PUSH, "token-1", "Покупка 70.00 ₽",
                "Борщ × 1 — 45.00 ₽\nКомпот × 2 — 12.50 ₽\n"));

        assertThat(line).hasSize("SMS to +79001234567: ".length() + LoggingGateway.SMS_LENGTH).endsWith("…");
        assertThat(push).isEqualTo("PUSH to token-1: Покупка 70.00 ₽ — Борщ × 1 — 45.00 ₽ / Компот × 2 — 12.50 ₽")
                .doesNotContain("\n");
    }

    @Test
    void emailIsNoLoggingChannel() {
        assertThatThrownBy(() -> new LoggingGateway(Channel.EMAIL)).isInstanceOf(IllegalArgumentException.class);
    }
}
