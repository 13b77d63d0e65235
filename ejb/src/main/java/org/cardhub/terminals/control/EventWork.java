package org.cardhub.terminals.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.TerminalPayments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.EventType;
import org.cardhub.terminals.entity.Reply;
import org.cardhub.terminals.entity.TerminalEvent;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalProduct;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a checked terminal event does to the money or the school's log, under the key {@code terminal:<id>} /
 * {@code eventId}. Everything the event says is read first, so a malformed amount or card is refused before any work;
 * the work itself runs in whatever transaction it is given (a group's, or one of its own).
 */
@Dependent
public class EventWork {

    @EJB
    TerminalPayments payments;

    @EJB
    AttendanceLog attendance;

    @Inject
    CardDirectory cards;

    public GroupedEvent of(ActiveTerminal terminal, TerminalEvent event) {
        OperationKey key = new OperationKey(terminal.source(), event.eventId());
        String source = terminal.source();
        return switch (event.type()) {
            case AUTHORIZE -> {
                Spend spend = spend(terminal, event);
                yield spending(key, spend, () -> reply(event, payments.authorise(key, spend, source)));
            }
            case PURCHASE, FARE -> {
                Spend spend = spend(terminal, event);
                yield spending(key, spend, () -> reply(event, payments.purchase(key, spend, source)));
            }
            case COMPLETE -> {
                OperationKey authorisation = new OperationKey(source, event.refEventId());
                Amount amount = roubles(event.amount());
                Amount volume = litres(event.volume());
                yield new GroupedEvent(List.of(key, authorisation), Optional.empty(),
                        () -> reply(event, payments.complete(key, authorisation, amount, volume, source)));
            }
            case REVERSAL -> {
                OperationKey original = new OperationKey(source, event.refEventId());
                yield new GroupedEvent(List.of(key, original), Optional.empty(),
                        () -> reply(event, payments.reverse(key, original, source)));
            }
            case CASH_IN -> {
                PurseRef purse = purseOf(event.card());
                Amount amount = roubles(event.amount());
                yield new GroupedEvent(List.of(key), Optional.empty(),
                        () -> reply(event, payments.cashIn(key, purse, amount, source)));
            }
            case ENTRY, EXIT -> {
                CardRef card = CardRef.parse(event.card());
                yield new GroupedEvent(List.of(), Optional.empty(), () -> pass(terminal, event, card));
            }
        };
    }

    private static GroupedEvent spending(OperationKey key, Spend spend, Supplier<Reply> work) {
        return new GroupedEvent(List.of(key), Optional.of(spend.card()), work);
    }

    /** A cash-in names a card (number, barcode, school contract number), a contract (F-00000001) or a wallet phone. */
    public static PurseRef purseOf(String target) {
        if (target.matches("\\+7\\d{10}")) {
            return PurseRef.ofWalletPhone(target);
        }
        return target.matches("[A-Z]-\\d+") ? PurseRef.ofContract(target) : PurseRef.ofCard(CardRef.parse(target));
    }

    public static Reply unknownCard(String eventId, CardRef card) {
        return Reply.declined(eventId, DeclineCode.CARD_UNKNOWN.name(), "No card " + card);
    }

    private static Reply reply(TerminalEvent event, Outcome outcome) {
        return new Reply(1, event.eventId(), outcome.status().name(), outcome.code(), outcome.authCode(),
                plain(outcome.approvedAmount()), plain(outcome.approvedVolume()), plain(outcome.balance()),
                outcome.isApproved() ? null : outcome.message());
    }

    private Reply pass(ActiveTerminal terminal, TerminalEvent event, CardRef ref) {
        Optional<Card> card = cards.find(ref);
        if (card.isEmpty()) {
            return unknownCard(event.eventId(), ref);
        }
        if (card.get().status() != CardStatus.ACTIVE) {
            return Reply.declined(event.eventId(), DeclineCode.CARD_BLOCKED.name(), "The card is "
                    + card.get().status().name().toLowerCase());
        }
        attendance.record(card.get(), terminal.id(), event.eventId(),
                event.type() == EventType.ENTRY ? Attendance.Direction.ENTRY : Attendance.Direction.EXIT,
                event.occurredAt().toInstant());
        return Reply.accepted(event.eventId());
    }

    /**
     * The spend an event asks for. A product the terminal sells gives the category (and, for an
     * authorisation in litres only, the price); a product it does not sell is refused.
     */
    private static Spend spend(ActiveTerminal terminal, TerminalEvent event) {
        List<Spend.Item> items = event.items().stream()
                .map(item -> new Spend.Item(item.name(), item.category(), item.quantity(), roubles(item.price())))
                .toList();
        Optional<TerminalProduct> product = terminal.product(event.product());
        if (event.product() != null && product.isEmpty() && terminal.sellsListedProducts()) {
            throw new InvalidOperationException(InvalidOperationException.Code.ITEM_INVALID,
                    "Terminal " + terminal.id() + " does not sell " + event.product());
        }
        Amount volume = litres(event.volume());
        Amount amount = event.amount() != null ? roubles(event.amount())
                : product.filter(known -> known.unit() == TerminalProduct.Unit.LITRE).map(known -> known.costOf(volume))
                .orElseThrow(() -> new InvalidOperationException(InvalidOperationException.Code.ITEM_INVALID,
                        "An authorisation in litres needs a product the terminal sells by the litre"));
        return new Spend(CardRef.parse(event.card()), amount, volume, event.product(),
                categoryOf(terminal.kind(), event, items, product), terminal.station(), terminal.region(),
                event.occurredAt().toInstant(), items, event.offline());
    }

    /** What limits see as the category: the product's, the dishes' own, or what this kind of terminal sells. */
    private static String categoryOf(TerminalKind kind, TerminalEvent event, List<Spend.Item> items,
                                     Optional<TerminalProduct> product) {
        if (event.type() == EventType.FARE) {
            return "TRANSPORT";
        }
        if (product.isPresent()) {
            return product.get().category();
        }
        if (!items.isEmpty()) {
            return items.get(0).category();
        }
        return switch (kind) {
            case FUEL_POS -> "FUEL";
            case CANTEEN_POS -> "HOT_MEAL";
            case TRANSPORT_VALIDATOR -> "TRANSPORT";
            case TURNSTILE, CASH_KIOSK -> "GOODS";
        };
    }

    private static Amount roubles(String decimal) {
        return Amount.parse(decimal, Currency.RUB);
    }

    private static Amount litres(String decimal) {
        return decimal == null ? Amount.zero(Currency.LITRE) : Amount.parse(decimal, Currency.LITRE);
    }

    private static String plain(Amount amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
