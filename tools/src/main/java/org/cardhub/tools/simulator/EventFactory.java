package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds well-formed, signed terminal events (protocol v1) with plausible random amounts: money as strings with two
 * decimals, litres with three, {@code occurredAt} with its offset, a fresh UUID per event.
 */
final class EventFactory {

    /** Price of a litre the fuel POS uses to turn an amount into a volume. */
    static final BigDecimal FUEL_PRICE = new BigDecimal("55.00");
    static final String FUEL_PRODUCT = "AI-95";
    static final String CAR_WASH = "CAR_WASH";

    private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final List<Map.Entry<String, String>> MENU = List.of(
            Map.entry("Борщ", "HOT_MEAL"),
            Map.entry("Котлета с пюре", "HOT_MEAL"),
            Map.entry("Плов", "HOT_MEAL"),
            Map.entry("Компот", "HOT_MEAL"),
            Map.entry("Булочка с маком", "BUFFET"),
            Map.entry("Сок яблочный", "BUFFET"));

    private final JsonBuilderFactory json = Json.createBuilderFactory(Map.of());
    private final Clock clock;

    EventFactory(Clock clock) {
        this.clock = clock;
    }

    /** A fuel pre-authorisation for 50.00–1500.00 of AI-95, with its volume at 55.00 a litre. */
    OutgoingMessage authorize(SimulatedTerminal terminal, String card, Random random) {
        BigDecimal amount = money(between(random, 5_000, 150_000));
        BigDecimal volume = litresFor(amount);
        return signed(terminal, base(terminal, "AUTHORIZE", card)
                .add("amount", text(amount))
                .add("volume", text(volume))
                .add("product", FUEL_PRODUCT), card, text(amount), text(volume), null);
    }

    /**
     * The completion of an approved hold: a final amount between 30 % of what was authorised (at least 1.00) and all
     * of it, never more than {@code authorised}, and never more litres than {@code authorisedVolume} when given.
     */
    OutgoingMessage complete(SimulatedTerminal terminal, String card, String authorizeEventId, BigDecimal authorised,
            BigDecimal authorisedVolume, Random random) {
        long cap = authorised.movePointRight(2).longValueExact();
        long floor = Math.min(cap, Math.max(100, cap * 3 / 10));
        BigDecimal amount = money(between(random, floor, cap));
        BigDecimal volume = litresFor(amount);
        if (authorisedVolume != null && volume.compareTo(authorisedVolume) > 0) {
            volume = authorisedVolume.setScale(3, RoundingMode.DOWN);
        }
        return signed(terminal, base(terminal, "COMPLETE", card)
                .add("amount", text(amount))
                .add("volume", text(volume))
                .add("product", FUEL_PRODUCT)
                .add("refEventId", authorizeEventId), card, text(amount), text(volume), authorizeEventId);
    }

    /**
     * A one-step purchase: at a canteen 1–3 dishes for 40.00–200.00 in all; at a fuel POS a car wash for
     * 300.00–1500.00.
     */
    OutgoingMessage purchase(SimulatedTerminal terminal, String card, Random random) {
        JsonArrayBuilder items = json.createArrayBuilder();
        long total = 0;
        JsonObjectBuilder event = base(terminal, "PURCHASE", card);
        if (terminal.kind() == SimulatedTerminalKind.FUEL_POS) {
            total = between(random, 30_000, 150_000);
            items.add(item("Мойка", CAR_WASH, total));
            event.add("amount", text(money(total))).add("product", CAR_WASH);
        } else {
            int dishes = 1 + random.nextInt(3);
            for (int i = 0; i < dishes; i++) {
                long price = between(random, 4_000 / dishes, 20_000 / dishes);
                Map.Entry<String, String> dish = MENU.get(random.nextInt(MENU.size()));
                items.add(item(dish.getKey(), dish.getValue(), price));
                total += price;
            }
            event.add("amount", text(money(total)));
        }
        return signed(terminal, event.add("items", items), card, text(money(total)), null, null);
    }

    /** Cancels an approved purchase of the same terminal and card, for its whole amount. */
    OutgoingMessage reversal(SimulatedTerminal terminal, String card, String purchaseEventId, String amount) {
        return signed(terminal, base(terminal, "REVERSAL", card)
                .add("amount", amount)
                .add("refEventId", purchaseEventId), card, amount, null, purchaseEventId);
    }

    /** A turnstile pass, {@code ENTRY} or {@code EXIT}. */
    OutgoingMessage pass(SimulatedTerminal terminal, String card, String direction) {
        return signed(terminal, base(terminal, direction, card), card, null, null, null);
    }

    /** A bus fare of 20–60 whole roubles. */
    OutgoingMessage fare(SimulatedTerminal terminal, String card, Random random) {
        BigDecimal amount = money(between(random, 20, 60) * 100);
        return signed(terminal, base(terminal, "FARE", card).add("amount", text(amount)), card, text(amount), null,
                null);
    }

    /** Cash accepted by a kiosk: 50–2000 roubles in tens. */
    OutgoingMessage cashIn(SimulatedTerminal terminal, String card, Random random) {
        BigDecimal amount = money(between(random, 5, 200) * 1_000);
        return signed(terminal, base(terminal, "CASH_IN", card).add("amount", text(amount)), card, text(amount), null,
                null);
    }

    /** A typical well-formed event of the terminal's kind, with an amount wherever the kind handles money. */
    OutgoingMessage typicalFor(SimulatedTerminal terminal, String card, Random random) {
        return switch (terminal.kind()) {
            case FUEL_POS -> authorize(terminal, card, random);
            case CANTEEN_POS -> purchase(terminal, card, random);
            case TURNSTILE -> pass(terminal, card, "ENTRY");
            case TRANSPORT_VALIDATOR -> fare(terminal, card, random);
            case CASH_KIOSK -> cashIn(terminal, card, random);
        };
    }

    private JsonObjectBuilder base(SimulatedTerminal terminal, String type, String card) {
        return json.createObjectBuilder()
                .add("v", 1)
                .add("eventId", UUID.randomUUID().toString())
                .add("terminalId", terminal.id())
                .add("type", type)
                .add("occurredAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(OCCURRED_AT))
                .add("card", card);
    }

    private JsonObjectBuilder item(String name, String category, long priceMinor) {
        return json.createObjectBuilder()
                .add("name", name)
                .add("category", category)
                .add("qty", 1)
                .add("price", text(money(priceMinor)));
    }

    private static OutgoingMessage signed(SimulatedTerminal terminal, JsonObjectBuilder builder, String card, String amount,
            String volume, String refEventId) {
        JsonObject event = builder.add("offline", false).build();
        String text = event.toString();
        return new OutgoingMessage(text, terminal.id(), Signature.of(text, terminal.key()),
                event.getString("eventId"), event.getString("type"), card, amount, volume, refEventId, null);
    }

    static BigDecimal litresFor(BigDecimal amount) {
        return amount.divide(FUEL_PRICE, 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }

    private static String text(BigDecimal decimal) {
        return decimal.toPlainString();
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    private static long between(Random random, long low, long high) {
        return low + (long) (random.nextDouble() * (high - low + 1));
    }
}
