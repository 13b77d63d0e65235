package org.cardhub.terminals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.contracts.entity.Programme;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
import org.cardhub.terminals.control.EventParser;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.control.PriceListing;
import org.cardhub.terminals.control.TargetProgrammes;
import org.cardhub.terminals.control.UnauthenticatedRejections;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.EventType;
import org.cardhub.terminals.entity.InvalidMessageException;
import org.cardhub.terminals.entity.Reply;
import org.cardhub.terminals.entity.TerminalEvent;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalProduct;

import java.util.List;
import java.util.Optional;

/**
 * What one terminal message does: check who sent it and that it is intact, read it, and carry out its
 * event through the money and school boundaries under the key {@code terminal:<id>} / {@code eventId},
 * so a redelivered or repeated event gets its first reply again and has no second effect. Bad input is
 * answered and recorded, never thrown; only technical failures (the database down) propagate, so the
 * broker redelivers the message and, in the end, moves it to the dead-letter queue.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TerminalEventHandling {

    /** The message's type is not one this kind of terminal sends (a turnstile's CASH_IN). */
    static final String TYPE_NOT_ALLOWED = "TYPE_NOT_ALLOWED";
    /** Recorded, never answered: the card or account is of a programme the terminal does not serve. */
    static final String NOT_SERVED = "NOT_SERVED";
    /** A line naming a product code that is not on the terminal's price list of the day, or not at the listed price. */
    static final String ITEM_INVALID = "ITEM_INVALID";

    @EJB
    Terminals terminals;

    @EJB
    Payments payments;

    @EJB
    AttendanceLog attendance;

    @Inject
    CardDirectory cards;

    @Inject
    TargetProgrammes targets;

    @Inject
    UnauthenticatedRejections unsignedBudget;

    @Inject
    PriceListing priceLists;

    public Reply handle(String terminalId, String signature, String text) {
        if (text != null && text.length() > EventParser.MAX_LENGTH) {
            return rejectUnsigned(terminalId, null, EventParser.INVALID, "The message has " + text.length()
                    + " characters; at most " + EventParser.MAX_LENGTH + " are accepted", text);
        }
        Optional<ActiveTerminal> sender = terminals.active(terminalId);
        if (sender.isEmpty()) {
            return rejectUnsigned(terminalId, EventParser.eventIdOf(text), "TERMINAL_UNKNOWN", "No active terminal " + terminalId, text);
        }
        ActiveTerminal terminal = sender.get();
        if (text == null || !MessageSignature.matches(text, terminal.key(), signature)) {
            return rejectUnsigned(terminalId, EventParser.eventIdOf(text), "BAD_SIGNATURE", "The signature does not match the message", text);
        }
        TerminalEvent event;
        try {
            event = EventParser.parse(text);
        } catch (InvalidMessageException e) {
            return reject(terminalId, e.eventId(), e.code(), e.getMessage(), text);
        }
        if (!terminal.id().equalsIgnoreCase(event.terminalId())) {
            return reject(terminalId, event.eventId(), EventParser.INVALID, "terminalId " + event.terminalId()
                    + " in the message differs from the sender " + terminal.id(), text);
        }
        if (!terminal.kind().sends(event.type())) {
            return reject(terminalId, event.eventId(), TYPE_NOT_ALLOWED, "A terminal of kind " + terminal.kind()
                    + " does not send " + event.type(), text);
        }
        try {
            Optional<Reply> refused = refuseUnknownOrUnserved(terminal, event, text);
            if (refused.isEmpty()) {
                refused = priceLists.refusalOf(terminal, event)
                        .map(reason -> reject(terminalId, event.eventId(), ITEM_INVALID, reason, text));
            }
            return refused.orElseGet(() -> carryOut(terminal, event));
        } catch (InvalidAmountException | InvalidOperationException e) {
            return reject(terminalId, event.eventId(), EventParser.INVALID, e.getMessage(), text);
        } catch (InvalidCardIdentifierException e) {
            return reject(terminalId, event.eventId(), DeclineCode.CARD_UNKNOWN.name(), e.getMessage(), text);
        }
    }

    public Reply refuseNonText(String terminalId) {
        return rejectUnsigned(terminalId, null, EventParser.INVALID, "A terminal message is a JMS TextMessage", null);
    }

    /**
     * A card or account that does not exist, or is of a programme the terminal does not serve, is answered alike and
     * before anything is kept under the event id — so neither the answer nor a repeated event id tells a terminal's
     * key what lies beyond its programmes. Only the second is recorded, for the back office. Completions and
     * reversals name only the terminal's own earlier events, which were checked then.
     */
    private Optional<Reply> refuseUnknownOrUnserved(ActiveTerminal terminal, TerminalEvent event, String text) {
        if (!event.type().needsCard()) {
            return Optional.empty();
        }
        Optional<Programme> programme;
        Reply asIfUnknown;
        if (event.type() == EventType.CASH_IN) {
            PurseRef purse = purseOf(event.card());
            programme = targets.ofPurse(purse);
            asIfUnknown = purse.card() != null ? unknownCard(event.eventId(), purse.card())
                    : Reply.declined(event.eventId(), EventParser.INVALID, purse.walletPhone().map(phone -> "No wallet for " + phone)
                    .orElse("No contract " + purse.contractNumber()));
        } else {
            CardRef card = CardRef.parse(event.card());
            programme = targets.ofCard(card);
            asIfUnknown = unknownCard(event.eventId(), card);
        }
        if (programme.isEmpty()) {
            if (event.offline()) {
                // the terminal has already handed over the goods: someone must look at it
                terminals.recordRejection(terminal.id(), event.eventId(), DeclineCode.CARD_UNKNOWN.name(),
                        "An offline event for a card that does not exist", text);
            }
            return Optional.of(asIfUnknown);
        }
        if (terminal.serves(programme.get())) {
            return Optional.empty();
        }
        terminals.recordRejection(terminal.id(), event.eventId(), NOT_SERVED, "A terminal of kind " + terminal.kind()
                + (terminal.organizationId() == null ? "" : " of organisation " + terminal.organizationId())
                + " does not serve a " + programme.get().kind() + " contract"
                + (programme.get().organizationId() == null ? "" : " of organisation " + programme.get().organizationId()), text);
        return Optional.of(asIfUnknown);
    }

    private static Reply unknownCard(String eventId, CardRef card) {
        return Reply.declined(eventId, DeclineCode.CARD_UNKNOWN.name(), "No card " + card);
    }

    private Reply carryOut(ActiveTerminal terminal, TerminalEvent event) {
        OperationKey key = new OperationKey(terminal.source(), event.eventId());
        String source = terminal.source();
        Outcome outcome = switch (event.type()) {
            case AUTHORIZE -> payments.authorise(key, spend(terminal, event), source);
            case PURCHASE, FARE -> payments.purchase(key, spend(terminal, event), source);
            case COMPLETE -> payments.complete(key, new OperationKey(source, event.refEventId()), roubles(event.amount()),
                    litres(event.volume()), source);
            case REVERSAL -> payments.reverse(key, new OperationKey(source, event.refEventId()), source);
            case CASH_IN -> payments.topUp(key, purseOf(event.card()), roubles(event.amount()), TopUpChannel.CASH, source);
            case ENTRY, EXIT -> null;
        };
        if (outcome == null) {
            return pass(terminal, event);
        }
        return new Reply(1, event.eventId(), outcome.status().name(), outcome.code(), outcome.authCode(),
                plain(outcome.approvedAmount()), plain(outcome.approvedVolume()), plain(outcome.balance()),
                outcome.isApproved() ? null : outcome.message());
    }

    private Reply pass(ActiveTerminal terminal, TerminalEvent event) {
        CardRef ref = CardRef.parse(event.card());
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
    private Spend spend(ActiveTerminal terminal, TerminalEvent event) {
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

    /** A cash-in names a card (number, barcode, school contract number), a contract (F-00000001) or a wallet phone. */
    private static PurseRef purseOf(String target) {
        if (target.matches("\\+7\\d{10}")) {
            return PurseRef.ofWalletPhone(target);
        }
        return target.matches("[A-Z]-\\d+") ? PurseRef.ofContract(target) : PurseRef.ofCard(CardRef.parse(target));
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

    /** A message nobody signed is answered, but recorded only within {@link UnauthenticatedRejections}' budget. */
    private Reply rejectUnsigned(String terminalId, String eventId, String code, String reason, String text) {
        if (unsignedBudget.mayRecord()) {
            terminals.recordRejection(terminalId, eventId, code, reason, text);
        }
        return Reply.declined(eventId, code, reason);
    }

    private Reply reject(String terminalId, String eventId, String code, String reason, String text) {
        terminals.recordRejection(terminalId, eventId, code, reason, text);
        return Reply.declined(eventId, code, reason);
    }
}
