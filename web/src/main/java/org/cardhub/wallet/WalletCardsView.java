package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletSteps;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletOverview;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The wallet's cards ({@code cards.xhtml}): each with its masked number, form, status and expiry, blocked, unblocked or
 * reissued after a confirmation; a new virtual card (usable at once, its full number shown this once) or a plastic one
 * (ordered) after the code sent to the phone — at most three live cards, which the page says.
 */
@Named
@ViewScoped
public class WalletCardsView implements Serializable {

    private static final Map<Object, String> ADD_INPUTS = Map.of(WalletRefusals.CODE_INPUT, "add:code");

    @EJB
    MyWallet wallet;

    @EJB
    WalletSteps steps;

    private WalletOverview overview;
    private List<WalletCard> cards = List.of();
    private CardForm form;
    private final CodeStep code = new CodeStep();
    private WalletCard created;

    @PostConstruct
    void load() {
        try {
            overview = wallet.overview();
            cards = wallet.cards();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
    }

    public void block(WalletCard card) {
        act(() -> wallet.blockCard(card.id()), "wallet.cards.blocked", card);
    }

    public void activate(WalletCard card) {
        act(() -> wallet.activateCard(card.id()), "wallet.cards.activated", card);
    }

    public void unblock(WalletCard card) {
        act(() -> wallet.unblockCard(card.id()), "wallet.cards.unblocked", card);
    }

    /** A new number: the old one stops at once; a virtual card's new number is shown this once. */
    public void reissue(WalletCard card) {
        created = null;
        act(() -> {
            WalletCard successor = wallet.reissueCard(card.id());
            created = successor.fullNumber() == null ? null : successor;
            return successor;
        }, "wallet.cards.reissued", card);
    }

    /** «Выпустить виртуальную карту» / «Заказать пластиковую»: the code goes to the phone, the dialog asks for it. */
    public void startAdd(CardForm chosen) {
        form = chosen;
        created = null;
        code.ask(wallet, zone());
    }

    public void resendCode() {
        code.ask(wallet, zone());
    }

    public void add() {
        try {
            WalletCard card = steps.addCard(form, code.getCode());
            code.reset();
            created = card.fullNumber() == null ? null : card;
            PageMessages.info(form == CardForm.VIRTUAL ? "wallet.cards.virtualMade" : "wallet.cards.plasticOrdered",
                    card.panMasked());
            cards = wallet.cards();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, ADD_INPUTS, zone());
        }
    }

    /** The new card's full number leaves the page once it has been seen. */
    public void forgetNumber() {
        created = null;
    }

    private void act(Action action, String done, WalletCard card) {
        try {
            action.run();
            PageMessages.info(done, card.panMasked());
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), zone());
        }
        cards = wallet.cards();
    }

    @FunctionalInterface
    private interface Action {
        WalletCard run();
    }

    private ZoneId zone() {
        return overview == null ? null : overview.zone();
    }

    public boolean mayBeBlocked(WalletCard card) {
        return card.status() == CardStatus.ACTIVE;
    }

    /** A plastic card issued by the back office and handed over: the holder switches it on. */
    public boolean mayBeActivated(WalletCard card) {
        return card.status() == CardStatus.ISSUED;
    }

    public boolean mayBeUnblocked(WalletCard card) {
        return card.status() == CardStatus.BLOCKED;
    }

    public boolean mayBeReissued(WalletCard card) {
        return card.status() == CardStatus.ACTIVE || card.status() == CardStatus.BLOCKED;
    }

    /** Whether another card may be added: fewer than three live ones. */
    public boolean isRoomForCard() {
        return cards.size() < WalletCaps.MAX_CARDS_PER_PERSON;
    }

    public int getMaxCards() {
        return WalletCaps.MAX_CARDS_PER_PERSON;
    }

    public List<WalletCard> getCards() {
        return cards;
    }

    public CardForm getForm() {
        return form;
    }

    public CodeStep getCode() {
        return code;
    }

    public WalletCard getCreated() {
        return created;
    }

    public boolean isOpen() {
        return overview != null && overview.open();
    }
}
