package org.cardhub.partners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.access.boundary.Access;
import org.cardhub.access.boundary.AccessDeniedException;
import org.cardhub.access.entity.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.Amount;
import org.cardhub.ledger.entity.Currency;
import org.cardhub.partners.entity.PayeeAccount;

import java.util.Optional;

/** Finds the contract (and card) a partner's payee account names, within the calling partner's programs. */
@Stateless
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PayeeLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardDirectory cards;

    @EJB
    Access access;

    @EJB
    Ledger ledger;

    /** Whether a payee could take a credit now, and why not. */
    public enum Standing { OPEN, INACTIVE, OVER_CAP }

    /**
     * What a credit of {@code amount} would meet: an inactive contract or a closed or replaced card, a
     * wallet's balance cap, or nothing in the way. Unknown and unserved payees are refused with
     * {@link AccessDeniedException}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Standing standing(PayeeAccount payee, Amount amount) {
        Found found = find(payee);
        if (!found.contract().isActive() || found.card().map(PayeeLookup::isGone).orElse(false)) {
            return Standing.INACTIVE;
        }
        if (found.contract().kind() == ContractKind.WALLET) {
            Amount cap = WalletCaps.of(found.contract().walletTier()).maxBalance();
            Amount balance = ledger.purse(found.contract().id(), null, AccountPurpose.MAIN, Currency.RUB)
                    .map(account -> account.balance()).orElse(Amount.zero(Currency.RUB));
            if (balance.plus(amount).isGreaterThan(cap)) {
                return Standing.OVER_CAP;
            }
        }
        return Standing.OPEN;
    }

    private record Found(Contract contract, Optional<Card> card) {
    }

    private Found find(PayeeAccount payee) {
        Optional<Card> card = switch (payee.kind()) {
            case SCHOOL_CONTRACT -> cards.find(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, payee.value()));
            case CARD -> cards.find(new CardRef(CardRef.Kind.PAN, payee.value()));
            default -> Optional.empty();
        };
        Optional<Contract> contract = switch (payee.kind()) {
            case SCHOOL_CONTRACT, CARD -> card.map(found -> em.find(Contract.class, found.contractId()));
            case WALLET_PHONE -> em.createQuery("SELECT c FROM Contract c WHERE c.holderPhone = :phone AND c.kind = :wallet", Contract.class)
                    .setParameter("phone", payee.value()).setParameter("wallet", ContractKind.WALLET)
                    .getResultStream().findFirst();
            case CONTRACT -> em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                    .setParameter("number", payee.value()).getResultStream().findFirst();
        };
        return contract.filter(found -> access.mayUseContract(found.id()))
                .map(found -> new Found(found, card))
                .orElseThrow(() -> new AccessDeniedException("account", payee));
    }

    private static boolean isGone(Card card) {
        return card.status() == CardStatus.CLOSED || card.status() == CardStatus.REISSUED;
    }
}
