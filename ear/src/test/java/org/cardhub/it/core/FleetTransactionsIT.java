package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Spend;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fleet manager reads a contract's transactions — purchases on a fresh company's cards, a fill-up authorised and
 * completed, a reversal, the top-up — paged, filtered and totalled by the database, and no other company's.
 */
@ExtendWith(ArquillianExtension.class)
class FleetTransactionsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    Payments payments;

    @EJB
    FleetTransactions transactions;

    @Test
    void aManagerSeesTheContractsTransactionsNewestFirstFilteredAndTotalledWithAFillUpAsOnePurchase() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "10000.00"));
        Card first = vehicles.get(0);
        Card second = vehicles.get(1);

        OperationKey diesel = Fixtures.key("terminal:FUEL-0001");
        assertThat(payments.purchase(diesel, spend(first, "1500.00", "25.000", "DT", "AZS-17"), "t").isApproved()).isTrue();
        assertThat(payments.purchase(Fixtures.key("t"), spend(first, "300.00", "5.000", "AI-95", "AZS-17"), "t").isApproved()).isTrue();
        OperationKey authorisation = Fixtures.key("terminal:FUEL-0002");
        assertThat(payments.authorise(authorisation, spend(second, "3000.00", "0", "AI-95", "AZS-42"), "t").isApproved()).isTrue();
        assertThat(payments.complete(Fixtures.key("terminal:FUEL-0002"), authorisation, Amount.parse("2100.50", Currency.RUB),
                Amount.parse("35.400", Currency.LITRE), "t").isApproved()).isTrue();
        assertThat(payments.reverse(Fixtures.key("terminal:FUEL-0001"), diesel, "t").isApproved()).isTrue();

        List<TransactionRow> all = fleet.call(() -> transactions.page(contract.id(), TransactionFilter.NONE, 0, 20));
        assertThat(all).extracting(TransactionRow::type).containsExactly(TransactionType.REVERSAL, TransactionType.PURCHASE,
                TransactionType.PURCHASE, TransactionType.PURCHASE, TransactionType.TOP_UP);
        assertThat(all).isSortedAccordingTo((a, b) -> b.bookedAt().compareTo(a.bookedAt()));
        TransactionRow fillUp = all.get(1);
        assertThat(fillUp.panMasked()).isEqualTo(second.panMasked());
        assertThat(fillUp.amount()).isEqualTo(Amount.parse("2100.50", Currency.RUB));
        assertThat(fillUp.volume()).isEqualTo(Amount.parse("35.400", Currency.LITRE));
        assertThat(fillUp.station()).isEqualTo("AZS-42");

        TransactionTotals totals = fleet.call(() -> transactions.totals(contract.id(), TransactionFilter.NONE));
        assertThat(totals).isEqualTo(new TransactionTotals(5, Amount.parse("2400.50", Currency.RUB),
                Amount.parse("40.400", Currency.LITRE), Amount.parse("10000.00", Currency.RUB)));
        assertThat(fleet.call(() -> transactions.count(contract.id(), TransactionFilter.NONE))).isEqualTo(5);

        assertThat(fleet.call(() -> transactions.page(contract.id(), TransactionFilter.NONE, 1, 2)))
                .extracting(TransactionRow::id).containsExactly(all.get(1).id(), all.get(2).id());
        List<TransactionRow> chunk = fleet.call(() -> transactions.after(contract.id(), TransactionFilter.NONE, null, 3));
        assertThat(fleet.call(() -> transactions.after(contract.id(), TransactionFilter.NONE, chunk.get(2), 3)))
                .extracting(TransactionRow::id).containsExactly(all.get(3).id(), all.get(4).id());

        TransactionFilter firstCard = filter(null, lastDigitsOf(first), null, null, null);
        assertThat(fleet.call(() -> transactions.page(contract.id(), firstCard, 0, 20))).extracting(TransactionRow::panMasked)
                .hasSize(3).containsOnly(first.panMasked());
        assertThat(fleet.call(() -> transactions.totals(contract.id(), firstCard)).spent())
                .isEqualTo(Amount.parse("300.00", Currency.RUB));
        assertThat(fleet.call(() -> transactions.page(contract.id(), filter(null, null, "azs-42", null, null), 0, 20)))
                .extracting(TransactionRow::id).containsExactly(fillUp.id());
        assertThat(fleet.call(() -> transactions.count(contract.id(), filter(null, null, null, "AI-95", TransactionType.PURCHASE))))
                .isEqualTo(2);
        LocalDate today = LocalDate.now(MOSCOW);
        assertThat(fleet.call(() -> transactions.count(contract.id(), filter(today, null, null, null, null)))).isEqualTo(5);
        assertThat(fleet.call(() -> transactions.count(contract.id(), filter(today.plusDays(1), null, null, null, null)))).isZero();
    }

    @Test
    void anotherCompanysContractIsRefusedAndAParentGetsNothing() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract foreign = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));

        assertCausedBy(catchThrowable(() -> fleet.call(() -> transactions.page(foreign.id(), TransactionFilter.NONE, 0, 20))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> transactions.totals(foreign.id(), TransactionFilter.NONE))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> transactions.after(foreign.id(), TransactionFilter.NONE, null, 10))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> transactions.count(foreign.id(), TransactionFilter.NONE))),
                EJBAccessException.class);
    }

    private static TransactionFilter filter(LocalDate from, String digits, String station, String product, TransactionType type) {
        return new TransactionFilter(from, null, digits, station, null, product, type);
    }

    private static String lastDigitsOf(Card card) {
        return card.panMasked().substring(card.panMasked().length() - 4);
    }

    private static Spend spend(Card card, String amount, String litres, String product, String station) {
        return new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), Amount.parse(litres, Currency.LITRE),
                product, "FUEL", station, "RU-MOW", Instant.now());
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
