package org.cardhub.wallets.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.WalletTurnover;
import org.cardhub.wallets.control.WalletHolderBook;
import org.cardhub.wallets.control.WalletQueries;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletOperation;
import org.cardhub.wallets.entity.WalletOverview;
import org.cardhub.wallets.entity.WalletRefusal;

import java.util.List;

/**
 * The wallet of the person signed in, and only theirs: its overview, its statement paged in the database, its cards
 * (block, unblock, reissue), and a code to the phone for a step that needs one. Found by the caller's Keycloak id.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MyWallet {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    WalletHolderBook holders;

    @Inject
    WalletQueries queries;

    @EJB
    Ledger ledger;

    @EJB
    WalletTurnover turnover;

    @EJB
    WalletCards walletCards;

    @EJB
    Cards cards;

    @EJB
    PhoneCodes codes;

    public WalletOverview overview() {
        WalletHolder holder = holder();
        Contract contract = em.find(Contract.class, holder.contractId());
        WalletCaps caps = em.find(WalletLevel.class, contract.walletTier()).caps();
        return new WalletOverview(contract.id(), contract.number(), contract.holderPhone(), holder.fullName(),
                contract.walletTier(), account(contract.id()).balance(), caps.maxBalance(),
                turnover.thisMonth(contract.id()), caps.maxMonthlyTurnover(), holder.closesBy(), contract.timeZone(),
                holder.isOpen());
    }

    public List<WalletOperation> operations(int first, int max) {
        return queries.operations(account(holder().contractId()).id(), Math.max(0, first), Math.min(Math.max(1, max), 100));
    }

    public long countOperations() {
        return queries.countOperations(account(holder().contractId()).id());
    }

    public List<WalletCard> cards() {
        return walletCards.liveCards(holder().contractId()).stream().map(WalletCard::of).toList();
    }

    public WalletCard blockCard(long cardId) {
        return WalletCard.of(cards.block(ownCard(cardId).id(), BlockReason.TEMPORARY));
    }

    /** A plastic card the back office issued, once it is in the holder's hands. */
    public WalletCard activateCard(long cardId) {
        return WalletCard.of(cards.activate(ownCard(cardId).id()));
    }

    public WalletCard unblockCard(long cardId) {
        return WalletCard.of(cards.unblock(ownCard(cardId).id()));
    }

    /** A new number for a card (lost, or its number seen by someone): the old one stops at once. */
    public WalletCard reissueCard(long cardId) {
        Cards.IssuedCard successor = cards.reissue(ownCard(cardId).id(), "reissued by the wallet's holder");
        WalletCard card = WalletCard.of(successor.card());
        return successor.card().form() == CardForm.VIRTUAL
                ? card.withFullNumber(successor.number().digits()) : card;
    }

    /** A code to the wallet's phone, for a step that needs one (a large transfer, a new card, the closure). */
    public CodeSending sendConfirmationCode() {
        Contract contract = em.find(Contract.class, openHolder().contractId());
        return codes.send(contract.holderPhone(), CodePurpose.CONFIRM_OPERATION);
    }

    WalletHolder holder() {
        return holders.ofSubject(session.getCallerPrincipal().getName()).orElseThrow(() ->
                new WalletRefusal(WalletRefusal.Code.NO_WALLET, "The person signed in has no wallet"));
    }

    private WalletHolder openHolder() {
        WalletHolder holder = holder();
        if (!holder.isOpen()) {
            throw new WalletRefusal(WalletRefusal.Code.WALLET_CLOSED, "The wallet is closed");
        }
        return holder;
    }

    private Card ownCard(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || card.contractId() != openHolder().contractId()) {
            throw new WalletRefusal(WalletRefusal.Code.CARD_NOT_FOUND, "The wallet has no such card");
        }
        return card;
    }

    private Account account(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.NONE).orElseThrow();
    }
}
