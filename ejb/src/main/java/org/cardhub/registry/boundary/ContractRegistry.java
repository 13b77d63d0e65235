package org.cardhub.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.Role;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.registry.control.RegistryQueries;
import org.cardhub.registry.entity.Change;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.registry.entity.ContractRow;
import org.cardhub.registry.entity.ContractSheet;
import org.cardhub.registry.entity.Purse;
import org.cardhub.registry.entity.Reason;
import org.cardhub.registry.entity.RegistryRefusal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The back office's contracts: listed by organisation, kind, status and number, page by page in the database; one
 * contract with its accounts, cards and lifecycle; and a move to another status with the reason the lifecycle keeps,
 * through {@link Contracts}, which records who did it.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class ContractRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryQueries queries;

    @EJB
    Contracts contracts;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(ContractFilter filter) {
        return queries.countContracts(filter == null ? ContractFilter.NONE : filter);
    }

    /** Newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractRow> page(ContractFilter filter, int first, int max) {
        return queries.contracts(filter == null ? ContractFilter.NONE : filter, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ContractSheet sheet(long contractId) {
        Contract contract = existing(contractId);
        Organization party = contract.organizationId() == null ? null : em.find(Organization.class, contract.organizationId());
        Tariff tariff = contract.tariffCode() == null ? null : em.find(Tariff.class, contract.tariffCode());
        List<Purse> accounts = ledger.accountsOfContract(contractId).stream().filter(account -> account.cardId() == null)
                .map(ContractRegistry::purse).toList();
        List<ContractStatus> next = Arrays.stream(ContractStatus.values()).filter(contract.status()::mayBecome).toList();
        return new ContractSheet(contract.id(), contract.number(), contract.kind(), contract.status(),
                contract.organizationId(), party == null ? null : party.name(), party == null ? null : party.inn(),
                contract.balanceModel(), contract.funding(), contract.creditLimit(), contract.tariffCode(),
                tariff == null ? null : tariff.name(), contract.chosenStations(), contract.timeZone(),
                queries.createdAt(contractId), accounts, queries.countCardsOf(contractId, false),
                queries.countCardsOf(contractId, true), newestFirst(audit.history(LifecycleEvent.Subject.CONTRACT, contractId)),
                next);
    }

    /** Moves the contract to {@code next} if its lifecycle allows it from where it is, keeping why. */
    public ContractSheet move(long contractId, ContractStatus next, String reason) {
        String why = Reason.required(reason);
        Contract contract = existing(contractId);
        if (next == null || !contract.status().mayBecome(next)) {
            throw new RegistryRefusal(RegistryRefusal.Code.TRANSITION_NOT_OFFERED,
                    "Contract " + contract.number() + " is " + contract.status() + " and cannot become " + next);
        }
        switch (next) {
            case ACTIVE -> contracts.activate(contractId, why);
            case SUSPENDED -> contracts.suspend(contractId, why);
            case CLOSED -> contracts.close(contractId, why);
            default -> throw new RegistryRefusal(RegistryRefusal.Code.TRANSITION_NOT_OFFERED, "No way back to " + next);
        }
        em.flush();
        return sheet(contractId);
    }

    static Purse purse(Account account) {
        return new Purse(account.id(), account.purpose(), account.balance(), account.held(), account.available());
    }

    static List<Change> newestFirst(List<LifecycleEvent> events) {
        List<Change> changes = new ArrayList<>(events.stream().map(event -> new Change(event.fromStatus(),
                event.toStatus(), event.reason(), event.actor(), event.occurredAt())).toList());
        Collections.reverse(changes);
        return changes;
    }

    private Contract existing(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null) {
            throw new RegistryRefusal(RegistryRefusal.Code.UNKNOWN_CONTRACT, "No contract " + contractId);
        }
        return contract;
    }
}
