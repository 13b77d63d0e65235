package org.cardhub.school.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildMoveTest {

    private static final PurseChoice IVAN_GENERAL = new PurseChoice(1, AccountPurpose.MAIN);
    private static final PurseChoice IVAN_CANTEEN = new PurseChoice(1, AccountPurpose.CANTEEN);
    private static final PurseChoice MARIA_GENERAL = new PurseChoice(2, AccountPurpose.MAIN);

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "100", "14999.99", "15000.00"})
    void fromOneKopeckToFifteenThousandRoublesMoves(String typed) {
        ChildMove move = new ChildMove(IVAN_GENERAL, IVAN_CANTEEN, rub(typed));

        assertThat(move.amount()).isEqualTo(rub(typed));
        assertThat(move.withinOneCard()).isTrue();
    }

    @Test
    void moreThanFifteenThousandRoublesAtOnceIsRefused() {
        assertRefused(() -> new ChildMove(IVAN_GENERAL, MARIA_GENERAL, rub("15000.01")),
                InvalidChildRequestException.Code.AMOUNT_ABOVE_MAXIMUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.00"})
    void zeroOrLessIsRefused(String typed) {
        assertRefused(() -> new ChildMove(IVAN_GENERAL, MARIA_GENERAL, rub(typed)),
                InvalidChildRequestException.Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void aThirdDecimalNeverBecomesAnAmount() {
        assertThatThrownBy(() -> rub("10.005")).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_SCALE));
    }

    @Test
    void litresAreNoPupilsMoney() {
        assertRefused(() -> new ChildMove(IVAN_GENERAL, MARIA_GENERAL, Amount.parse("1.000", Currency.LITRE)),
                InvalidChildRequestException.Code.AMOUNT_NOT_ROUBLES);
    }

    @Test
    void aPurseToItselfIsRefusedAndTwoChildrensCardsAreNotOneCard() {
        assertRefused(() -> new ChildMove(IVAN_CANTEEN, new PurseChoice(1, AccountPurpose.CANTEEN), rub("5")),
                InvalidChildRequestException.Code.SAME_PURSE);
        assertThat(new ChildMove(IVAN_GENERAL, MARIA_GENERAL, rub("5")).withinOneCard()).isFalse();
    }

    @Test
    void thePageNamesAPurseAsCardAndPurposeAndNothingElseIsAPurse() {
        assertThat(PurseChoice.parse(IVAN_CANTEEN.value())).isEqualTo(IVAN_CANTEEN);
        for (String bad : new String[]{null, "", "1", "x:MAIN", "1:SYSTEM", "1:main", "1:MAIN:2", "1:BONUS"}) {
            assertRefused(() -> PurseChoice.parse(bad), InvalidChildRequestException.Code.PURSE_UNKNOWN);
        }
    }

    @Test
    void onlyAMoveThatMovedOrHadMovedKeepsItsRequestForARepeat() {
        assertThat(MoveOutcome.moved(rub("1"), rub("9")).keepsRequest()).isTrue();
        assertThat(MoveOutcome.alreadyDone(rub("1")).keepsRequest()).isTrue();
        assertThat(MoveOutcome.insufficient(rub("1"), rub("0.50")).keepsRequest()).isFalse();
        assertThat(MoveOutcome.refused(rub("1"), "CARD_REPLACED").keepsRequest()).isFalse();
    }

    static Amount rub(String typed) {
        return Amount.parse(typed, Currency.RUB);
    }

    static void assertRefused(Runnable request, InvalidChildRequestException.Code code) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(InvalidChildRequestException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
