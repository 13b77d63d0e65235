package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.audit.boundary.AuditTrail;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.corrections.boundary.CorrectionDesk;
import org.cardhub.corrections.entity.Proposal;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.operations.boundary.LedgerWatch;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.partners.boundary.PartnerDesk;
import org.cardhub.payments.boundary.OfflineReviews;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.registry.boundary.CardRegistry;
import org.cardhub.registry.boundary.ContractRegistry;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.webhooks.boundary.WebhookDesk;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's tasks of issue 23 × everyone who is not back office: a parent, a pupil, a teacher, a director, a
 * canteen supplier, a company's fleet manager and an applicant each try every task on the same card, contract,
 * organisation and pending correction; every cell is refused by role, and afterwards the card, the contract, the
 * organisation, the proposal and the audit trail are exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB BackOffice backOffice;
    @EJB AsParent parent;
    @EJB AsPupil pupil;
    @EJB AsTeacher teacher;
    @EJB AsDirector director;
    @EJB AsCanteen canteen;
    @EJB AsFleetManager fleetManager;
    @EJB AsApplicant applicant;
    @EJB Fixtures fixtures;
    @EJB Organizations organizations;
    @EJB CardRegistry cards;
    @EJB ContractRegistry contracts;
    @EJB CorrectionDesk corrections;
    @EJB OfflineReviews offlineReviews;
    @EJB AuditTrail audit;
    @EJB PartnerDesk partners;
    @EJB WebhookDesk webhooks;
    @EJB LedgerWatch ledger;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void nobodyButTheBackOfficeReachesItsTasksAndARefusedTaskChangesNothing() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 1)).get(0);
        String number = backOffice.call(() -> fixtures.numberOf(card.id()));
        Proposal pending = backOffice.call(() -> corrections.proposeCorrection(number, null,
                Amount.parse("9000.00", Currency.RUB), "Проверка доступа"));
        String before = state(company, contract.id(), card.id(), pending.id());

        assertThat(before).as("the objects exist").doesNotContain("none");
        Map<String, Callable<Object>> tasks = new LinkedHashMap<>();
        tasks.put("find cards", () -> cards.page(CardQuery.of(number), 0, 10));
        tasks.put("reveal a card's number", () -> cards.revealNumber(card.id()));
        tasks.put("block a card", () -> cards.block(card.id(), BlockReason.TEMPORARY, "чужая карта"));
        tasks.put("list contracts", () -> contracts.page(ContractFilter.NONE, 0, 10));
        tasks.put("suspend a contract", () -> contracts.move(contract.id(), ContractStatus.SUSPENDED, "чужой договор"));
        tasks.put("search organisations", () -> organizations.page("", 0, 10));
        tasks.put("amend an organisation", () -> organizations.amend(company, new OrganizationDraft(null, "Чужая",
                null, null, null, null, null, "Europe/Moscow")));
        tasks.put("propose a correction", () -> corrections.proposeCorrection(number, null,
                Amount.parse("1.00", Currency.RUB), "чужая коррекция"));
        tasks.put("approve a correction", () -> corrections.approve(pending.id()));
        tasks.put("reject a correction", () -> corrections.reject(pending.id(), "чужое решение"));
        tasks.put("list offline purchases", () -> offlineReviews.page(OfflineReviewFilter.OPEN, 0, 10));
        tasks.put("charge back an offline purchase", () -> offlineReviews.chargeBack(1L, "чужое решение"));
        tasks.put("read the audit log", () -> audit.page(AuditQuery.EVERYTHING, 0, 10));
        tasks.put("export the audit log", () -> audit.export(AuditQuery.EVERYTHING));
        tasks.put("list partners", () -> partners.partners());
        tasks.put("rotate a partner's secret", () -> partners.rotateSecret("agent-other"));
        tasks.put("list webhook endpoints", () -> webhooks.endpoints(0, 10));
        tasks.put("re-drive webhooks", () -> webhooks.redriveDead(1L));
        tasks.put("run the ledger check", () -> ledger.runNow());

        Map<String, Person> people = new LinkedHashMap<>();
        people.put("parent", parent::call);
        people.put("pupil", pupil::call);
        people.put("teacher", teacher::call);
        people.put("director", director::call);
        people.put("canteen", canteen::call);
        people.put("fleet manager", fleetManager::call);
        people.put("applicant", applicant::call);

        List<String> reached = new ArrayList<>();
        people.forEach((who, person) -> tasks.forEach((what, task) -> {
            Throwable refusal = Thrown.by(() -> person.call(task));
            if (!(refusal instanceof EJBAccessException)) {
                reached.add(who + " × " + what + ": " + refusal);
            }
        }));

        assertThat(reached).as("cells not refused by role").isEmpty();
        assertThat(state(company, contract.id(), card.id(), pending.id())).isEqualTo(before);
    }

    /** The objects' state and their audit trail, as one comparable line. */
    private String state(long company, long contract, long card, long proposal) throws SQLException {
        return row("SELECT name || '|' || COALESCE(kpp, '') FROM organization WHERE id = ?", company)
                + " / " + row("SELECT status FROM contract WHERE id = ?", contract)
                + " / " + row("SELECT status FROM card WHERE id = ?", card)
                + " / " + row("SELECT status FROM correction_proposal WHERE id = ?", proposal)
                + " / " + row("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'ORGANIZATION' AND subject_id = CAST(? AS VARCHAR(64))", company)
                + " / " + row("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CONTRACT' AND subject_id = CAST(? AS VARCHAR(64))", contract)
                + " / " + row("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CARD' AND subject_id = CAST(? AS VARCHAR(64))", card)
                + " / " + row("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CORRECTION' AND subject_id = CAST(? AS VARCHAR(64))", proposal)
                + " / " + row("SELECT COUNT(*) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.contract_id = ?", contract)
                + " / " + row("SELECT COUNT(*) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.card_id = ?", card);
    }

    private String row(String sql, Long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setLong(1, id);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : "none";
            }
        }
    }

    @FunctionalInterface
    private interface Person {
        Object call(Callable<Object> task) throws Exception;
    }
}
