package org.cardhub.partners.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.partners.entity.BalanceView;
import org.cardhub.partners.entity.CardView;
import org.cardhub.partners.entity.ContractView;
import org.cardhub.partners.entity.LimitView;
import org.cardhub.partners.entity.Partner;
import org.cardhub.partners.entity.PayeeAccount;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.payments.entity.TopUpChannel;

import java.util.List;
import java.util.Optional;

/**
 * What a partner system may see and do: the contracts of the programs it is contracted for, their
 * cards and balances, top-ups into them, and (fleet systems) blocking and unblocking cards. Anything
 * outside its programs is answered as if it did not exist.
 */
@Stateless
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Partners {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @EJB
    Ledger ledger;

    @EJB
    Cards cards;

    @EJB
    Payments payments;

    /** A partner system's own settings (its request rate); empty for a client that is no partner. */
    @PermitAll
    public Optional<Partner> partner(String clientId) {
        return Optional.ofNullable(em.find(Partner.class, clientId));
    }

    public List<ContractView> contracts(int offset, int limit) {
        requirePage(offset, limit);
        return em.createQuery("SELECT c FROM Contract c WHERE EXISTS (SELECT p FROM PartnerProgram p "
                        + "WHERE p.clientId = :caller AND (p.contractId = c.id OR p.contractKind = c.kind)) ORDER BY c.number", Contract.class)
                .setParameter("caller", caller()).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(this::view).toList();
    }

    public ContractView contract(String number) {
        return view(servedContract(number));
    }

    public List<CardView> cards(String contractNumber, int offset, int limit) {
        requirePage(offset, limit);
        Contract contract = servedContract(contractNumber);
        return em.createQuery("SELECT c FROM Card c WHERE c.contractId = :contract ORDER BY c.id", Card.class)
                .setParameter("contract", contract.id()).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(card -> view(card, contract)).toList();
    }

    public CardView card(long cardId) {
        Card card = servedCard(cardId);
        return view(card, em.find(Contract.class, card.contractId()));
    }

    @RolesAllowed(Role.Names.PARTNER_FLEET)
    public CardView block(long cardId, BlockReason reason) {
        if (reason == null) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED,
                    "Say why the card is blocked: TEMPORARY, LOST or STOLEN");
        }
        servedCard(cardId);
        cards.block(cardId, reason);
        return card(cardId);
    }

    @RolesAllowed(Role.Names.PARTNER_FLEET)
    public CardView unblock(long cardId) {
        servedCard(cardId);
        cards.unblock(cardId);
        return card(cardId);
    }

    /**
     * Credits a purse the partner serves, once per idempotency key; a payee outside the partner's
     * programs is unknown to it (the money core refuses it with {@link AccessDeniedException}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Recorded topUp(String idempotencyKey, PayeeAccount payee, Amount amount) {
        return payments.topUpOnce(new OperationKey(scope(), idempotencyKey), payee.purse(), amount,
                TopUpChannel.PAYMENT_AGENT, scope());
    }

    /** The idempotency scope and audit source of the calling partner's operations. */
    String scope() {
        return "partner:" + caller();
    }

    private Contract servedContract(String number) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", number).getResultStream().findFirst()
                .filter(contract -> access.mayUseContract(contract.id()))
                .orElseThrow(() -> new AccessDeniedException("contract", number));
    }

    private Card servedCard(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || !access.mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }

    private ContractView view(Contract contract) {
        String holder = contract.organizationId() != null
                ? em.find(Organization.class, contract.organizationId()).name()
                : contract.holderPhone();
        List<BalanceView> balances = ledger.accountsOfContract(contract.id()).stream()
                .filter(account -> account.cardId() == null).map(BalanceView::of).toList();
        return new ContractView(contract.number(), contract.kind().name(), contract.status().name(), holder,
                contract.balanceModel().name(), balances);
    }

    private CardView view(Card card, Contract contract) {
        List<Account> own = ledger.accountsOfCard(card.id());
        List<Account> purses = own.isEmpty()
                ? ledger.accountsOfContract(contract.id()).stream().filter(account -> account.cardId() == null).toList()
                : own;
        List<LimitView> limits = em.createQuery("SELECT l FROM SpendingLimit l WHERE l.contractId = :contract "
                        + "AND (l.cardId = :card OR l.cardId IS NULL) ORDER BY l.id", SpendingLimit.class)
                .setParameter("contract", contract.id()).setParameter("card", card.id())
                .getResultStream().map(LimitView::of).toList();
        return new CardView(card.id(), contract.number(), card.panMasked(), card.status().name(),
                card.blockReason() == null ? null : card.blockReason().name(), card.holderKind().name(),
                card.holderName(), card.expiresOn().toString(), purses.stream().map(BalanceView::of).toList(), limits);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static void requirePage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "A page starts at 0 or later and holds 1 to " + MAX_PAGE + " items");
        }
    }
}
