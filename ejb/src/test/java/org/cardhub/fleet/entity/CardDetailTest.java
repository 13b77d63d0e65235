package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardDetailTest {

    @Test
    void anActiveCardMayBeBlockedReissuedAndClosedButNotUnblocked() {
        CardDetail active = detail(CardStatus.ACTIVE, null);

        assertThat(active.mayBeBlocked()).isTrue();
        assertThat(active.mayBeUnblocked()).isFalse();
        assertThat(active.mayBeReissued()).isTrue();
        assertThat(active.mayBeClosed()).isTrue();
    }

    @Test
    void aLostCardIsReissuedOrClosedNeverUnblockedAndATemporaryBlockIsLifted() {
        assertThat(detail(CardStatus.BLOCKED, BlockReason.LOST).mayBeUnblocked()).isFalse();
        assertThat(detail(CardStatus.BLOCKED, BlockReason.LOST).mayBeReissued()).isTrue();
        assertThat(detail(CardStatus.BLOCKED, BlockReason.TEMPORARY).mayBeUnblocked()).isTrue();
    }

    @Test
    void aReplacedOrClosedCardTakesNoMoreActions() {
        for (CardStatus gone : List.of(CardStatus.REISSUED, CardStatus.CLOSED)) {
            CardDetail card = detail(gone, null);
            assertThat(card.mayBeBlocked() || card.mayBeUnblocked() || card.mayBeReissued() || card.mayBeClosed()).isFalse();
        }
    }

    @Test
    void moneyAndLitreLimitsAreAmountsAndACountLimitIsANumberOfPurchases() {
        Instant now = Instant.now();
        CardLimit money = CardLimit.of(new SpendingLimit(1, 2L, LimitMeasure.MONEY, LimitPeriod.DAY, 1_000_000, null, now));
        CardLimit litres = CardLimit.of(new SpendingLimit(1, 2L, LimitMeasure.VOLUME, LimitPeriod.DAY, 150_000, List.of("fuel"), now));
        CardLimit count = CardLimit.of(new SpendingLimit(1, null, LimitMeasure.COUNT, LimitPeriod.DAY, 3, null, now));

        assertThat(money.amount()).isEqualTo(Amount.parse("10000.00", Currency.RUB));
        assertThat(litres.amount()).isEqualTo(Amount.parse("150", Currency.LITRE));
        assertThat(litres.categories()).containsExactly("FUEL");
        assertThat(count.amount()).isNull();
        assertThat(count.countsPurchases()).isTrue();
        assertThat(count.count()).isEqualTo(3);
        assertThat(count.ofContract()).isTrue();
        assertThat(money.ofContract()).isFalse();
    }

    @Test
    void aCardWithoutARestrictionRowHasNoneAndHoursCountOnlyWithBothEnds() {
        assertThat(CardRestrictions.of(null).isEmpty()).isTrue();

        CardRestriction restriction = new CardRestriction(2);
        restriction.limitHours(LocalTime.of(6, 0), LocalTime.of(22, 0));
        restriction.forbidCategories(List.of("alcohol"));
        CardRestrictions restrictions = CardRestrictions.of(restriction);

        assertThat(restrictions.isEmpty()).isFalse();
        assertThat(restrictions.limitsHours()).isTrue();
        assertThat(restrictions.forbiddenCategories()).containsExactly("ALCOHOL");
        assertThat(restrictions.allowedCategories()).isEmpty();
    }

    private static CardDetail detail(CardStatus status, BlockReason reason) {
        CardRow row = new CardRow(2, "700599******0044", HolderKind.VEHICLE, "Lada Largus", status, reason,
                LocalDate.of(2030, 1, 31), null, null, null, null, null);
        return new CardDetail(row, 1, "F-00000001", ZoneId.of("Europe/Moscow"), true, List.of(), List.of(),
                CardRestrictions.NONE, List.of(), null);
    }
}
