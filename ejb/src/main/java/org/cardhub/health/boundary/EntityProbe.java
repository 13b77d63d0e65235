package org.cardhub.health.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.SystemAccount;

/**
 * Reads one system account through the persistence unit as an entity and compares its purpose with this
 * deployment's own enum. An EJB, so that the health servlet's thread calls it in the application's own context.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EntityProbe {

    @PersistenceContext
    EntityManager em;

    public boolean entitiesLoad() {
        Account cash = em.createQuery("SELECT a FROM Account a WHERE a.systemCode = :code", Account.class)
                .setParameter("code", SystemAccount.CASH_IN.name()).getSingleResult();
        return cash.purpose() == AccountPurpose.SYSTEM;
    }
}
