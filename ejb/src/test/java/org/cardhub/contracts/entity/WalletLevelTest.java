package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A wallet identification level's caps as data: what a change must be, and the identified level never below. */
class WalletLevelTest {

    private static final Instant SEEDED = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-08T10:15:00Z");
    private static final String CLERK = "3f2a9c1e-0000-4000-8000-00000000abcd";

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static WalletLevel nonIdentified() {
        return new WalletLevel(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00"), "system", SEEDED);
    }

    @Test
    void aLevelsCapsAreTheCapsOfItsTier() {
        assertThat(nonIdentified().caps())
                .isEqualTo(new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00")));
    }

    @Test
    void aChangeSetsBothCapsAndSaysWhoAndWhen() {
        WalletLevel level = nonIdentified();

        level.change(rub("10000.00"), rub("35000.50"), CLERK, NOW);

        assertThat(level.caps()).isEqualTo(new WalletCaps(WalletTier.NON_IDENTIFIED, rub("10000.00"), rub("35000.50")));
        assertThat(level.changedBy()).isEqualTo(CLERK);
        assertThat(level.changedAt()).isEqualTo(NOW);
        assertThat(level.describe()).isEqualTo("balance cap 10000.00 RUB, monthly turnover cap 35000.50 RUB");
    }

    @Test
    void aCapIsRequired() {
        InvalidWalletLevelException refused = refusal(() -> nonIdentified().change(null, rub("40000.00"), CLERK, NOW));

        assertThat(refused.code()).isEqualTo(InvalidWalletLevelException.Code.CAP_REQUIRED);
        assertThat(refused.cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
    }

    @Test
    void aCapIsInRoublesAndKopecks() {
        InvalidWalletLevelException refused = refusal(() -> nonIdentified().change(rub("15000.00"),
                Amount.parse("40000.000", Currency.LITRE), CLERK, NOW));

        assertThat(refused.code()).isEqualTo(InvalidWalletLevelException.Code.CAP_NOT_ROUBLES);
        assertThat(refused.cap()).isEqualTo(InvalidWalletLevelException.Cap.MONTHLY_TURNOVER);
    }

    @Test
    void aCapOfZeroOrLessIsRefusedAtItsCap() {
        InvalidWalletLevelException zero = refusal(() -> nonIdentified().change(rub("0.00"), rub("40000.00"), CLERK, NOW));
        InvalidWalletLevelException negative = refusal(() -> nonIdentified().change(rub("15000.00"), rub("-0.01"), CLERK, NOW));

        assertThat(zero.code()).isEqualTo(InvalidWalletLevelException.Code.CAP_NOT_POSITIVE);
        assertThat(zero.cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
        assertThat(zero.getMessage()).isEqualTo("The balance cap is more than zero, not 0.00 RUB");
        assertThat(negative.code()).isEqualTo(InvalidWalletLevelException.Code.CAP_NOT_POSITIVE);
        assertThat(negative.cap()).isEqualTo(InvalidWalletLevelException.Cap.MONTHLY_TURNOVER);
    }

    @Test
    void aCapMayBeAKopeckAndAtMostTenMillionRoubles() {
        WalletLevel level = nonIdentified();
        level.change(rub("0.01"), WalletLevel.HIGHEST_CAP, CLERK, NOW);
        assertThat(level.caps().maxMonthlyTurnover()).isEqualTo(rub("10000000.00"));

        InvalidWalletLevelException refused = refusal(() -> level.change(rub("10000000.01"), rub("40000.00"), CLERK, NOW));

        assertThat(refused.code()).isEqualTo(InvalidWalletLevelException.Code.CAP_TOO_LARGE);
        assertThat(refused.cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
        assertThat(refused.getMessage()).contains("at most 10000000.00 RUB");
    }

    @Test
    void aRefusedChangeChangesNothing() {
        WalletLevel level = nonIdentified();

        refusal(() -> level.change(rub("12000.00"), rub("0.00"), CLERK, NOW));

        assertThat(level.caps()).isEqualTo(nonIdentified().caps());
        assertThat(level.changedBy()).isEqualTo("system");
        assertThat(level.changedAt()).isEqualTo(SEEDED);
    }

    @Test
    void theIdentifiedLevelMayEqualTheNonIdentifiedOne() {
        WalletCaps caps = new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00"));

        WalletLevel.requireIdentifiedNotBelow(caps,
                new WalletCaps(WalletTier.IDENTIFIED, rub("15000.00"), rub("40000.00")));
    }

    @Test
    void theIdentifiedLevelsBalanceCapBelowTheNonIdentifiedOnesIsRefusedNamingBoth() {
        InvalidWalletLevelException refused = refusal(() -> WalletLevel.requireIdentifiedNotBelow(
                new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00")),
                new WalletCaps(WalletTier.IDENTIFIED, rub("14999.99"), rub("1000000.00"))));

        assertThat(refused.code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(refused.code().kind()).isEqualTo(org.cardhub.refusal.Refusal.Kind.REFUSED);
        assertThat(refused.cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
        assertThat(refused.getMessage()).isEqualTo("The identified level's balance cap (14999.99 RUB) may not be below "
                + "the non-identified level's (15000.00 RUB)");
    }

    @Test
    void theIdentifiedLevelsTurnoverCapBelowTheNonIdentifiedOnesIsRefused() {
        InvalidWalletLevelException refused = refusal(() -> WalletLevel.requireIdentifiedNotBelow(
                new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00")),
                new WalletCaps(WalletTier.IDENTIFIED, rub("100000.00"), rub("39999.99"))));

        assertThat(refused.code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(refused.cap()).isEqualTo(InvalidWalletLevelException.Cap.MONTHLY_TURNOVER);
    }

    private static InvalidWalletLevelException refusal(Runnable change) {
        InvalidWalletLevelException refused = catchThrowableOfType(change::run, InvalidWalletLevelException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
