package org.cardhub.contracts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.control.ContractOpening;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.entity.Organization;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Contracts from application to closing: fuel contracts of companies (a tariff, balance model, prepaid
 * or credit), school contracts, and people's wallets. Every status change is kept with who made it and why.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class Contracts {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @Inject
    ContractOpening opening;

    /** An application for a fuel contract; the back office activates it. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    public Contract applyForFuel(long organizationId, String tariffCode, List<String> chosenStations,
                                 BalanceModel model, Funding funding, Amount creditLimit) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new AccessDeniedException("organisation", organizationId);
        }
        Tariff tariff = tariffCode == null ? null : em.find(Tariff.class, tariffCode);
        if (tariffCode != null && tariff == null) {
            throw new InvalidContractException(InvalidContractException.Code.TARIFF_REQUIRED, "No tariff " + tariffCode);
        }
        Contract contract = Contract.fuel(nextNumber("F"), organizationId, tariff, chosenStations, model, funding,
                creditLimit == null ? Amount.zero(Currency.RUB) : creditLimit, organization.timeZone(), Instant.now());
        return open(contract);
    }

    public Contract openSchool(long schoolId) {
        Organization school = em.find(Organization.class, schoolId);
        if (school == null) {
            throw new AccessDeniedException("organisation", schoolId);
        }
        return open(Contract.school(nextNumber("S"), schoolId, school.timeZone(), Instant.now()));
    }

    /** The settlement contract of a canteen supplier (or another merchant of a programme): number P-…. */
    public Contract openSupplier(long supplierId) {
        Organization supplier = em.find(Organization.class, supplierId);
        if (supplier == null) {
            throw new AccessDeniedException("organisation", supplierId);
        }
        return open(Contract.supplier(nextNumber("P"), supplierId, supplier.timeZone(), Instant.now()));
    }

    /** A wallet of the person with this Keycloak user id. */
    public Contract openWallet(String holderSubject, String phone, WalletTier tier, String timeZone) {
        return open(Contract.wallet(nextNumber("W"), holderSubject, phone, tier, ZoneId.of(timeZone), Instant.now()));
    }

    public Contract activate(long contractId, String reason) {
        return move(contractId, ContractStatus.ACTIVE, reason);
    }

    public Contract suspend(long contractId, String reason) {
        return move(contractId, ContractStatus.SUSPENDED, reason);
    }

    public Contract close(long contractId, String reason) {
        return move(contractId, ContractStatus.CLOSED, reason);
    }

    /**
     * Sets (null: clears) the available balance under which the company's people are warned. The contract's money
     * as a whole is theirs to watch who may move it: a company person needs all cards and the right to move money.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    public Contract warnBelow(long contractId, Amount threshold) {
        access.requireContractRight(contractId, CompanyRight.MOVE_MONEY);
        Contract contract = find(contractId);
        String before = describe(contract.lowBalanceWarning().orElse(null));
        contract.warnBelow(threshold);
        audit.record(audit.actor(null), "contract.low-balance", AuditSubject.CONTRACT, contractId,
                before + " -> " + describe(threshold));
        return contract;
    }

    private static String describe(Amount threshold) {
        return threshold == null ? "none" : threshold.toPlainString() + " RUB";
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Contract find(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || !access.mayUseContract(contractId)) {
            throw new AccessDeniedException("contract", contractId);
        }
        return contract;
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Contract> findByNumber(String number) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", number).getResultStream()
                .filter(contract -> access.mayUseContract(contract.id())).findFirst();
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LifecycleEvent> history(long contractId) {
        find(contractId);
        return audit.history(LifecycleEvent.Subject.CONTRACT, contractId);
    }

    /**
     * Whether an organisation with this INN (any KPP) is a client already: it has a contract applied for, active or
     * suspended. Asked before a new company's application is taken and again before it is approved.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.APPLICANT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isClient(String inn) {
        return !em.createQuery("SELECT c.id FROM Contract c, Organization o WHERE c.organizationId = o.id "
                        + "AND o.inn = :inn AND c.status IN :live", Long.class)
                .setParameter("inn", inn)
                .setParameter("live", List.of(ContractStatus.APPLICATION, ContractStatus.ACTIVE, ContractStatus.SUSPENDED))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The fuel tariffs a contract may be concluded on, by code. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.APPLICANT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Tariff> tariffs() {
        return em.createQuery("SELECT t FROM Tariff t ORDER BY t.code", Tariff.class).getResultList();
    }

    private Contract open(Contract contract) {
        return opening.open(contract);
    }

    private Contract move(long contractId, ContractStatus next, String reason) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null) {
            throw new AccessDeniedException("contract", contractId);
        }
        ContractStatus previous = contract.changeStatus(next);
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CONTRACT, contractId, previous, next, reason);
        return contract;
    }

    private String nextNumber(String prefix) {
        return opening.nextNumber(prefix);
    }
}
