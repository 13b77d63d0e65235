package org.cardhub.bonus.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;

import java.util.Optional;

/**
 * The wallets that hold points: a wallet contract's number is its points book's holder, and a person reaches their
 * own wallet by their Keycloak id (the contract's holder subject).
 */
@Dependent
public class WalletHolders {

    @PersistenceContext
    EntityManager em;

    /** The wallet whose number is a book's holder. */
    public Contract byNumber(String number) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.number = :number AND c.kind = :wallet", Contract.class)
                .setParameter("number", number).setParameter("wallet", ContractKind.WALLET)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BonusRefusal(BonusRefusal.Code.NO_WALLET, "No wallet " + number));
    }

    /** The caller's own wallet (the latest opened, should a person have several). */
    public Optional<Contract> ofSubject(String subject) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.holderSubject = :subject AND c.kind = :wallet "
                        + "ORDER BY c.id DESC", Contract.class)
                .setParameter("subject", subject).setParameter("wallet", ContractKind.WALLET)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Contract requireOfSubject(String subject) {
        return ofSubject(subject).orElseThrow(() -> new BonusRefusal(BonusRefusal.Code.NO_WALLET,
                "The caller has no wallet"));
    }
}
