package org.cardhub.organizations.entity;

import org.cardhub.organizations.entity.MembershipRefusal.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class InvitationTest {

    @Test
    void anAddressIsKeptInLowerCaseAndNamesWithSingleSpaces() {
        Invitation invitation = new Invitation("  New.Manager+fleet@CardHub.local ", " Анна  Мария ", "Петрова-Водкина");

        assertThat(invitation.email()).isEqualTo("new.manager+fleet@cardhub.local");
        assertThat(invitation.firstName()).isEqualTo("Анна Мария");
        assertThat(invitation.fullName()).isEqualTo("Анна Мария Петрова-Водкина");
        assertThat(new Invitation("o'neil@example.org", "Seán", "O’Neil").lastName()).isEqualTo("O’Neil");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "manager", "manager@", "@cardhub.local", "manager@cardhub", "два слова@cardhub.local",
            "a@b@cardhub.local", "manager@-cardhub.local", "manager@cardhub..local", "<manager>@cardhub.local"})
    void whatIsNotAnAddressIsRefusedAtTheAddress(String email) {
        assertRefused(() -> new Invitation(email, "Анна", "Петрова"), Code.EMAIL_FORMAT);
    }

    @Test
    void anAddressLongerThanMailAllowsIsRefused() {
        assertRefused(() -> Invitation.email("a".repeat(64) + "@" + "b".repeat(190) + ".ru"), Code.EMAIL_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-Анна", "Анна<script>", "Анна & Co", "R2D2", "$money"})
    void whatIsNotANameIsRefusedAtTheName(String name) {
        assertRefused(() -> new Invitation("manager@cardhub.local", name, "Петрова"), Code.FIRST_NAME_FORMAT);
        assertRefused(() -> new Invitation("manager@cardhub.local", "Анна", name), Code.LAST_NAME_FORMAT);
    }

    @Test
    void aNameOfMoreThanAHundredCharactersIsRefused() {
        assertRefused(() -> new Invitation("manager@cardhub.local", "А".repeat(101), "Петрова"), Code.FIRST_NAME_FORMAT);
    }
}
