package org.cardhub.wallets.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What a person types when opening a wallet or asking to be identified, checked field by field. */
class WalletFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void namesAreLettersWithAHyphenApostropheOrBlankInsideAndTidied() {
        assertThat(new PersonName("  Анна-Мария ", "Д'Артаньян  Петрова").last()).isEqualTo("Д'Артаньян Петрова");
        assertThat(new PersonName("John", "Smith").masked()).isEqualTo("John S.");
        assertThat(code(() -> new PersonName("Анна1", "Петрова"))).isEqualTo(WalletRefusal.Code.FIRST_NAME_INVALID);
        assertThat(code(() -> new PersonName("Анна", " "))).isEqualTo(WalletRefusal.Code.LAST_NAME_INVALID);
        assertThat(code(() -> new PersonName("-Анна", "Петрова"))).isEqualTo(WalletRefusal.Code.FIRST_NAME_INVALID);
        assertThat(code(() -> new PersonName("А".repeat(61), "Петрова"))).isEqualTo(WalletRefusal.Code.FIRST_NAME_INVALID);
    }

    @Test
    void aPasswordHasSevenCharactersADigitACapitalAndASmallLetter() {
        assertThat(WalletPassword.checked("Abcdef1")).isEqualTo("Abcdef1");
        assertThat(WalletPassword.checked("Пароль1z")).isEqualTo("Пароль1z");
        for (String weak : new String[] {"Abcde1", "abcdefg1", "ABCDEFG1", "Abcdefgh", "", null}) {
            assertThat(code(() -> WalletPassword.checked(weak))).as(String.valueOf(weak)).isEqualTo(WalletRefusal.Code.PASSWORD_WEAK);
        }
    }

    @Test
    void aPassportIsFourAndSixDigitsIssuedAtFourteenAtTheEarliestAndNotInTheFuture() {
        PassportData passport = new PassportData("Смирнов", "Алексей", " ", LocalDate.of(1990, 5, 17), "45 10",
                "123 456", LocalDate.of(2010, 6, 1)).checkedOn(TODAY);
        assertThat(passport.passport()).isEqualTo("45 10 123456");
        assertThat(passport.middle()).isEmpty();
        assertThat(code(() -> new PassportData("Смирнов", "Алексей", null, LocalDate.of(1990, 5, 17), "451", "123456",
                LocalDate.of(2010, 6, 1)))).isEqualTo(WalletRefusal.Code.PASSPORT_INVALID);
        assertThat(code(() -> passportIssued(LocalDate.of(2003, 1, 1)).checkedOn(TODAY))).as("at 12")
                .isEqualTo(WalletRefusal.Code.PASSPORT_INVALID);
        assertThat(code(() -> passportIssued(TODAY.plusDays(1)).checkedOn(TODAY))).isEqualTo(WalletRefusal.Code.PASSPORT_INVALID);
        assertThat(code(() -> new PassportData("Смирнов", "Алексей", null, TODAY.minusYears(13), "4510", "123456", TODAY)
                .checkedOn(TODAY))).isEqualTo(WalletRefusal.Code.BIRTH_DATE_INVALID);
        assertThat(code(() -> new PassportData("Смирнов", "Алексей", "Петр0вич", LocalDate.of(1990, 5, 17), "4510",
                "123456", LocalDate.of(2010, 6, 1)))).isEqualTo(WalletRefusal.Code.MIDDLE_NAME_INVALID);
    }

    @Test
    void aRequestIsDecidedOnceAndARejectionSaysWhy() {
        Identification request = new Identification(7, passportIssued(LocalDate.of(2010, 6, 1)), Instant.EPOCH);
        assertThat(code(() -> request.reject("  ", "admin", Instant.EPOCH))).isEqualTo(WalletRefusal.Code.REASON_REQUIRED);
        assertThat(request.status()).isEqualTo(Identification.Status.WAITING);

        request.reject(" Фото нечитаемо ", "admin", Instant.EPOCH);

        assertThat(request.reason()).contains("Фото нечитаемо");
        assertThat(request.decidedBy()).contains("admin");
        assertThatThrownBy(() -> request.approve("admin", Instant.EPOCH)).isInstanceOf(WalletRefusal.class);
        assertThat(request.data().series()).isEqualTo("4510");
    }

    @Test
    void aReceiversNameShowsItsFirstWordAndTheOthersInitials() {
        assertThat(Receiver.masked("Петров Иван Сергеевич")).isEqualTo("Петров И. С.");
        assertThat(Receiver.masked(" Иван ")).isEqualTo("Иван");
        assertThat(Receiver.masked(null)).isEmpty();
    }

    private static PassportData passportIssued(LocalDate issuedOn) {
        return new PassportData("Смирнов", "Алексей", null, LocalDate.of(1990, 5, 17), "4510", "123456", issuedOn);
    }

    private static Object code(Runnable work) {
        Throwable thrown = catchThrowable(work::run);
        assertThat(thrown).isInstanceOf(WalletRefusal.class);
        return ((WalletRefusal) thrown).code();
    }
}
