package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.corrections.boundary.CorrectionDesk;
import org.cardhub.corrections.entity.CorrectionRefusal;
import org.cardhub.corrections.entity.Proposal;
import org.cardhub.corrections.entity.ProposalStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections and reversals under four eyes on the real database (PostgreSQL in CI): below the threshold (5 000,00 ₽,
 * V34) a proposal posts at once; from it on it waits for a second back-office person — the proposer is refused — and
 * posts once however many approvals come at the same moment; a rejection moves nothing; bad input writes nothing.
 * {@link BackOffice} proposes (principal {@code backoffice}), {@link AsOtherBackOffice} is the second pair of eyes.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionsFourEyesIT {

    private static final int APPROVERS = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsOtherBackOffice otherBackOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    CorrectionDesk desk;

    @EJB
    Payments payments;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void belowTheThresholdTheProposalPostsAtOnceWithItsAuditTrail() throws SQLException {
        Card card = cardWith("1000.00");
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));

        Proposal proposal = backOffice.call(() -> desk.proposeCorrection(number, null, rub("4999.99"), "Ошибка кассира"));

        assertThat(proposal.status()).isEqualTo(ProposalStatus.POSTED);
        assertThat(proposal.decidedBy()).isEqualTo(proposal.proposedBy());
        assertThat(proposal.entryId()).isNotNull();
        assertThat(balance(card)).isEqualTo(5999_99);
        assertThat(actions(proposal)).containsExactly("correction.propose", "correction.post");
    }

    @Test
    void fromTheThresholdItWaitsTheProposerIsRefusedAndASecondPersonPostsIt() throws SQLException {
        Card card = cardWith("1000.00");
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));

        Proposal proposal = backOffice.call(() -> desk.proposeCorrection(number, null, rub("5000.00"), "Возврат за сбой терминала"));
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(balance(card)).isEqualTo(1000_00);

        Throwable ownApproval = Thrown.by(() -> backOffice.call(() -> desk.approve(proposal.id())));
        assertThat(ownApproval).isInstanceOf(CorrectionRefusal.class);
        assertThat(((CorrectionRefusal) ownApproval).code()).isEqualTo(CorrectionRefusal.Code.OWN_PROPOSAL);
        assertThat(balance(card)).isEqualTo(1000_00);
        assertThat(backOffice.call(() -> desk.find(proposal.id())).orElseThrow().status()).isEqualTo(ProposalStatus.PENDING);

        Proposal approved = otherBackOffice.call(() -> desk.approve(proposal.id()));

        assertThat(approved.status()).isEqualTo(ProposalStatus.POSTED);
        assertThat(approved.proposedBy()).isEqualTo("backoffice");
        assertThat(approved.decidedBy()).isEqualTo("admin2");
        assertThat(approved.decidedAt()).isAfterOrEqualTo(approved.proposedAt());
        assertThat(balance(card)).isEqualTo(6000_00);
        assertThat(actions(proposal)).containsExactly("correction.propose", "correction.approve", "correction.post");
        Throwable again = Thrown.by(() -> otherBackOffice.call(() -> desk.approve(proposal.id())));
        assertThat(((CorrectionRefusal) again).code()).isEqualTo(CorrectionRefusal.Code.ALREADY_DECIDED);
        assertThat(balance(card)).isEqualTo(6000_00);
    }

    @Test
    void manyApprovalsAtTheSameMomentPostOnce() throws Exception {
        Card card = cardWith("100.00");
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));
        Proposal proposal = backOffice.call(() -> desk.proposeCorrection(number, null, rub("7000.00"), "Зачисление по претензии"));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Proposal>> approvals = new ArrayList<>();
        for (int i = 0; i < APPROVERS; i++) {
            approvals.add(executor.submit(() -> {
                start.await();
                return otherBackOffice.call(() -> desk.approve(proposal.id()));
            }));
        }
        start.countDown();
        int posted = 0;
        for (Future<Proposal> approval : approvals) {
            try {
                assertThat(approval.get(120, TimeUnit.SECONDS).status()).isEqualTo(ProposalStatus.POSTED);
                posted++;
            } catch (ExecutionException refused) {
                // the others find it decided (PostgreSQL waits for the first's row lock and then sees its decision)
            }
        }

        assertThat(posted).as("approvals that posted").isEqualTo(1);
        assertThat(balance(card)).isEqualTo(7100_00);
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'CORRECTION'", card.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM idempotency_record WHERE scope = 'corrections' AND idem_key = ?",
                "proposal-" + proposal.id())).isEqualTo(1);
        assertThat(actions(proposal)).containsExactly("correction.propose", "correction.approve", "correction.post");
    }

    @Test
    void aRejectedProposalMovesNothingAndCannotBeApprovedAfterwards() throws SQLException {
        Card card = cardWith("100.00");
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));
        Proposal proposal = backOffice.call(() -> desk.proposeCorrection(number, null, rub("-9000.00"), "Списание ошибочного зачисления"));

        Proposal rejected = otherBackOffice.call(() -> desk.reject(proposal.id(), "Нет подтверждающих документов"));

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Нет подтверждающих документов");
        Throwable late = Thrown.by(() -> otherBackOffice.call(() -> desk.approve(proposal.id())));
        assertThat(((CorrectionRefusal) late).code()).isEqualTo(CorrectionRefusal.Code.ALREADY_DECIDED);
        assertThat(balance(card)).isEqualTo(100_00);
        assertThat(actions(proposal)).containsExactly("correction.propose", "correction.reject");
    }

    @Test
    void aReversalOfAnOperationByItsKeyBooksItBack() throws SQLException {
        Card card = cardWith("300.00");
        OperationKey topUp = Fixtures.key("fixture");
        assertThat(backOffice.call(() -> payments.topUp(topUp, PurseRef.ofCard(CardRef.id(card.id())), rub("200.00"),
                TopUpChannel.BANK_CARD, "fixture")).isApproved()).isTrue();

        Proposal reversal = backOffice.call(() -> desk.proposeReversal(topUp.scope(), topUp.key(), "Платёж отозван банком"));

        assertThat(reversal.status()).isEqualTo(ProposalStatus.POSTED);
        assertThat(reversal.amount()).isEqualTo(rub("200.00"));
        assertThat(balance(card)).isEqualTo(300_00);
    }

    @Test
    void badInputIsRefusedWithItsCodeAndWritesNothing() throws SQLException {
        Card card = cardWith("100.00");
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));
        String unknown = CardNumber.generate("99999999", ThreadLocalRandom.current().nextLong(1, 9_999_999)).digits();
        long proposals = count("SELECT COUNT(*) FROM correction_proposal");
        long audits = count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CORRECTION'");

        assertThat(refusal(() -> desk.proposeCorrection(number, null, rub("0.00"), "Причина"))).isEqualTo(CorrectionRefusal.Code.AMOUNT_ZERO);
        assertThat(refusal(() -> desk.proposeCorrection(number, null, rub("10.00"), "  "))).isEqualTo(CorrectionRefusal.Code.REASON_REQUIRED);
        assertThat(refusal(() -> desk.proposeCorrection(number, null, rub("10.00"), null))).isEqualTo(CorrectionRefusal.Code.REASON_REQUIRED);
        assertThat(refusal(() -> desk.proposeCorrection(unknown, null, rub("10.00"), "Причина"))).isEqualTo(CorrectionRefusal.Code.CARD_UNKNOWN);
        assertThat(refusal(() -> desk.proposeCorrection("12345", null, rub("10.00"), "Причина"))).isEqualTo(CorrectionRefusal.Code.CARD_UNKNOWN);
        assertThat(refusal(() -> desk.proposeCorrection(null, "NO-SUCH-CONTRACT", rub("10.00"), "Причина")))
                .isEqualTo(CorrectionRefusal.Code.CONTRACT_UNKNOWN);
        assertThat(refusal(() -> desk.proposeCorrection(null, null, rub("10.00"), "Причина"))).isEqualTo(CorrectionRefusal.Code.TARGET_REQUIRED);
        assertThat(refusal(() -> desk.proposeReversal("fixture", "no-such-operation", "Причина")))
                .isEqualTo(CorrectionRefusal.Code.OPERATION_UNKNOWN);
        assertThat(refusal(() -> desk.approve(Long.MAX_VALUE))).isEqualTo(CorrectionRefusal.Code.PROPOSAL_UNKNOWN);

        assertThat(count("SELECT COUNT(*) FROM correction_proposal")).isEqualTo(proposals);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CORRECTION'")).isEqualTo(audits);
        assertThat(balance(card)).isEqualTo(100_00);
    }

    private CorrectionRefusal.Code refusal(java.util.concurrent.Callable<Proposal> call) {
        Throwable thrown = Thrown.by(() -> backOffice.call(call));
        assertThat(thrown).isInstanceOf(CorrectionRefusal.class);
        return ((CorrectionRefusal) thrown).code();
    }

    private Card cardWith(String amount) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 1)).get(0);
        assertThat(backOffice.call(() -> fixtures.topUpCard(card.id(), amount)).isApproved()).isTrue();
        return card;
    }

    private long balance(Card card) throws SQLException {
        return count("SELECT balance_minor FROM account WHERE card_id = ? AND purpose = 'MAIN' AND currency = 'RUB'", card.id());
    }

    private List<String> actions(Proposal proposal) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT action FROM audit_event "
                     + "WHERE subject_type = 'CORRECTION' AND subject_id = ? ORDER BY id")) {
            statement.setString(1, Long.toString(proposal.id()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
