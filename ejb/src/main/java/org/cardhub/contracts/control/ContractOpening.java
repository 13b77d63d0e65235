package org.cardhub.contracts.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;

/** A new contract written down: its number from the sequence, its main account (and a fuel contract's litres), its history. */
@Dependent
public class ContractOpening {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    public Contract open(Contract contract) {
        em.persist(contract);
        em.flush();
        Account main = Account.ofContract(contract.id(), AccountPurpose.MAIN, Currency.RUB);
        main.setCreditLimit(contract.creditLimit());
        ledger.open(main);
        if (contract.kind() == ContractKind.FUEL) {
            // fuel bought ahead in litres (vouchers) is held in its own purse
            ledger.open(Account.ofContract(contract.id(), AccountPurpose.MAIN, Currency.LITRE));
        }
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CONTRACT, contract.id(), null, contract.status(),
                contract.kind() + " contract " + contract.number());
        return contract;
    }

    /** The next contract number with its kind's letter: F-…, S-…, W-…. */
    public String nextNumber(String prefix) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('contract_number_seq')").getSingleResult();
        return prefix + "-" + next.longValue();
    }
}
