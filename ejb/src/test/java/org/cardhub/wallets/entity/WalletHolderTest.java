package org.cardhub.wallets.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalletHolderTest {

    private static final Instant OPENED = Instant.parse("2026-01-10T09:00:00Z");

    private final WalletHolder holder = new WalletHolder(7, "subject", new PersonName(" Алексей ", "Смирнов"), OPENED);

    @Test
    void aSenderSeesTheFirstNameAndTheLastNamesInitialOnly() {
        assertThat(holder.maskedName()).isEqualTo("Алексей С.");
        assertThat(holder.fullName()).isEqualTo("Алексей Смирнов");
    }

    @Test
    void aQuietWalletIsToldThirtyDaysBeforeItsThreeHundredSixtySixthDayAndClosedOnIt() {
        Instant noticeDay = OPENED.plus(Duration.ofDays(336));
        assertThat(holder.isNoticeDue(noticeDay.minusSeconds(1))).isFalse();
        assertThat(holder.isNoticeDue(noticeDay)).isTrue();
        assertThat(holder.isDormant(OPENED.plus(Duration.ofDays(366)))).as("never closed without its notice").isFalse();

        holder.noticeSent(noticeDay);

        assertThat(holder.isNoticeDue(noticeDay.plusSeconds(60))).as("told once").isFalse();
        assertThat(holder.isDormant(OPENED.plus(Duration.ofDays(366)).minusSeconds(1))).isFalse();
        assertThat(holder.isDormant(OPENED.plus(Duration.ofDays(366)))).isTrue();
        assertThat(holder.closesBy()).isEqualTo(OPENED.plus(Duration.ofDays(366)));
    }

    @Test
    void aNoticeSentLateStillGivesTheHolderThirtyDays() {
        Instant late = OPENED.plus(Duration.ofDays(400));
        holder.noticeSent(late);
        assertThat(holder.isDormant(late.plus(Duration.ofDays(29)))).isFalse();
        assertThat(holder.isDormant(late.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void aTransactionStartsTheClockAgainAndVoidsTheNotice() {
        holder.noticeSent(OPENED.plus(Duration.ofDays(340)));
        holder.movedMoney(OPENED.plus(Duration.ofDays(350)));
        assertThat(holder.isDormant(OPENED.plus(Duration.ofDays(400)))).isFalse();
        assertThat(holder.isNoticeDue(OPENED.plus(Duration.ofDays(350 + 336)))).isTrue();
        holder.movedMoney(OPENED.plus(Duration.ofDays(10)));
        assertThat(holder.lastActivityAt()).as("an older transaction changes nothing").isEqualTo(OPENED.plus(Duration.ofDays(350)));
    }

    @Test
    void aClosedWalletIsClosedOnceAndNeverDormantOrToldAgain() {
        holder.close(WalletHolder.Closing.REQUEST, "220000******0004", OPENED.plusSeconds(5));
        assertThat(holder.isOpen()).isFalse();
        assertThat(holder.payoutCard()).contains("220000******0004");
        assertThat(holder.isNoticeDue(OPENED.plus(Duration.ofDays(500)))).isFalse();
        assertThatThrownBy(() -> holder.close(WalletHolder.Closing.DORMANT, null, OPENED.plusSeconds(9)))
                .isInstanceOf(WalletRefusal.class).extracting(e -> ((WalletRefusal) e).code())
                .isEqualTo(WalletRefusal.Code.WALLET_CLOSED);
    }
}
