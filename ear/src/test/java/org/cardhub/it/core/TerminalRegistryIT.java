package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.InvalidTerminalException;
import org.cardhub.terminals.entity.InvalidTerminalException.Code;
import org.cardhub.terminals.entity.TerminalFilter;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalListing;
import org.cardhub.terminals.entity.TerminalOrder;
import org.cardhub.terminals.entity.TerminalProduct;
import org.cardhub.terminals.entity.TerminalRejection;
import org.cardhub.terminals.entity.TerminalStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The terminal registry as the back-office page uses it, on the real database: refusals that write nothing,
 * pages filtered and sorted in the database, products added, repriced and taken off sale, refused messages
 * paged — and nobody but the back office gets in.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsParent parent;

    @EJB
    AsFleetManager fleet;

    @EJB
    Fixtures fixtures;

    @EJB
    Terminals terminals;

    @EJB
    Organizations organizations;

    /** A prefix no other test run uses, so filters find exactly this test's terminals. */
    private static String prefix() {
        return "REG" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static TerminalFilter byId(String id) {
        return new TerminalFilter(id, null, null, null, null, null);
    }

    @Test
    void aDuplicateIdOrABadFieldIsRefusedAndNothingIsWritten() {
        String id = prefix() + "-1";
        backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, "АЗС № 1", "AZS-1", "RU-MOW"));

        assertRefused(() -> backOffice.call(() -> terminals.register(id.toLowerCase(), TerminalKind.CASH_KIOSK, null,
                "Другое место", null, "RU-PRI")), Code.ID_TAKEN);
        assertThat(backOffice.call(() -> terminals.find(id)).location()).as("the first stays as it was").isEqualTo("АЗС № 1");
        assertThat(backOffice.call(() -> terminals.count(byId(id)))).isEqualTo(1);

        String other = prefix() + "-2";
        assertRefused(() -> backOffice.call(() -> terminals.register(other, TerminalKind.FUEL_POS, null, "Site", null, "Москва")),
                Code.REGION_FORMAT);
        assertRefused(() -> backOffice.call(() -> terminals.register(other, TerminalKind.FUEL_POS, Long.MAX_VALUE, "Site", null,
                "RU-MOW")), Code.ORGANIZATION_UNKNOWN);
        assertRefused(() -> backOffice.call(() -> terminals.register("X", TerminalKind.FUEL_POS, null, "Site", null, "RU-MOW")),
                Code.ID_FORMAT);
        assertThat(backOffice.call(() -> terminals.count(byId(other)))).as("nothing written").isZero();
    }

    @Test
    void theRegistryIsFilteredSortedAndPagedInTheDatabase() {
        String prefix = prefix();
        long company = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        String companyName = backOffice.call(() -> organizations.find(company).orElseThrow().name());
        backOffice.run(() -> {
            terminals.register(prefix + "-A", TerminalKind.FUEL_POS, null, "АЗС № 5", "AZS-5", "RU-MOW");
            terminals.register(prefix + "-B", TerminalKind.TURNSTILE, company, "Школа, главный вход", "SCHOOL-5", "RU-PRI");
            terminals.register(prefix + "-C", TerminalKind.CANTEEN_POS, company, "Школа, столовая", null, "RU-PRI");
            terminals.disable(prefix + "-C");
        });

        assertThat(ids(byId(prefix.toLowerCase()), TerminalOrder.BY_ID)).containsExactly(prefix + "-A", prefix + "-B", prefix + "-C");
        assertThat(ids(new TerminalFilter(prefix, TerminalKind.TURNSTILE, null, null, null, null), TerminalOrder.BY_ID))
                .containsExactly(prefix + "-B");
        assertThat(ids(new TerminalFilter(prefix, null, companyName.substring(4).toUpperCase(), null, null, null),
                TerminalOrder.BY_ID)).as("by the organisation's name, any case").containsExactly(prefix + "-B", prefix + "-C");
        assertThat(ids(new TerminalFilter(prefix, null, null, "school-5", null, null), TerminalOrder.BY_ID))
                .as("by station").containsExactly(prefix + "-B");
        assertThat(ids(new TerminalFilter(prefix, null, null, "столовая", null, null), TerminalOrder.BY_ID))
                .as("by location").containsExactly(prefix + "-C");
        assertThat(ids(new TerminalFilter(prefix, null, null, null, "pri", TerminalStatus.ACTIVE), TerminalOrder.BY_ID))
                .containsExactly(prefix + "-B");
        assertThat(ids(new TerminalFilter(prefix, null, null, "100%", null, null), TerminalOrder.BY_ID))
                .as("a wildcard typed is a character").isEmpty();
        assertThat(ids(byId(prefix), new TerminalOrder(TerminalOrder.Field.KIND, false)))
                .containsExactly(prefix + "-B", prefix + "-A", prefix + "-C");
        assertThat(ids(byId(prefix), new TerminalOrder(TerminalOrder.Field.STATUS, false)).get(0)).isEqualTo(prefix + "-C");

        List<TerminalListing> second = backOffice.call(() -> terminals.page(byId(prefix), TerminalOrder.BY_ID, 1, 1));
        assertThat(second).singleElement().satisfies(row -> {
            assertThat(row.terminal().id()).isEqualTo(prefix + "-B");
            assertThat(row.organization()).isEqualTo(companyName);
        });
        assertThat(backOffice.call(() -> terminals.count(new TerminalFilter(prefix, null, null, null, null, TerminalStatus.DISABLED))))
                .isEqualTo(1);
    }

    @Test
    void productsAreAddedRepricedAndTakenOffSaleWithExactPrices() {
        String id = prefix() + "-P";
        backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, "АЗС", "AZS-9", "RU-MOW"));

        backOffice.call(() -> terminals.addProduct(id, "ai-95", "Бензин АИ-95", "fuel", rub("59.30"), TerminalProduct.Unit.LITRE));
        assertRefused(() -> backOffice.call(() -> terminals.addProduct(id, "AI-95", "Другой", "FUEL", rub("1.00"),
                TerminalProduct.Unit.PIECE)), Code.PRODUCT_TAKEN);
        assertThat(causeOf(() -> backOffice.call(() -> terminals.sell(id, "AI-95", "Бензин АИ-95", "FUEL", rub("0.00"),
                TerminalProduct.Unit.LITRE)), InvalidAmountException.class).code())
                .isEqualTo(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
        assertThat(price(id, "AI-95")).as("refusals change nothing").isEqualTo(rub("59.30"));

        backOffice.call(() -> terminals.sell(id, "AI-95", "Бензин АИ-95", "FUEL", rub("61.05"), TerminalProduct.Unit.LITRE));
        assertThat(price(id, "AI-95")).isEqualTo(rub("61.05"));

        assertThat(backOffice.call(() -> terminals.stopSelling(id, "ai-95"))).isTrue();
        assertThat(backOffice.call(() -> terminals.stopSelling(id, "AI-95"))).as("already gone").isFalse();
        assertThat(backOffice.call(() -> terminals.products(id))).isEmpty();
    }

    @Test
    void refusedMessagesArePagedNewestFirst() {
        String terminal = prefix() + "-R";
        long before = backOffice.call(() -> terminals.rejectionCount());
        for (int i = 1; i <= 3; i++) {
            terminals.recordRejection(terminal, "event-" + i, "BAD_SIGNATURE", "test " + i, "{}");
        }

        assertThat(backOffice.call(() -> terminals.rejectionCount())).isGreaterThanOrEqualTo(before + 3);
        List<TerminalRejection> ours = backOffice.call(() -> terminals.rejections(0, 200)).stream()
                .filter(rejection -> terminal.equals(rejection.terminalId())).toList();
        assertThat(ours).extracting(TerminalRejection::eventId).containsExactly("event-3", "event-2", "event-1");
        assertThat(ours.get(0).receivedAt()).isNotNull();
        List<TerminalRejection> firstTwo = backOffice.call(() -> terminals.rejections(0, 2));
        List<TerminalRejection> nextOne = backOffice.call(() -> terminals.rejections(1, 1));
        assertThat(firstTwo).hasSize(2);
        assertThat(firstTwo.get(0).id()).isGreaterThan(firstTwo.get(1).id());
        assertThat(nextOne.get(0).id()).isLessThanOrEqualTo(firstTwo.get(0).id());
    }

    @Test
    void onlyTheBackOfficeReachesTheRegistry() {
        String id = prefix() + "-S";
        backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, "АЗС", null, "RU-MOW"));

        for (Caller caller : List.<Caller>of(parent::call, fleet::call)) {
            denied(caller, () -> terminals.register(id + "X", TerminalKind.FUEL_POS, null, "Site", null, "RU-MOW"));
            denied(caller, () -> terminals.rotateKey(id));
            denied(caller, () -> terminals.disable(id));
            denied(caller, () -> terminals.enable(id));
            denied(caller, () -> terminals.addProduct(id, "AI-92", "Бензин", "FUEL", rub("1.00"), TerminalProduct.Unit.LITRE));
            denied(caller, () -> terminals.sell(id, "AI-92", "Бензин", "FUEL", rub("1.00"), TerminalProduct.Unit.LITRE));
            denied(caller, () -> terminals.stopSelling(id, "AI-92"));
            denied(caller, () -> terminals.page(TerminalFilter.NONE, TerminalOrder.BY_ID, 0, 10));
            denied(caller, () -> terminals.count(TerminalFilter.NONE));
            denied(caller, () -> terminals.rejections(0, 10));
            denied(caller, () -> terminals.rejectionCount());
            denied(caller, () -> terminals.find(id));
            denied(caller, () -> organizations.search("", 10));
        }
        assertThat(backOffice.call(() -> terminals.find(id)).isActive()).as("nothing changed").isTrue();
        assertThat(backOffice.call(() -> terminals.products(id))).isEmpty();
    }

    private List<String> ids(TerminalFilter filter, TerminalOrder order) {
        return backOffice.call(() -> terminals.page(filter, order, 0, 50)).stream().map(row -> row.terminal().id()).toList();
    }

    private Amount price(String terminalId, String code) {
        return backOffice.call(() -> terminals.productOf(terminalId, code)).orElseThrow().price();
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static void assertRefused(ThrowingCallable action, Code code) {
        assertThat(causeOf(action, InvalidTerminalException.class).code()).isEqualTo(code);
    }

    /** The refusal the registry threw; the test's own {@link BackOffice} bean wraps it on the way out. */
    private static <T extends Throwable> T causeOf(ThrowingCallable action, Class<T> type) {
        Throwable thrown = catchThrowable(action);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    /** Someone signed in with a role other than back office. */
    private interface Caller {
        Object call(Callable<?> work) throws Exception;
    }

    private static void denied(Caller caller, Callable<?> work) {
        Throwable thrown = catchThrowable(() -> caller.call(work));
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected the caller to be refused by role, got " + thrown, thrown);
    }
}
