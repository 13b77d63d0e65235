package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.money.Amount;
import org.cardhub.payments.control.Wallets;

import java.time.Instant;

/**
 * A wallet's turnover this month, which its caps limit, for its holder's page. An in-transaction face: it checks no
 * roles — the wallet's own facade, which knows the holder, does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WalletTurnover {

    @PersistenceContext
    EntityManager em;

    @Inject
    Wallets wallets;

    public Amount thisMonth(long contractId) {
        return wallets.spentThisMonth(em.find(Contract.class, contractId), Instant.now());
    }
}
