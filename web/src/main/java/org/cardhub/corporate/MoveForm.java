package org.cardhub.corporate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.fleet.boundary.FleetDistribution;
import org.cardhub.fleet.entity.CardBalance;
import org.cardhub.fleet.entity.MoveResult;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.Distribution.Direction;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moving money or litres between the contract's account and the ticked cards: the form (which way, roubles or litres,
 * the amount for each card, the reason), then a confirmation listing each card with its amount — which may be changed
 * card by card — and the total, then the move. The request id is made when the confirmation opens and kept until the
 * next one: a double click on "confirm" or the form sent again moves once and shows the same result
 * ({@link FleetDistribution#move}).
 */
@Named
@ViewScoped
public class MoveForm implements Serializable {

    static final String AMOUNT = "balance:amount";
    static final String REASON = "balance:reason";
    static final String TOTAL = "confirm:total";

    @Inject
    BalanceView balance;

    @Inject
    FleetDistribution distribution;

    @Inject
    Formats formats;

    private Direction direction = Direction.TO_CARDS;
    private Currency unit = Currency.RUB;
    private String amount;
    private String reason;
    private Prepared prepared;
    private String total;
    private String result;

    /** What the confirmation shows and, once confirmed, moves, under the request id made when it opened. */
    public record Prepared(String requestId, long contractId, Direction direction, Currency unit, String reason,
                           List<LegInput> legs) implements Serializable {
    }

    /** A card of the confirmation and the amount typed for it. */
    public static final class LegInput implements Serializable {
        private final CardBalance card;
        private String amount;

        LegInput(CardBalance card, String amount) {
            this.card = card;
            this.amount = amount;
        }

        public CardBalance getCard() {
            return card;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    /** Checks the form and opens the confirmation for the ticked cards, each with the amount typed (if any). */
    public void prepare() {
        List<CardBalance> chosen = balance.getSelection();
        boolean valid = true;
        if (chosen.isEmpty()) {
            PageMessages.refuse(null, "fleet.move.chooseCards");
            valid = false;
        } else if (chosen.size() > Distribution.MAX_CARDS) {
            PageMessages.refuse(null, "fleet.move.tooManyCards", Distribution.MAX_CARDS);
            valid = false;
        }
        boolean amountGiven = amount != null && !amount.isBlank();
        valid &= !amountGiven || parsed(AMOUNT, amount, unit).isPresent();
        if (reason == null || reason.isBlank()) {
            PageMessages.refuse(REASON, "fleet.move.reasonRequired");
            valid = false;
        }
        if (!valid || balance.contract().isEmpty()) {
            return;
        }
        List<LegInput> legs = chosen.stream().sorted(Comparator.comparing(card -> card.card().panMasked()))
                .map(card -> new LegInput(card, amountGiven ? amount.strip() : null)).toList();
        prepared = new Prepared(UUID.randomUUID().toString(), balance.contract().get().id(), direction, unit,
                reason.strip(), legs);
        recount();
        PrimeFaces.current().ajax().addCallbackParam("prepared", true);
    }

    /** The total of the amounts typed in the confirmation so far, those that can be read. */
    public void recount() {
        Amount sum = Amount.zero(prepared.unit());
        for (LegInput leg : prepared.legs()) {
            try {
                sum = sum.plus(Formats.typed(leg.getAmount(), prepared.unit()));
            } catch (InvalidAmountException unreadable) {
                // shown at its field when confirmed
            }
        }
        total = formats.amount(sum);
    }

    /** Moves, every card or none; a refusal is shown at the card's amount (or the total) and nothing moved. */
    public void confirm() {
        if (prepared == null) {
            return;
        }
        List<Distribution.Leg> legs = new ArrayList<>();
        for (int i = 0; i < prepared.legs().size(); i++) {
            LegInput leg = prepared.legs().get(i);
            Optional<Amount> parsed = parsed(legField(i), leg.getAmount(), prepared.unit());
            if (parsed.isEmpty()) {
                return;
            }
            legs.add(new Distribution.Leg(leg.getCard().id(), parsed.get()));
        }
        recount();
        Distribution move = new MoveRefusals(this).attempt(() -> new Distribution(prepared.contractId(),
                prepared.direction(), prepared.unit(), legs, prepared.reason()));
        MoveResult done = move == null ? null : new MoveRefusals(this).attempt(() -> distribution.move(prepared.requestId(), move));
        if (done == null) {
            return;
        }
        balance.refresh();
        result = PageMessages.text("fleet.move.done." + done.direction(), formats.amount(done.total()), done.cards(),
                formats.amount(done.contractAvailable()));
        PageMessages.info(done.repeated() ? "fleet.move.repeated" : "fleet.move.moved");
        PrimeFaces.current().ajax().addCallbackParam("moved", true);
        PrimeFaces.current().ajax().update("balance");
    }

    /** The field of the confirmation where the amount of the card at {@code index} is typed. */
    static String legField(int index) {
        return "confirm:legs:" + index + ":legAmount";
    }

    /** The field of the card's amount in the confirmation, or the total when the card is not one of it. */
    String fieldOf(Long cardId) {
        for (int i = 0; cardId != null && i < prepared.legs().size(); i++) {
            if (prepared.legs().get(i).getCard().id() == cardId) {
                return legField(i);
            }
        }
        return TOTAL;
    }

    /** A fresh request id: the last one was used for other content and may not be used again. */
    void renewRequest() {
        prepared = new Prepared(UUID.randomUUID().toString(), prepared.contractId(), prepared.direction(), prepared.unit(),
                prepared.reason(), prepared.legs());
    }

    private Optional<Amount> parsed(String field, String text, Currency currency) {
        try {
            return Optional.of(Formats.typed(text, currency));
        } catch (InvalidAmountException refused) {
            String key = "fleet.move.amount." + refused.code();
            PageMessages.refuse(field, refused.code() == InvalidAmountException.Code.AMOUNT_SCALE ? key + "." + currency : key);
            return Optional.empty();
        }
    }

    public Prepared getPrepared() {
        return prepared;
    }

    public String getTotal() {
        return total;
    }

    public String getResult() {
        return result;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction == null ? Direction.TO_CARDS : direction;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Currency getUnit() {
        return unit;
    }

    public void setUnit(Currency unit) {
        this.unit = unit == Currency.LITRE ? Currency.LITRE : Currency.RUB;
    }

    public List<Currency> getUnits() {
        return List.of(Currency.RUB, Currency.LITRE);
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
