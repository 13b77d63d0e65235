package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidCardOperationException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class CardGroupTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aGroupKeepsItsNameWithoutTheBlanksAround() {
        CardGroup group = new CardGroup(7, "  Доставка ", NOW);

        assertThat(group.name()).isEqualTo("Доставка");
        assertThat(group.contractId()).isEqualTo(7);
        group.rename("Сервис и ремонт");
        assertThat(group.name()).isEqualTo("Сервис и ремонт");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Доставка\tюг", "Маршрут\n2"})
    void aBlankNameOrOneWithControlCharactersIsRefused(String name) {
        assertRefused(() -> new CardGroup(7, name, NOW), Code.GROUP_NAME_FORMAT);
    }

    @Test
    void aNameHasAtMost100Characters() {
        assertThat(new CardGroup(7, "Г".repeat(100), NOW).name()).hasSize(100);
        assertRefused(() -> new CardGroup(7, "Г".repeat(101), NOW), Code.GROUP_NAME_FORMAT);
        CardGroup group = new CardGroup(7, "Доставка", NOW);
        assertRefused(() -> group.rename("Г".repeat(101)), Code.GROUP_NAME_FORMAT);
        assertThat(group.name()).as("unchanged when refused").isEqualTo("Доставка");
    }

    @Test
    void aNameDifferingOnlyInCaseOrBlanksNamesTheSameGroup() {
        CardGroup group = new CardGroup(7, "Сервис", NOW);

        assertThat(group.isNamed(" сЕРВИС ")).isTrue();
        assertThat(group.isNamed("Сервис 2")).isFalse();
    }

    @Test
    void aGroupGoesOnlyWithoutCardsAndWithoutUsersLimitedToIt() {
        CardGroup group = new CardGroup(7, "Сервис", NOW);

        assertRefused(() -> group.checkRemovable(2, 0), Code.GROUP_NOT_EMPTY);
        assertRefused(() -> group.checkRemovable(1, 1), Code.GROUP_NOT_EMPTY);
        assertRefused(() -> group.checkRemovable(0, 1), Code.GROUP_GIVEN_TO_USERS);
        assertThatCode(() -> group.checkRemovable(0, 0)).doesNotThrowAnyException();
    }

    @Test
    void aCardMovesIntoAGroupOfItsContractAndOutOfAnyButNotIntoAnotherContracts() {
        Card card = new Card(7, CardNumber.of("4111111111111111"), "hash", "sealed", CardForm.PLASTIC,
                new Card.Holder(HolderKind.VEHICLE, "Ford Transit", null), LocalDate.of(2030, 1, 31), NOW);
        CardGroup service = withId(new CardGroup(7, "Сервис", NOW), 11);
        CardGroup otherContracts = withId(new CardGroup(8, "Сервис", NOW), 12);

        card.moveToGroup(service);
        assertThat(card.groupId()).isEqualTo(11);
        assertRefused(() -> card.moveToGroup(otherContracts), Code.GROUP_OF_OTHER_CONTRACT);
        assertThat(card.groupId()).as("still in its group").isEqualTo(11);
        card.moveToGroup(null);
        assertThat(card.groupId()).isNull();
    }

    private static CardGroup withId(CardGroup group, long id) {
        try {
            Field field = CardGroup.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(group, id);
            return group;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
