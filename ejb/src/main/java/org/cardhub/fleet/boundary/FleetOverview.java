package org.cardhub.fleet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fleet manager's overview of the company: the contracts of the organisations the caller is a member of, each
 * with its balances and its cards by status, in five statements whatever the number of contracts and cards.
 */
@Stateless
@RolesAllowed(Role.Names.CORPORATE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetOverview {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<ContractOverview> contracts() {
        List<Contract> contracts = em.createQuery("SELECT c FROM Contract c WHERE c.organizationId IN "
                        + "(SELECT m.organizationId FROM OrganizationMember m WHERE m.subject = :caller) ORDER BY c.number",
                        Contract.class)
                .setParameter("caller", session.getCallerPrincipal().getName()).getResultList();
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = contracts.stream().map(Contract::id).toList();
        Map<Long, Map<Currency, Account>> ownAccounts = ownAccountsOf(ids);
        Map<Long, Long> onCards = moneyOnCardsOf(ids);
        Map<Long, Map<CardStatus, Long>> cards = cardsByStatusOf(ids);
        Map<String, String> tariffs = tariffNamesOf(contracts);
        return contracts.stream().map(contract -> {
            Map<Currency, Account> own = ownAccounts.getOrDefault(contract.id(), Map.of());
            return new ContractOverview(contract.id(), contract.number(),
                    contract.tariffCode() == null ? null : tariffs.get(contract.tariffCode()), contract.status(),
                    contract.balanceModel(), contract.funding(), contract.creditLimit(), contract.timeZone(),
                    purseOf(own.get(Currency.RUB), Currency.RUB),
                    own.containsKey(Currency.LITRE) ? purseOf(own.get(Currency.LITRE), Currency.LITRE) : null,
                    Amount.ofMinorUnits(onCards.getOrDefault(contract.id(), 0L), Currency.RUB),
                    cards.getOrDefault(contract.id(), Map.of()));
        }).toList();
    }

    private Map<String, String> tariffNamesOf(List<Contract> contracts) {
        List<String> codes = contracts.stream().map(Contract::tariffCode).filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : em.createQuery("SELECT t FROM Tariff t WHERE t.code IN :codes", Tariff.class)
                .setParameter("codes", codes).getResultStream().collect(Collectors.toMap(Tariff::code, Tariff::name));
    }

    private Map<Long, Map<Currency, Account>> ownAccountsOf(List<Long> contractIds) {
        Map<Long, Map<Currency, Account>> byContract = new HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.contractId IN :contracts AND a.cardId IS NULL "
                        + "AND a.systemCode IS NULL AND a.purpose = org.cardhub.ledger.entity.AccountPurpose.MAIN", Account.class)
                .setParameter("contracts", contractIds).getResultStream()
                .forEach(account -> byContract.computeIfAbsent(account.contractId(), id -> new EnumMap<>(Currency.class))
                        .put(account.currency(), account));
        return byContract;
    }

    private Map<Long, Long> moneyOnCardsOf(List<Long> contractIds) {
        Map<Long, Long> sums = new HashMap<>();
        em.createQuery("SELECT a.contractId, SUM(a.balance) FROM Account a WHERE a.contractId IN :contracts "
                        + "AND a.cardId IS NOT NULL AND a.currency = org.cardhub.money.Currency.RUB GROUP BY a.contractId",
                        Object[].class)
                .setParameter("contracts", contractIds).getResultStream()
                .forEach(row -> sums.put((Long) row[0], ((Number) row[1]).longValue()));
        return sums;
    }

    private Map<Long, Map<CardStatus, Long>> cardsByStatusOf(List<Long> contractIds) {
        Map<Long, Map<CardStatus, Long>> counts = new HashMap<>();
        em.createQuery("SELECT c.contractId, c.status, COUNT(c) FROM Card c WHERE c.contractId IN :contracts "
                        + "GROUP BY c.contractId, c.status", Object[].class)
                .setParameter("contracts", contractIds).getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(CardStatus.class))
                        .put((CardStatus) row[1], (Long) row[2]));
        return counts;
    }

    private static ContractOverview.Purse purseOf(Account account, Currency currency) {
        Amount zero = Amount.zero(currency);
        return account == null ? new ContractOverview.Purse(zero, zero)
                : new ContractOverview.Purse(account.available(), account.held());
    }
}
