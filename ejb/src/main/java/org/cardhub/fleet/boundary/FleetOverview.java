package org.cardhub.fleet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.fleet.control.SpendingQuery;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.entity.OrganizationMember;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fleet manager's overview of the company: the contracts of the organisations the caller is a member of, each
 * with its balances, its cards by status as far as the caller sees them and what needs their action, in five
 * statements whatever the number of contracts and cards (and one per organisation for the caller's groups); and a
 * contract's spending this month against last month, summed in the database.
 */
@Stateless
@RolesAllowed(Role.Names.CORPORATE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetOverview {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    private final Clock clock = Clock.systemUTC();

    public List<ContractOverview> contracts() {
        Map<Contract, OrganizationMember> memberships = new LinkedHashMap<>();
        em.createQuery("SELECT c, m FROM Contract c, OrganizationMember m WHERE m.organizationId = c.organizationId "
                        + "AND m.subject = :caller ORDER BY c.number", Object[].class)
                .setParameter("caller", session.getCallerPrincipal().getName()).getResultStream()
                .forEach(row -> memberships.put((Contract) row[0], (OrganizationMember) row[1]));
        if (memberships.isEmpty()) {
            return List.of();
        }
        List<Long> ids = memberships.keySet().stream().map(Contract::id).toList();
        Map<Long, Map<Currency, Account>> ownAccounts = ownAccountsOf(ids);
        Map<Long, Long> onCards = moneyOnCardsOf(ids);
        Map<Long, Map<CardStatus, Long>> cards = cardsByStatusOf(memberships);
        Map<String, String> tariffs = tariffNamesOf(memberships.keySet());
        return memberships.entrySet().stream().map(membership -> {
            Contract contract = membership.getKey();
            OrganizationMember member = membership.getValue();
            Map<Currency, Account> own = ownAccounts.getOrDefault(contract.id(), Map.of());
            ContractOverview.Purse money = purseOf(own.get(Currency.RUB), Currency.RUB);
            return new ContractOverview(contract.id(), contract.number(),
                    contract.tariffCode() == null ? null : tariffs.get(contract.tariffCode()), contract.status(),
                    contract.balanceModel(), contract.funding(), contract.creditLimit(), contract.timeZone(), money,
                    own.containsKey(Currency.LITRE) ? purseOf(own.get(Currency.LITRE), Currency.LITRE) : null,
                    Amount.ofMinorUnits(onCards.getOrDefault(contract.id(), 0L), Currency.RUB),
                    cards.getOrDefault(contract.id(), Map.of()), contract.lowBalanceWarning().orElse(null),
                    contract.isBelowWarning(money.available()),
                    // what ObjectAccess.requireContractRight asks when the threshold is set (Contracts.warnBelow)
                    member.scope().allCards() && member.holds(CompanyRight.MOVE_MONEY));
        }).toList();
    }

    /**
     * What the cards the caller sees spent this month so far and last month, by day and by product, in the contract's
     * time zone: two statements over the index {@code journal_entry_contract_time}, after the access checks and the
     * contract's time zone.
     */
    public MonthlySpending spending(long contractId) {
        access.requireContract(contractId);
        ZoneId zone = em.find(Contract.class, contractId).timeZone();
        SpendingQuery query = new SpendingQuery(contractId, zone, access.cardScope(contractId), LocalDate.now(clock.withZone(zone)));
        return query.spendingOf(rows(query, query.byDay()), rows(query, query.byProduct()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(SpendingQuery where, String jpql) {
        Query query = em.createQuery(jpql);
        where.bind(query);
        return query.getResultList();
    }

    private Map<String, String> tariffNamesOf(Collection<Contract> contracts) {
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

    /**
     * The cards of each contract the caller sees, by status: all of a contract whose member sees all cards, else those
     * of the member's groups (a group belongs to one contract, so its id alone says which).
     */
    private Map<Long, Map<CardStatus, Long>> cardsByStatusOf(Map<Contract, OrganizationMember> memberships) {
        List<Long> wholly = new ArrayList<>(List.of(-1L));
        List<Long> groups = new ArrayList<>(List.of(-1L));
        memberships.forEach((contract, member) -> {
            if (member.scope().allCards()) {
                wholly.add(contract.id());
            } else {
                groups.addAll(member.scope().groupIds());
            }
        });
        Map<Long, Map<CardStatus, Long>> counts = new HashMap<>();
        em.createQuery("SELECT c.contractId, c.status, COUNT(c) FROM Card c WHERE c.contractId IN :contracts "
                        + "AND (c.contractId IN :wholly OR c.groupId IN :groups) GROUP BY c.contractId, c.status", Object[].class)
                .setParameter("contracts", memberships.keySet().stream().map(Contract::id).toList())
                .setParameter("wholly", wholly).setParameter("groups", groups).getResultStream()
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
