package org.cardhub.fleet.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.fleet.control.MonthMovementQuery;
import org.cardhub.fleet.entity.ClosedMonth;
import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.fleet.entity.MonthBalances;
import org.cardhub.fleet.entity.MovementSink;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.organizations.entity.OrganizationForm;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The read model of a contract's closed months, for its closing documents: the contract and its company, the balances
 * of its rouble accounts when the month began and ended, and the month's movements streamed in booking order
 * ({@link MonthMovementQuery}). Only a month whose books are closed is read: its figures can no longer change. It joins
 * its caller's transaction (the cursor lives in it) and checks no caller: whoever issues the documents does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MonthStatements {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ContractParty> party(long contractId) {
        List<Object[]> found = em.createQuery("SELECT c.number, c.kind, c.createdAt, c.timeZone, o.id, o.form, o.name, "
                        + "o.inn, o.kpp, o.ogrn FROM Contract c, Organization o WHERE o.id = c.organizationId AND c.id = :id",
                        Object[].class).setParameter("id", contractId).getResultList();
        return found.stream().findFirst().map(row -> new ContractParty(contractId, (String) row[0], (ContractKind) row[1],
                (Instant) row[2], ZoneId.of((String) row[3]), (Long) row[4], (OrganizationForm) row[5], (String) row[6],
                (String) row[7], (String) row[8], (String) row[9]));
    }

    /** The contract's id by its number, if there is one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> contractNumbered(String number) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number == null ? "" : number.strip()).getResultStream().findFirst();
    }

    public MonthBalances balances(ContractParty contract, YearMonth month) {
        requireClosed(contract, month);
        try {
            return new MonthMovementQuery(connection()).balances(contract.contractId(), start(contract, month),
                    start(contract, month.plusMonths(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("The balances of contract " + contract.contractNumber() + " could not be read", e);
        }
    }

    /** Hands the closed month's movements to the sink as they are read; returns how many. */
    public long movements(ContractParty contract, YearMonth month, MovementSink sink) throws IOException {
        requireClosed(contract, month);
        try {
            return new MonthMovementQuery(connection()).stream(contract.contractId(), start(contract, month),
                    start(contract, month.plusMonths(1)), sink);
        } catch (SQLException e) {
            throw new IllegalStateException("The movements of contract " + contract.contractNumber() + " could not be read", e);
        }
    }

    /** The closed months of fuel contracts from {@code first} on, by month and contract. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClosedMonth> closedFuelMonths(YearMonth first) {
        return em.createQuery("SELECT p.contractId, p.month, p.closedAt FROM ClosedPeriod p, Contract c "
                        + "WHERE c.id = p.contractId AND c.kind = :fuel AND p.month >= :first ORDER BY p.month, p.contractId",
                        Object[].class).setParameter("fuel", ContractKind.FUEL).setParameter("first", first.toString())
                .getResultStream().map(row -> new ClosedMonth((Long) row[0], YearMonth.parse((String) row[1]), (Instant) row[2]))
                .toList();
    }

    /** The first instant of the month where the contract keeps its books. */
    private static Instant start(ContractParty contract, YearMonth month) {
        return month.atDay(1).atStartOfDay(contract.timeZone()).toInstant();
    }

    private void requireClosed(ContractParty contract, YearMonth month) {
        if (!ledger.isClosed(contract.contractId(), month)) {
            throw new IllegalStateException("The books of contract " + contract.contractNumber() + " for " + month
                    + " are open: their figures may still change");
        }
    }

    /** The transaction's own connection: the cursor reads what the transaction sees and closes with it. */
    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No connection in the caller's transaction");
        }
        return connection;
    }
}
