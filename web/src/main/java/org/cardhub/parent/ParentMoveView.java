package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.ChildMoney;
import org.cardhub.school.entity.ChildBalances;
import org.cardhub.school.entity.ChildMove;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.MoveOutcome;
import org.cardhub.school.entity.PurseChoice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * Moving money between a parent's children's purses ({@code move.xhtml?card=ID}): from a child's general or canteen
 * balance to another child's, or between one card's two balances. The form's request id is made when it is shown and
 * kept once the money moved ({@link MoveRequest}): a double click or the page sent again moves nothing more and says
 * so; "another move" starts a new one. Bad input is told at its field and nothing moves.
 */
@Named
@ViewScoped
public class ParentMoveView implements Serializable {

    static final String FROM = "move:from";
    static final String TO = "move:to";
    static final String AMOUNT = "move:amount";

    /** A purse as the form offers it: "cardId:PURPOSE", the child and the purse in words, and what it has. */
    public record PurseOption(String value, String child, String purse, Amount available) implements Serializable {
    }

    @Inject
    ChildMoney money;

    @Inject
    Formats formats;

    private final MoveRequest request = new MoveRequest();
    private List<PurseOption> purses = List.of();
    private String from;
    private String to;
    private String amount;
    private String result;

    @PostConstruct
    void load() {
        refresh();
        if (purses.isEmpty()) {
            return;
        }
        Long asked = AskedCard.fromAddress();
        long card = purses.stream().map(option -> PurseChoice.parse(option.value()).cardId()).filter(id -> id.equals(asked))
                .findFirst().orElse(PurseChoice.parse(purses.get(0).value()).cardId());
        from = new PurseChoice(card, AccountPurpose.MAIN).value();
        to = new PurseChoice(card, AccountPurpose.CANTEEN).value();
    }

    private void refresh() {
        List<PurseOption> options = new ArrayList<>();
        for (ChildBalances child : money.mine()) {
            for (AccountPurpose purpose : List.of(AccountPurpose.MAIN, AccountPurpose.CANTEEN)) {
                options.add(new PurseOption(new PurseChoice(child.cardId(), purpose).value(), child.name(),
                        PageMessages.text("move.purse." + purpose), child.available(purpose)));
            }
        }
        purses = options;
    }

    /** Moves, once for this form; see the class. */
    public void move() {
        ChildMove move = asked();
        if (move == null) {
            return;
        }
        MoveOutcome outcome;
        try {
            outcome = money.move(request.id(), move);
        } catch (AccessDeniedException gone) {
            request.renew();
            PageMessages.refuse(null, "move.gone");
            return;
        } catch (Refusal | EJBException refused) {
            request.renew();
            PageMessages.refuse(null, "move.refused");
            return;
        }
        request.answered(outcome);
        switch (outcome.status()) {
            case MOVED -> {
                result = PageMessages.text("move.done", formats.amount(outcome.amount()), describe(from), describe(to));
                PageMessages.info("move.moved");
                refresh();
            }
            case ALREADY_DONE -> PageMessages.warn("move.already");
            case INSUFFICIENT -> PageMessages.refuse(AMOUNT, "move.insufficient", describe(from),
                    formats.amount(outcome.available()));
            case REFUSED -> PageMessages.refuse(null, refusalKey(outcome.refusal()));
        }
    }

    /** Another move from the same form: a new request id, the amount cleared, the balances as they are now. */
    public void another() {
        request.renew();
        amount = null;
        result = null;
        refresh();
    }

    private ChildMove asked() {
        Amount typed;
        try {
            typed = TypedRoubles.toMove(amount);
        } catch (InvalidAmountException refused) {
            PageMessages.refuse(AMOUNT, "move.amount." + refused.code());
            return null;
        }
        try {
            return new ChildMove(PurseChoice.parse(from), PurseChoice.parse(to), typed);
        } catch (InvalidChildRequestException refused) {
            switch (refused.code()) {
                case SAME_PURSE -> PageMessages.refuse(TO, "move.samePurse");
                case PURSE_UNKNOWN -> PageMessages.refuse(FROM, "move.choosePurse");
                case AMOUNT_ABOVE_MAXIMUM -> PageMessages.refuse(AMOUNT, "move.amount.AMOUNT_ABOVE_MAXIMUM",
                        formats.amount(ChildMove.MAX));
                default -> PageMessages.refuse(AMOUNT, "move.amount.AMOUNT_NOT_POSITIVE");
            }
            return null;
        }
    }

    private static String refusalKey(String refusal) {
        try {
            PageMessages.text("move.refused." + refusal);
            return "move.refused." + refusal;
        } catch (MissingResourceException unknown) {
            return "move.refused";
        }
    }

    private String describe(String value) {
        return purses.stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.child() + " — " + option.purse()).orElse("");
    }

    public List<PurseOption> getPurses() {
        return purses;
    }

    /** The purse chosen to pay, to show what it has next to the amount. */
    public PurseOption getPaying() {
        return purses.stream().filter(option -> option.value().equals(from)).findFirst().orElse(null);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getResult() {
        return result;
    }

    public String getMaximum() {
        return formats.amount(ChildMove.MAX);
    }
}
