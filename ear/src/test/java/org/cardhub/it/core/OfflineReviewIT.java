package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.payments.boundary.OfflineReviews;
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.payments.entity.OfflineReviewRefusal;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's offline queue on the real database: offline purchases sent over the TerminalEvents queue as a
 * terminal sends them (posted within the floor limit, kept for review), then accepted or charged back. A charge-back
 * reverses the entry exactly once however many clicks race for it; a decision already taken, a charge-back without a
 * reason or of a purchase never posted is refused and writes nothing; nobody but the back office decides.
 */
@ExtendWith(ArquillianExtension.class)
class OfflineReviewIT {

    private static final int RACERS = 6;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Terminals terminals;

    @EJB
    OfflineReviews reviews;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void anAcceptedPurchaseStandsAndIsDecidedOnce() throws Exception {
        Sender pos = terminal();
        Contract contract = fundedContract("3000.00");
        long review = offlinePurchase(pos, contract, "900.00");

        OfflineReview accepted = backOffice.call(() -> reviews.accept(review, "receipt checked"));

        assertThat(accepted.status()).isEqualTo(OfflineReview.Status.ACCEPTED);
        assertThat(text("SELECT status || '|' || decision_reason || '|' || CASE WHEN decided_at IS NULL THEN 'open' ELSE 'decided' END "
                + "FROM offline_review WHERE id = ?", review)).isEqualTo("ACCEPTED|receipt checked|decided");
        assertThat(available(contract.id())).as("the purchase stands").isEqualTo(2100_00);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'offline.accept' AND subject_id = ?", String.valueOf(review)))
                .isEqualTo(1);
        assertThat(backOffice.call(() -> reviews.page(new OfflineReviewFilter(OfflineReview.Status.ACCEPTED, null, null, pos.id()), 0, 10)))
                .extracting(row -> row.review().id()).containsExactly(review);

        assertRefusedWritingNothing(review, () -> reviews.accept(review, null), OfflineReviewRefusal.Code.ALREADY_DECIDED);
        assertRefusedWritingNothing(review, () -> reviews.chargeBack(review, "changed my mind"), OfflineReviewRefusal.Code.ALREADY_DECIDED);
        assertThat(available(contract.id())).isEqualTo(2100_00);
    }

    @Test
    void racingChargeBacksReverseThePurchaseExactlyOnce() throws Exception {
        Sender pos = terminal();
        Contract contract = fundedContract("3000.00");
        long review = offlinePurchase(pos, contract, "900.00");
        long entry = count("SELECT entry_id FROM offline_review WHERE id = ?", review);
        assertThat(available(contract.id())).isEqualTo(2100_00);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<OfflineReview>> clicks = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            clicks.add(executor.submit(() -> {
                start.await();
                return backOffice.call(() -> reviews.chargeBack(review, "card reported stolen"));
            }));
        }
        start.countDown();
        int decided = 0;
        List<Refusal> refused = new ArrayList<>();
        for (Future<OfflineReview> click : clicks) {
            try {
                assertThat(click.get(120, TimeUnit.SECONDS).status()).isEqualTo(OfflineReview.Status.CHARGED_BACK);
                decided++;
            } catch (ExecutionException lost) {
                refused.add(refusalIn(lost));
            }
        }

        assertThat(decided).as("one click decides").isEqualTo(1);
        assertThat(refused).hasSize(RACERS - 1).allSatisfy(refusal -> assertThat(refusal.code().name()).isEqualTo("ALREADY_DECIDED"));
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE reverses_entry_id = ?", entry)).as("one reversal").isEqualTo(1);
        assertThat(available(contract.id())).as("the money is back, once").isEqualTo(3000_00);
        assertThat(text("SELECT status || '|' || decision_reason FROM offline_review WHERE id = ?", review))
                .isEqualTo("CHARGED_BACK|card reported stolen");
        assertThat(count("SELECT reversal_entry_id FROM offline_review WHERE id = ?", review))
                .isEqualTo(count("SELECT id FROM journal_entry WHERE reverses_entry_id = ?", entry));
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'offline.charge-back' AND subject_id = ?",
                String.valueOf(review))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'entry.reverse' AND subject_id = ?", String.valueOf(entry)))
                .isEqualTo(1);
    }

    @Test
    void badDecisionsAreRefusedPreciselyAndWriteNothing() throws Exception {
        Sender pos = terminal();
        Contract contract = fundedContract("3000.00");
        long posted = offlinePurchase(pos, contract, "500.00");
        long overFloor = offlinePurchase(pos, contract, "1000.01");
        assertThat(count("SELECT COUNT(*) FROM offline_review WHERE id = ? AND entry_id IS NULL", overFloor)).isEqualTo(1);

        assertRefusedWritingNothing(posted, () -> reviews.chargeBack(posted, "   "), OfflineReviewRefusal.Code.REASON_REQUIRED);
        assertRefusedWritingNothing(posted, () -> reviews.chargeBack(posted, "x".repeat(501)), OfflineReviewRefusal.Code.REASON_TOO_LONG);
        assertRefusedWritingNothing(overFloor, () -> reviews.chargeBack(overFloor, "never posted"), OfflineReviewRefusal.Code.NOT_POSTED);
        assertRefusedWritingNothing(posted, () -> reviews.chargeBack(Long.MAX_VALUE, "nobody"), OfflineReviewRefusal.Code.NOT_FOUND);
        assertThat(available(contract.id())).isEqualTo(2500_00);
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE reverses_entry_id = "
                + "(SELECT entry_id FROM offline_review WHERE id = ?)", posted)).isZero();

        Throwable notStaff = Thrown.by(() -> parent.call(() -> reviews.chargeBack(posted, "a parent tries")));
        assertThat(notStaff).isInstanceOf(EJBAccessException.class);
        Throwable notStaffReading = Thrown.by(() -> parent.call(() -> reviews.count(OfflineReviewFilter.OPEN)));
        assertThat(notStaffReading).isInstanceOf(EJBAccessException.class);
        assertThat(text("SELECT status FROM offline_review WHERE id = ?", posted)).isEqualTo("OPEN");

        OfflineReview declinedAccepted = backOffice.call(() -> reviews.accept(overFloor, null));
        assertThat(declinedAccepted.status()).as("a purchase never posted is accepted as declined").isEqualTo(OfflineReview.Status.ACCEPTED);
    }

    /** The review's row and the audit trail are as they were, and the refusal is the one expected. */
    private void assertRefusedWritingNothing(long review, Callable<?> decision, OfflineReviewRefusal.Code code)
            throws SQLException {
        String before = state(review);
        Throwable thrown = Thrown.by(() -> backOffice.call(decision));
        assertThat(thrown).isInstanceOfSatisfying(OfflineReviewRefusal.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
        assertThat(state(review)).isEqualTo(before);
    }

    private String state(long review) throws SQLException {
        return text("SELECT status || '|' || COALESCE(decision_reason, '-') || '|' || "
                + "(SELECT COUNT(*) FROM audit_event WHERE subject_type = 'OFFLINE_REVIEW' AND subject_id = ?) || '|' || "
                + "(SELECT COUNT(*) FROM journal_entry j JOIN offline_review r ON j.reverses_entry_id = r.entry_id WHERE r.id = ?) "
                + "FROM offline_review WHERE id = ?", String.valueOf(review), review, review);
    }

    private static Refusal refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        throw new AssertionError("not a refusal", thrown);
    }

    /** An offline purchase the terminal decided on its own and forwarded; the id of its review. */
    private long offlinePurchase(Sender pos, Contract contract, String amount) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        String pan = backOffice.call(() -> fixtures.numberOf(card.id()));
        JsonObject reply = new TerminalLine(connectionFactory, terminalEvents).send(pos, TerminalLine.event(pos, eventId, "PURCHASE")
                .add("card", pan).add("amount", amount).add("offline", true));
        assertThat(reply.getString("status")).isIn("APPROVED", "DECLINED");
        return count("SELECT id FROM offline_review WHERE source = ? AND event_key = ?", "terminal:" + pos.id(), eventId);
    }

    private Sender terminal() {
        String id = "OFFL-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, "Test site",
                "AZS-17", "RU-MOW"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private Contract fundedContract(String balance) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        return contract;
    }

    private long available(long contractId) throws SQLException {
        return count("SELECT balance_minor - held_minor + credit_limit_minor FROM account "
                + "WHERE contract_id = ? AND card_id IS NULL AND purpose = 'MAIN' AND currency = 'RUB'", contractId);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }
}
