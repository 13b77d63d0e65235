package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperationMixTest {

    @Test
    void readsTheDefaultMix() {
        OperationMix mix = OperationMix.parse(OperationMix.DEFAULT);

        assertThat(mix.weights()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Operation.AUTHORIZE_COMPLETE, 40, Operation.PURCHASE, 30, Operation.ENTRY, 10, Operation.FARE, 10,
                Operation.CASH_IN, 5, Operation.REVERSAL, 5));
    }

    @Test
    void acceptsAnyCaseBlanksAndWeightsThatDoNotAddUpTo100() {
        OperationMix mix = OperationMix.parse(" purchase = 3 , Exit=1,FARE=0");

        assertThat(mix.weights()).containsExactlyInAnyOrderEntriesOf(Map.of(Operation.PURCHASE, 3, Operation.EXIT, 1));
    }

    @Test
    void picksOperationsInProportionToTheirWeights() {
        OperationMix mix = OperationMix.parse("PURCHASE=75,FARE=25");
        Random random = new Random(7);
        Map<Operation, Integer> picked = new EnumMap<>(Operation.class);

        for (int i = 0; i < 20_000; i++) {
            picked.merge(mix.pick(random), 1, Integer::sum);
        }

        assertThat(picked).containsOnlyKeys(Operation.PURCHASE, Operation.FARE);
        assertThat(picked.get(Operation.PURCHASE) / 20_000.0).isCloseTo(0.75, within(0.02));
    }

    @Test
    void dropsWhatCannotBePerformed() {
        OperationMix mix = OperationMix.parse("PURCHASE=3,FARE=1");

        assertThat(mix.keeping(op -> op == Operation.FARE).orElseThrow().weights())
                .containsExactlyEntriesOf(Map.of(Operation.FARE, 1));
        assertThat(mix.keeping(op -> false)).isEmpty();
    }

    @Test
    void namesWhatIsWrongWithABadMix() {
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE=30,TOP_UP=5"))
                .hasMessageContaining("unknown operation 'TOP_UP'").hasMessageContaining("CASH_IN");
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE")).hasMessageContaining("'PURCHASE' is not NAME=WEIGHT");
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE=lots"))
                .hasMessageContaining("weight of PURCHASE is not a whole number");
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE=-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE=1,purchase=2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> OperationMix.parse("PURCHASE=0")).hasMessageContaining("all weights are zero");
        assertThatThrownBy(() -> OperationMix.parse(" ")).hasMessageContaining("empty");
    }
}
