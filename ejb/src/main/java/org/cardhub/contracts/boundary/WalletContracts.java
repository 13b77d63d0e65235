package org.cardhub.contracts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.contracts.control.ContractOpening;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.WalletTier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * People's wallet contracts as the wallets component opens, identifies and closes them for their holders. An
 * in-transaction face: it joins the caller's transaction and checks no roles — the wallet's own facade, which knows
 * the holder, does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WalletContracts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractOpening opening;

    @EJB
    AuditLog audit;

    /** A new active non-identified wallet of the person, with its phone. */
    public Contract open(String subject, String phone, ZoneId zone) {
        Contract contract = opening.open(Contract.wallet(opening.nextNumber("W"), subject, phone, WalletTier.NON_IDENTIFIED,
                zone, Instant.now()));
        ContractStatus previous = contract.changeStatus(ContractStatus.ACTIVE);
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CONTRACT, contract.id(), previous, contract.status(),
                "opened by its holder with the code sent to the phone");
        return contract;
    }

    /** The wallet that has this phone and is not closed, locked. */
    public Optional<Contract> liveOnPhone(String phone) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.holderPhone = :phone AND c.kind = :wallet "
                        + "AND c.status <> :closed", Contract.class)
                .setParameter("phone", phone).setParameter("wallet", ContractKind.WALLET)
                .setParameter("closed", ContractStatus.CLOSED).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The holder's wallet from the approval of their identification on: the identified tier's caps. */
    public void identify(long contractId, String approval) {
        em.find(Contract.class, contractId).identifyHolder();
        audit.record(audit.actor(null), "contract.identify", AuditSubject.CONTRACT, contractId, approval);
    }

    /** Closes the wallet and frees its phone, which may open a new wallet from now on. */
    public void close(long contractId, String reason) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        ContractStatus previous = contract.changeStatus(ContractStatus.CLOSED);
        contract.releasePhone();
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CONTRACT, contractId, previous, ContractStatus.CLOSED,
                reason);
    }
}
