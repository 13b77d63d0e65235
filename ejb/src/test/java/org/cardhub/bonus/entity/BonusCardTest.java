package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

class BonusCardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void anAdultIsEighteenFullYearsOnTheDay() {
        assertThat(BonusCard.isAdultOn(LocalDate.of(2008, 12, 7), TODAY)).isTrue();
        assertThat(BonusCard.isAdultOn(LocalDate.of(2008, 12, 8), TODAY)).isFalse();
        assertThat(BonusCard.isAdultOn(LocalDate.of(1970, 1, 1), TODAY)).isTrue();
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInACommonYear() {
        LocalDate leapBirth = LocalDate.of(2008, 2, 29);
        assertThat(BonusCard.isAdultOn(leapBirth, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(BonusCard.isAdultOn(leapBirth, LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void anAdultRegistersAnIssuedCardToTheirWallet() {
        BonusCard card = issued();
        card.register(7L, LocalDate.of(1990, 5, 17), TODAY, NOW);

        assertThat(card.isRegistered()).isTrue();
        assertThat(card.contractId()).isEqualTo(7L);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(card.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void aMinorIsRefusedAndTheCardStaysFree() {
        BonusCard card = issued();
        assertRefused(() -> card.register(7L, LocalDate.of(2008, 12, 8), TODAY, NOW), BonusRefusal.Code.NOT_ADULT);
        assertThat(card.isRegistered()).isFalse();
    }

    @Test
    void aBirthDateMissingInTheFutureOrImplausibleIsMalformed() {
        BonusCard card = issued();
        assertRefused(() -> card.register(7L, null, TODAY, NOW), BonusRefusal.Code.BIRTH_DATE_INVALID);
        assertRefused(() -> card.register(7L, TODAY.plusDays(1), TODAY, NOW), BonusRefusal.Code.BIRTH_DATE_INVALID);
        assertRefused(() -> card.register(7L, LocalDate.of(1899, 12, 31), TODAY, NOW), BonusRefusal.Code.BIRTH_DATE_INVALID);
    }

    @Test
    void aCardIsRegisteredOnceToOneWallet() {
        BonusCard card = issued();
        card.register(7L, LocalDate.of(1990, 5, 17), TODAY, NOW);

        assertRefused(() -> card.register(8L, LocalDate.of(1985, 1, 1), TODAY, NOW), BonusRefusal.Code.CARD_TAKEN);
        assertRefused(() -> card.register(7L, LocalDate.of(1990, 5, 17), TODAY, NOW), BonusRefusal.Code.CARD_TAKEN);
        assertThat(card.contractId()).isEqualTo(7L);
    }

    private static BonusCard issued() {
        return new BonusCard(BonusCardBarcode.parse("2990000000019"), NOW.minusSeconds(86_400));
    }

    private static void assertRefused(Runnable action, BonusRefusal.Code code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
