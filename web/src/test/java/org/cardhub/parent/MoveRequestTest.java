package org.cardhub.parent;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.MoveOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoveRequestTest {

    private static final Amount HUNDRED = Amount.parse("100.00", Currency.RUB);

    @Test
    void aMoveThatWentThroughKeepsItsIdSoADoubleClickOrAStalePageAsksForTheSameMove() {
        MoveRequest request = new MoveRequest();
        String shown = request.id();

        request.answered(MoveOutcome.moved(HUNDRED, Amount.parse("1400.00", Currency.RUB)));
        String second = request.id();
        request.answered(MoveOutcome.alreadyDone(HUNDRED));

        assertThat(second).isEqualTo(shown);
        assertThat(request.id()).isEqualTo(shown);
    }

    @Test
    void aMoveThatMovedNothingGetsANewIdSoTheNextTryIsItsOwnRequest() {
        MoveRequest request = new MoveRequest();
        String shown = request.id();

        request.answered(MoveOutcome.insufficient(HUNDRED, Amount.parse("50.00", Currency.RUB)));
        String afterShortfall = request.id();
        request.answered(MoveOutcome.refused(HUNDRED, "CARD_REPLACED"));

        assertThat(afterShortfall).isNotEqualTo(shown);
        assertThat(request.id()).isNotEqualTo(afterShortfall);
    }

    @Test
    void anotherMoveStartsAnotherRequestAndEachFormHasItsOwn() {
        MoveRequest request = new MoveRequest();
        String shown = request.id();

        request.renew();

        assertThat(request.id()).isNotEqualTo(shown).hasSize(36);
        assertThat(new MoveRequest().id()).isNotEqualTo(request.id());
    }
}
