package org.cardhub.terminals.control;

import org.cardhub.terminals.entity.EventType;
import org.cardhub.terminals.entity.InvalidMessageException;
import org.cardhub.terminals.entity.TerminalEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventParserTest {

    private static final String PURCHASE = """
            {"v":1,"eventId":"e-1","terminalId":"CANTEEN-0001","type":"PURCHASE",\
            "occurredAt":"2026-11-21T08:12:03+10:00","card":"7005990000000069","amount":"120.00"%s}""";

    @Test
    void aWellFormedPurchaseIsRead() throws InvalidMessageException {
        TerminalEvent event = EventParser.parse(PURCHASE.formatted(""));

        assertThat(event.type()).isEqualTo(EventType.PURCHASE);
        assertThat(event.amount()).isEqualTo("120.00");
    }

    @Test
    void anAmountGivenTwiceIsRefusedNotTheLastOneTaken() {
        assertThatThrownBy(() -> EventParser.parse(PURCHASE.formatted(",\"amount\":\"5000.00\"")))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.code()).isEqualTo(EventParser.INVALID);
                    assertThat(e.getMessage()).contains("amount");
                });
    }

    @Test
    void aKeyGivenTwiceInsideAnItemIsRefusedToo() {
        String items = ",\"items\":[{\"name\":\"Борщ\",\"category\":\"HOT_MEAL\",\"qty\":1,\"price\":\"45.00\",\"price\":\"1.00\"}]";

        assertThatThrownBy(() -> EventParser.parse(PURCHASE.formatted(items)))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.code()).isEqualTo(EventParser.INVALID));
    }

    @Test
    void nestingBeyondTheParsersDepthLimitIsAnInvalidMessageNotACrash() {
        String deep = ",\"x\":" + "[".repeat(1_001) + "]".repeat(1_001);

        assertThatThrownBy(() -> EventParser.parse(PURCHASE.formatted(deep)))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.code()).isEqualTo(EventParser.INVALID);
                    assertThat(e.eventId()).isNull();
                });
    }

    @Test
    void theEventIdOfADeeplyNestedMessageIsNotReadEither() {
        assertThat(EventParser.eventIdOf("{\"eventId\":\"e-2\",\"x\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}")).isNull();
    }

    @Test
    void textAfterTheObjectIsRefusedNotIgnored() {
        assertThatThrownBy(() -> EventParser.parse(PURCHASE.formatted("") + "{\"amount\":\"5000.00\"}"))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.code()).isEqualTo(EventParser.INVALID);
                    assertThat(e.getMessage()).contains("nothing after it");
                });
    }

    @Test
    void whitespaceAfterTheObjectIsFine() throws InvalidMessageException {
        assertThat(EventParser.parse(PURCHASE.formatted("") + "\n  ").eventId()).isEqualTo("e-1");
    }

    @Test
    void anArrayIsNotAMessage() {
        assertThatThrownBy(() -> EventParser.parse("[" + PURCHASE.formatted("") + "]"))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.getMessage()).contains("one JSON object"));
    }

    @Test
    void anItemMayNameTheProductCodeItSellsAndOneWithoutACodeReadsAsBefore() throws InvalidMessageException {
        TerminalEvent event = EventParser.parse(PURCHASE.formatted(",\"items\":["
                + "{\"name\":\"Суп\",\"category\":\"HOT_MEAL\",\"qty\":1,\"price\":\"55.00\",\"code\":\"MENU-1024\"},"
                + "{\"name\":\"Компот\",\"category\":\"DRINK\",\"qty\":2,\"price\":\"12.50\"}]"));

        assertThat(event.items()).extracting(TerminalEvent.Item::code).containsExactly("MENU-1024", null);
    }

    @Test
    void anItemCodeThatIsNoProductCodeIsRefusedNamingTheField() {
        for (String code : new String[]{"\"MENU 1024\"", "1024", "\"" + "X".repeat(33) + "\""}) {
            String items = ",\"items\":[{\"name\":\"Суп\",\"category\":\"HOT_MEAL\",\"qty\":1,\"price\":\"55.00\",\"code\":"
                    + code + "}]";
            assertThatThrownBy(() -> EventParser.parse(PURCHASE.formatted(items)))
                    .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                        assertThat(e.code()).isEqualTo(EventParser.INVALID);
                        assertThat(e.getMessage()).containsIgnoringCase("code");
                    });
        }
    }

    @Test
    void theMetricsTypeIsTheProtocolsOwnWordOrUnknownNeverTheTerminalsText() {
        assertThat(EventParser.typeOf("{\"type\":\"PURCHASE\",\"eventId\":\"e1\"}")).isEqualTo("PURCHASE");
        assertThat(EventParser.typeOf("{\"type\":\"DROP TABLE\"}")).isEqualTo("UNKNOWN");
        assertThat(EventParser.typeOf("not json")).isEqualTo("UNKNOWN");
        assertThat(EventParser.typeOf(null)).isEqualTo("UNKNOWN");
    }
}
