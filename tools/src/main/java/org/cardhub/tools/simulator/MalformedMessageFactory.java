package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Builds the deliberately bad messages of {@code --malformed}, each spoilt in exactly one way. */
final class MalformedMessageFactory {

    static final String UNKNOWN_TERMINAL_PREFIX = "SIM-UNKNOWN-";

    private final EventFactory events;
    private final CardPool cards;

    MalformedMessageFactory(EventFactory events, CardPool cards) {
        this.events = events;
        this.cards = cards;
    }

    /** A random kind of malformation, sent by a random terminal of {@code terminals}. */
    OutgoingMessage create(List<SimulatedTerminal> terminals, Random random) {
        Malformation[] kinds = Malformation.values();
        return create(kinds[random.nextInt(kinds.length)], terminals, random);
    }

    OutgoingMessage create(Malformation kind, List<SimulatedTerminal> terminals, Random random) {
        SimulatedTerminal terminal = pickTerminal(kind, terminals, random);
        OutgoingMessage valid = events.typicalFor(terminal, cards.pickFor(terminal.kind(), random), random);
        JsonObject event = Json.createReader(new StringReader(valid.text())).readObject();
        return switch (kind) {
            case NOT_JSON -> signed(terminal, kind, valid, null, "v=1;type=" + valid.type() + ";card=" + valid.card()
                    + (valid.amount() == null ? "" : ";amount=" + valid.amount()));
            case MISSING_EVENT_ID -> signed(terminal, kind, valid, null,
                    Json.createObjectBuilder(event).remove("eventId").build().toString());
            case AMOUNT_AS_NUMBER -> signed(terminal, kind, valid, valid.eventId(),
                    Json.createObjectBuilder(event).add("amount", amountAsNumber(valid)).build().toString());
            case BAD_SIGNATURE -> new OutgoingMessage(valid.text(), terminal.id(),
                    Signature.of(valid.text(), terminal.key() + "-not-the-key"), valid.eventId(), valid.type(),
                    valid.card(), valid.amount(), valid.volume(), null, kind);
            case UNKNOWN_TERMINAL -> unknownTerminal(terminal, valid, event, random);
            case OVERSIZED -> signed(terminal, kind, valid, valid.eventId(), Json.createObjectBuilder(event)
                    .add("comment", "x".repeat(Malformation.SIZE_LIMIT + 1024)).build().toString());
        };
    }

    /** For a wrong amount type, a terminal whose events carry amounts, if there is one. */
    private static SimulatedTerminal pickTerminal(Malformation kind, List<SimulatedTerminal> terminals, Random random) {
        List<SimulatedTerminal> candidates = terminals;
        if (kind == Malformation.AMOUNT_AS_NUMBER) {
            List<SimulatedTerminal> withMoney = terminals.stream().filter(t -> t.kind() != SimulatedTerminalKind.TURNSTILE).toList();
            if (!withMoney.isEmpty()) {
                candidates = withMoney;
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static BigDecimal amountAsNumber(OutgoingMessage valid) {
        return valid.amount() == null ? new BigDecimal("100.5") : new BigDecimal(valid.amount());
    }

    private static OutgoingMessage unknownTerminal(SimulatedTerminal terminal, OutgoingMessage valid, JsonObject event,
            Random random) {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String stranger = UNKNOWN_TERMINAL_PREFIX + HexFormat.of().withUpperCase().formatHex(suffix);
        JsonObjectBuilder builder = Json.createObjectBuilder(event).add("terminalId", stranger);
        String text = builder.build().toString();
        return new OutgoingMessage(text, stranger, Signature.of(text, terminal.key()), valid.eventId(), valid.type(),
                valid.card(), valid.amount(), valid.volume(), null, Malformation.UNKNOWN_TERMINAL);
    }

    private static OutgoingMessage signed(SimulatedTerminal terminal, Malformation kind, OutgoingMessage valid, String eventId,
            String text) {
        return new OutgoingMessage(text, terminal.id(), Signature.of(text, terminal.key()), eventId, valid.type(),
                valid.card(), valid.amount(), valid.volume(), null, kind);
    }
}
