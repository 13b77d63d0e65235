package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.refusal.Refusal;
import org.cardhub.registry.boundary.CardRegistry;
import org.cardhub.registry.entity.CardSheet;
import org.cardhub.signin.StepUp;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One card ({@code card.xhtml?card=ID}): masked number, status, contract, holder, purses and recent lifecycle; the staff's
 * block, lifting of a temporary block and reissue, each with a reason; and the full number, shown for
 * {@link #SHOWN_FOR} only after a one-time code confirmed a moment ago ({@link StepUp}): without one, the browser goes
 * to confirm it and comes back here ({@code &reveal=1}) to see it at once. Every showing is in the audit trail.
 */
@Named
@ViewScoped
public class CardSheetView implements Serializable {

    static final Duration SHOWN_FOR = Duration.ofSeconds(60);
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/cabinet/backoffice/card.xhtml?card=";

    @Inject
    CardRegistry registry;

    @Inject
    StepUp stepUp;

    @Inject
    SignedInUser user;

    private Long cardId;
    private CardSheet card;
    private String action;
    private BlockReason blockReason = BlockReason.TEMPORARY;
    private String reason;
    private String number;
    private Instant shownUntil;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        cardId = idOf(parameters.get("card"));
        reload();
        if (card != null && "1".equals(parameters.get("reveal"))) {
            if (stepUp.isRecentFor(user.getSubject())) {
                show();
            } else {
                PageMessages.warn("bo.card.reveal.notConfirmed");
            }
        }
    }

    static Long idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }

    private void reload() {
        try {
            card = cardId == null ? null : registry.sheet(cardId);
        } catch (Refusal refused) {
            card = null;
        }
    }

    /** Opens the dialog of an action ({@code block}, {@code unblock}, {@code reissue}) with an empty reason. */
    public void ask(String chosen) {
        action = chosen;
        reason = null;
        blockReason = BlockReason.TEMPORARY;
    }

    public void act() {
        String pan = card.panMasked();
        try {
            switch (action) {
                case "block" -> card = registry.block(cardId, blockReason, reason);
                case "unblock" -> card = registry.unblock(cardId, reason);
                case "reissue" -> {
                    long successor = registry.reissue(cardId, reason);
                    reload();
                    PageMessages.info("bo.card.reissued", pan, registry.sheet(successor).panMasked());
                    PrimeFaces.current().ajax().addCallbackParam("acted", true);
                    return;
                }
                default -> throw new IllegalArgumentException(action);
            }
            PageMessages.info("bo.card." + action + "ed", pan);
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (Refusal refused) {
            RegistryRefusals.show(refused, "action:reason", pan);
            if (refused.code().kind() != Refusal.Kind.MALFORMED) {
                PrimeFaces.current().ajax().addCallbackParam("acted", true);
                reload();
            }
        }
    }

    /** Shows the full number if a one-time code was confirmed a moment ago, or goes to confirm one first. */
    public void reveal() throws IOException {
        if (stepUp.isRecentFor(user.getSubject())) {
            show();
        } else {
            stepUp.demand(PAGE + cardId + "&reveal=1");
        }
    }

    private void show() {
        try {
            number = grouped(registry.revealNumber(cardId).digits());
            shownUntil = Instant.now().plus(SHOWN_FOR);
        } catch (Refusal refused) {
            RegistryRefusals.show(refused, null, card.panMasked());
        }
    }

    /** Hides the full number again (the page asks after {@link #SHOWN_FOR}, or the person does). */
    @PreDestroy
    public void hide() {
        number = null;
        shownUntil = null;
    }

    /** 7005 9900 0000 0017: groups of four, as printed on a card. */
    static String grouped(String digits) {
        return digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /** The full number while it may be shown; null otherwise. */
    public String getNumber() {
        if (shownUntil != null && Instant.now().isAfter(shownUntil)) {
            hide();
        }
        return number;
    }

    public int getShownForSeconds() {
        return (int) SHOWN_FOR.toSeconds();
    }

    /** A lifecycle reason as people read it: a block's kind ({@code TEMPORARY: …}) in the page's language. */
    public String why(String reason) {
        if (reason == null) {
            return "";
        }
        for (BlockReason kind : BlockReason.values()) {
            if (reason.equals(kind.name()) || reason.startsWith(kind.name() + ": ")) {
                return PageMessages.text("bo.card.blockReason." + kind) + reason.substring(kind.name().length());
            }
        }
        return reason;
    }

    public String time(Instant at) {
        return MoscowTime.format(at);
    }

    public CardSheet getCard() {
        return card;
    }

    public String getAction() {
        return action;
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
        this.reason = reason;
    }
}
