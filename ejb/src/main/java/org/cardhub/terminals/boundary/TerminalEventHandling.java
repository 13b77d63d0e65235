package org.cardhub.terminals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.contracts.entity.Programme;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.LostRace;
import org.cardhub.terminals.control.EventGroups;
import org.cardhub.terminals.control.EventParser;
import org.cardhub.terminals.control.EventWork;
import org.cardhub.terminals.control.GroupedEvent;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.control.PriceListing;
import org.cardhub.terminals.control.TargetProgrammes;
import org.cardhub.terminals.control.UnauthenticatedRejections;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.EventType;
import org.cardhub.terminals.entity.InvalidMessageException;
import org.cardhub.terminals.entity.Reply;
import org.cardhub.terminals.entity.TerminalEvent;

import java.util.Optional;

/**
 * What one terminal message does: check who sent it and that it is intact, read it, and have its event's work
 * ({@link EventWork}, under the key {@code terminal:<id>} / {@code eventId}) decided in a group with others
 * ({@link EventGroups}) or alone, so a redelivered or repeated event gets its first reply again and has no second
 * effect. Bad input is
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
    /** Runs alone of an event that keeps losing races with concurrent ones before its message goes back to the broker. */
    private static final int ALONE_ATTEMPTS = 5;

    @EJB
    Terminals terminals;

    @EJB
    EventGroups groups;

    @Inject
    EventWork work;

    @Inject
    TargetProgrammes targets;

    @Inject
    UnauthenticatedRejections unsignedBudget;

    @Inject
    PriceListing priceLists;

    public Reply handle(String terminalId, String signature, String text, boolean redelivered) {
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
            return refused.orElseGet(() -> decide(work.of(terminal, event), redelivered));
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
            PurseRef purse = EventWork.purseOf(event.card());
            programme = targets.ofPurse(purse);
            asIfUnknown = purse.card() != null ? EventWork.unknownCard(event.eventId(), purse.card())
                    : Reply.declined(event.eventId(), EventParser.INVALID, purse.walletPhone().map(phone -> "No wallet for " + phone)
                    .orElse("No contract " + purse.contractNumber()));
        } else {
            CardRef card = CardRef.parse(event.card());
            programme = targets.ofCard(card);
            asIfUnknown = EventWork.unknownCard(event.eventId(), card);
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

    /**
     * Decides the event's work in a group with others (one transaction, one commit), or alone when grouping is off,
     * when the message comes again (its first try may have failed its group) or when its group failed. Alone, a run
     * that lost a race with a concurrent one (the same event id twice at once) is run again and finds the first one's
     * outcome.
     */
    private Reply decide(GroupedEvent work, boolean redelivered) {
        if (groups.isOn() && !redelivered) {
            Optional<Reply> grouped = groups.decide(work);
            if (grouped.isPresent()) {
                return grouped.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ALONE_ATTEMPTS || !LostRace.isLostRace(e)) {
                    throw e;
                }
            }
        }
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
