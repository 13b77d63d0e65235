package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.InvalidNoticeSettingsException.Code;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Settings that cannot be saved say which field is wrong and why; a phone is read as people write it. */
class SettingsChangeTest {

    private static ChildChoices defaultsFor(long cardId) {
        return new ChildChoices(cardId, Map.of(), Map.of());
    }

    private static ChildChoices smsAboutPasses(long cardId) {
        return new ChildChoices(cardId, Map.of(Topic.ENTRY_EXIT, new Channels(false, true, false)), Map.of());
    }

    @Test
    void goodAddressesAreNormalisedAndPass() {
        SettingsChange change = new SettingsChange(new Addresses(" Parent@Example.RU ", "8 (900) 123-45-67", " "),
                List.of(smsAboutPasses(7)));

        assertThat(change.problems()).isEmpty();
        assertThat(change.addresses()).isEqualTo(new Addresses("parent@example.ru", "+79001234567", null));
    }

    @Test
    void aMalformedEmailIsAnsweredAtTheEmailField() {
        SettingsChange change = new SettingsChange(new Addresses("not-an-address", null, null), List.of(defaultsFor(7)));

        assertThat(change.problems()).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactly(tuple("email", Code.EMAIL_INVALID));
    }

    @Test
    void emailChosenWithoutAnAddressIsAnsweredAtTheEmailField() {
        SettingsChange change = new SettingsChange(new Addresses("", "+79001234567", null), List.of(defaultsFor(7)));

        assertThat(change.problems()).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactly(tuple("email", Code.EMAIL_REQUIRED));
    }

    @Test
    void nothingChosenByEmailNeedsNoAddress() {
        ChildChoices quiet = new ChildChoices(7, Map.of(Topic.TOP_UP, Channels.none(), Topic.LOW_BALANCE, Channels.none(),
                Topic.CARD, Channels.none(), Topic.MEAL_ORDER, Channels.none(), Topic.PAYMENT_FAILED, Channels.none(), Topic.LESSONS, Channels.none()), Map.of());

        assertThat(new SettingsChange(new Addresses(null, null, null), List.of(quiet)).problems()).isEmpty();
    }

    @Test
    void smsChosenWithoutAPhoneAndAMalformedPhoneAreAnsweredAtThePhoneField() {
        SettingsChange missing = new SettingsChange(new Addresses("p@example.ru", null, null), List.of(smsAboutPasses(7)));
        SettingsChange malformed = new SettingsChange(new Addresses("p@example.ru", "12345", null), List.of(smsAboutPasses(7)));

        assertThat(missing.problems()).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactly(tuple("phone", Code.PHONE_REQUIRED));
        assertThat(malformed.problems()).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactly(tuple("phone", Code.PHONE_INVALID));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        SettingsChange change = new SettingsChange(new Addresses("x@", "+7 900", null), List.of(defaultsFor(7)));

        assertThat(change.problems()).extracting(SettingsProblem::field).containsExactly("email", "phone");
    }

    @Test
    void aPreferenceRefusesMalformedAddressesAndKeepsTheOldOnes() {
        NotificationPreference preference = new NotificationPreference("parent");
        preference.changeTo(new Addresses("p@example.ru", null, null));

        assertThatThrownBy(() -> preference.changeTo(new Addresses("p@example", null, null)))
                .isInstanceOf(InvalidNoticeSettingsException.class)
                .satisfies(refusal -> assertThat(((InvalidNoticeSettingsException) refusal).field()).isEqualTo("email"));
        assertThat(preference.address(Channel.EMAIL)).contains("p@example.ru");
    }

    @Test
    void theRegisteredAddressIsAdoptedOnlyWhenThereIsNoneYet() {
        NotificationPreference preference = new NotificationPreference("parent");

        assertThat(preference.adoptEmailIfNone("Parent@Example.ru")).isTrue();
        assertThat(preference.adoptEmailIfNone("other@example.ru")).isFalse();
        assertThat(preference.address(Channel.EMAIL)).contains("parent@example.ru");
        assertThat(new NotificationPreference("p2").adoptEmailIfNone("broken")).isFalse();
    }

    @Test
    void aThresholdIsNamedByItsChildAndPurse() {
        assertThatThrownBy(() -> new ChildChoices(7, Map.of(), Map.of(AccountPurpose.MAIN, Amount.parse("-5", Currency.RUB))))
                .isInstanceOf(InvalidNoticeSettingsException.class)
                .satisfies(refusal -> assertThat(((InvalidNoticeSettingsException) refusal).field()).isEqualTo("threshold:7:MAIN"));
    }
}
