package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.entity.CardDetail;

import java.io.Serializable;
import java.util.List;

/**
 * One card of the fleet ({@code card.xhtml?card=ID}): what it is, what it may spend, its limits, restrictions and
 * history, and what a manager does with it — block it, lift a temporary block, reissue it (the balance and limits move
 * to the new number) or close it. A card that is not the company's, or none at all, is "no such card".
 */
@Named
@ViewScoped
public class CardView implements Serializable {

    @Inject
    FleetCard fleetCard;

    @Inject
    Cards cards;

    @Inject
    LimitChoices names;

    private Long cardId;
    private CardDetail card;
    private BlockReason blockReason = BlockReason.TEMPORARY;
    private String reason;

    /** Once per visit: reads the card the address names ({@code ?card=ID}). */
    @PostConstruct
    void load() {
        cardId = idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card"));
        reload();
    }

    /** Reads the card again, after a change made here or on this page's other beans. */
    void reload() {
        try {
            card = cardId == null ? null : fleetCard.detail(cardId);
        } catch (AccessDeniedException e) {
            card = null;
        }
    }

    static Long idOf(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }

    /** Opens a dialog that asks for a reason with an empty one. */
    public void askReason() {
        reason = null;
        blockReason = BlockReason.TEMPORARY;
    }

    public void block() {
        act(() -> cards.block(card.id(), blockReason), "fleet.cards.blocked");
    }

    public void unblock() {
        act(() -> cards.unblock(card.id()), "fleet.cards.unblocked");
    }

    public void close() {
        act(() -> cards.close(card.id(), reason), "fleet.card.closed");
    }

    /** Replaces the card; the page then shows the old card as replaced, with a link to the new one. */
    public void reissue() {
        String pan = card.panMasked();
        Cards.IssuedCard[] issued = new Cards.IssuedCard[1];
        if (CardActions.act(pan, () -> issued[0] = cards.reissue(card.id(), reason))) {
            PageMessages.info("fleet.card.reissued", pan, issued[0].card().panMasked());
        }
        reload();
    }

    private void act(Runnable action, String doneKey) {
        String pan = card.panMasked();
        if (CardActions.act(pan, action)) {
            PageMessages.info(doneKey, pan);
        }
        reload();
    }

    /** A product category's name in the reader's language; a category the bundle does not know, as it is. */
    public String category(String code) {
        return names.name(code);
    }

    /** A text of the bundle with one value in it. */
    public String text(String key, Object value) {
        return PageMessages.text(key, value);
    }

    /** Station or region codes as they are known at the stations, one after another. */
    public String joined(List<String> codes) {
        return String.join(", ", codes);
    }

    public CardDetail getCard() {
        return card;
    }

    /** The card the block dialog blocks. */
    public CardDetail getChosen() {
        return card;
    }

    public BlockReason getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(BlockReason blockReason) {
        this.blockReason = blockReason;
    }

    public BlockReason[] getBlockReasons() {
        return BlockReason.values();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
