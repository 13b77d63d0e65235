package org.cardhub.notifications.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aSecretMessagesTextIsForgottenOnceItHasLeft() {
        OutboxMessage code = new OutboxMessage("phone-code:1", Channel.SMS, "+79001234567", "Код 1234", "Код 1234", NOW).secret();
        assertThat(code.subject()).contains("1234");

        code.sent(NOW);

        assertThat(code.subject()).isEqualTo(OutboxMessage.FORGOTTEN).doesNotContain("1234");
        assertThat(code.body()).isEqualTo(OutboxMessage.FORGOTTEN);
    }

    @Test
    void aSecretMessageGivenUpForgetsItsTextAndAnOrdinaryOneKeepsIt() {
        OutboxMessage code = new OutboxMessage("phone-code:2", Channel.SMS, "+79001234567", "Код 5678", "Код 5678", NOW).secret();
        OutboxMessage notice = new OutboxMessage("top-up:1", Channel.SMS, "+79001234567", "Пополнение", "500 ₽", NOW);
        for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            code.failed("gateway down");
            notice.failed("gateway down");
        }
        notice.sent(NOW);

        assertThat(code.body()).isEqualTo(OutboxMessage.FORGOTTEN);
        assertThat(notice.body()).isEqualTo("500 ₽");
    }
}
