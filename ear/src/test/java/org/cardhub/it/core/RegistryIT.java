package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.organizations.entity.OrganizationRefusal;
import org.cardhub.refusal.Refusal;
import org.cardhub.registry.boundary.CardRegistry;
import org.cardhub.registry.boundary.ContractRegistry;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.CardRow;
import org.cardhub.registry.entity.CardSheet;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.registry.entity.ContractSheet;
import org.cardhub.registry.entity.RegistryRefusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's registry through the real boundaries on the real database (PostgreSQL in CI): organisations found by
 * name and INN and amended with old → new in the audit trail; cards found by full number (through the keyed hash), last
 * four, barcode, school contract number and holder's name; contracts and cards moved along their lifecycle with who and
 * why; the full number opened and recorded as shown, never written down; and every bad input refused with nothing
 * written. Nobody but the back office reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB BackOffice backOffice;
    @EJB AsFleetManager fleet;
    @EJB Fixtures fixtures;
    @EJB Organizations organizations;
    @EJB Contracts contracts;
    @EJB Cards cards;
    @EJB CardRegistry cardRegistry;
    @EJB ContractRegistry contractRegistry;
    @EJB AuditLog audit;

    @Test
    void anOrganisationIsFoundByNameAndInnAndAmendedWithOldToNewWhileABadKppWritesNothing() {
        long id = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Organization before = backOffice.call(() -> organizations.find(id).orElseThrow());
        String kpp = before.kpp();

        assertThat(backOffice.call(() -> organizations.page("тест " + kpp, 0, 20))).extracting(Organization::id).contains(id);
        assertThat(backOffice.call(() -> organizations.count("ТЕСТ " + kpp))).isEqualTo(1);
        assertThat(backOffice.call(() -> organizations.count("7707083893"))).isPositive();
        assertThat(backOffice.call(() -> organizations.page("770708", 0, 50))).allMatch(o -> o.inn().startsWith("770708"));

        Throwable badKpp = Thrown.by(() -> backOffice.call(() -> organizations.amend(id, draft("ООО «Исправлено»", "77AB"))));
        assertThat(badKpp).isInstanceOfSatisfying(OrganizationRefusal.class, refused -> assertThat(refused.problems())
                .containsExactly(new OrganizationDraft.Problem(OrganizationDraft.Field.KPP, "KPP_FORMAT")));
        Organization unchanged = backOffice.call(() -> organizations.find(id).orElseThrow());
        assertThat(unchanged.name()).isEqualTo(before.name());
        assertThat(unchanged.kpp()).isEqualTo(kpp);
        assertThat(actions(AuditSubject.ORGANIZATION, id)).doesNotContain("organization.amend");

        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        String taken = backOffice.call(() -> organizations.find(other).orElseThrow()).kpp();
        assertThat(Thrown.by(() -> backOffice.call(() -> organizations.amend(id, draft("ООО «Двойник»", taken)))))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.code())
                        .isEqualTo(OrganizationRefusal.Code.INN_KPP_TAKEN));

        String fresh = Fixtures.newKpp();
        Organization amended = backOffice.call(() -> organizations.amend(id, draft("ООО «Исправлено " + fresh + "»", fresh)));
        assertThat(amended.kpp()).isEqualTo(fresh);
        List<AuditEvent> amendments = backOffice.call(() -> audit.of(AuditSubject.ORGANIZATION, id)).stream()
                .filter(event -> event.action().equals("organization.amend")).toList();
        assertThat(amendments).hasSize(1);
        assertThat(amendments.get(0).details()).contains("KPP " + kpp + " → " + fresh, "name " + before.name() + " → ООО «Исправлено");
        assertThat(amendments.get(0).actor()).isEqualTo("backoffice");

        Throwable notStaff = Thrown.by(() -> fleet.call(() -> organizations.amend(id, draft("ООО «Чужое»", fresh))));
        assertThat(notStaff).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCardIsFoundByEachOfItsKeysAndItsFullNumberIsNeverWrittenDown() {
        String unique = "Регистров" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> activeCard(contract.id(), HolderKind.PUPIL, unique + " Иван"));
        String pan = backOffice.call(() -> fixtures.numberOf(pupil.id()));

        assertThat(found(CardQuery.of(pan))).extracting(CardRow::id).containsExactly(pupil.id());
        assertThat(found(CardQuery.of(pan.replaceAll("(\\d{4})(?=\\d)", "$1 ")))).extracting(CardRow::id).containsExactly(pupil.id());
        assertThat(found(CardQuery.of(pupil.barcode()))).extracting(CardRow::id).containsExactly(pupil.id());
        assertThat(found(CardQuery.of(pupil.schoolContractNumber()))).extracting(CardRow::id).containsExactly(pupil.id());
        assertThat(found(CardQuery.of(unique.toLowerCase()))).extracting(CardRow::id).containsExactly(pupil.id());
        CardQuery lastFour = CardQuery.of(pan.substring(pan.length() - 4));
        List<CardRow> sameEnd = allFound(lastFour);
        assertThat(sameEnd).extracting(CardRow::id).contains(pupil.id());
        assertThat(sameEnd).allMatch(row -> row.panMasked().endsWith(pan.substring(pan.length() - 4)));

        CardSheet sheet = backOffice.call(() -> cardRegistry.sheet(pupil.id()));
        assertThat(sheet.panMasked()).isEqualTo(pupil.panMasked()).doesNotContain(pan);
        assertThat(sheet.contractNumber()).isEqualTo(contract.number());
        assertThat(sheet.purses()).isNotEmpty();

        assertThat(backOffice.call(() -> cardRegistry.revealNumber(pupil.id())).digits()).isEqualTo(pan);
        List<AuditEvent> trail = backOffice.call(() -> audit.of(AuditSubject.CARD, pupil.id()));
        assertThat(trail).filteredOn(event -> event.action().equals("card.pan.revealed")).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("backoffice"));
        assertThat(trail).allSatisfy(event -> assertThat(String.valueOf(event.details())).doesNotContain(pan));

        assertThat(Thrown.by(() -> fleet.call(() -> cardRegistry.count(CardQuery.of(pan))))).isInstanceOf(EJBAccessException.class);
        assertThat(Thrown.by(() -> fleet.call(() -> cardRegistry.revealNumber(pupil.id())))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aContractMovesAlongItsLifecycleWithAReasonAndWithoutOneNothingIsWritten() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        ContractSheet before = backOffice.call(() -> contractRegistry.sheet(contract.id()));
        assertThat(before.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(before.nextStatuses()).containsExactly(ContractStatus.SUSPENDED, ContractStatus.CLOSED);
        assertThat(before.organizationId()).isEqualTo(company);
        assertThat(before.accounts()).isNotEmpty();
        assertThat(backOffice.call(() -> contractRegistry.page(new ContractFilter(company, null, null, null), 0, 10)))
                .extracting(row -> row.number()).containsExactly(contract.number());

        assertRefused(() -> contractRegistry.move(contract.id(), ContractStatus.SUSPENDED, "   "), RegistryRefusal.Code.REASON_REQUIRED);
        assertRefused(() -> contractRegistry.move(contract.id(), ContractStatus.APPLICATION, "назад"),
                RegistryRefusal.Code.TRANSITION_NOT_OFFERED);
        ContractSheet unchanged = backOffice.call(() -> contractRegistry.sheet(contract.id()));
        assertThat(unchanged.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(unchanged.history()).hasSameSizeAs(before.history());

        ContractSheet suspended = backOffice.call(() -> contractRegistry.move(contract.id(), ContractStatus.SUSPENDED, " Долг по оплате "));
        assertThat(suspended.status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(suspended.history().get(0)).satisfies(step -> {
            assertThat(step.from()).isEqualTo("ACTIVE");
            assertThat(step.to()).isEqualTo("SUSPENDED");
            assertThat(step.reason()).isEqualTo("Долг по оплате");
            assertThat(step.actor()).isEqualTo("backoffice");
        });
        assertThat(suspended.nextStatuses()).containsExactly(ContractStatus.ACTIVE, ContractStatus.CLOSED);
        assertThat(backOffice.call(() -> contractRegistry.move(contract.id(), ContractStatus.ACTIVE, "Оплачено")).status())
                .isEqualTo(ContractStatus.ACTIVE);
        assertThat(Thrown.by(() -> fleet.call(() -> contractRegistry.sheet(contract.id())))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCardIsBlockedAndUnblockedWithAReasonAndWithoutOneNothingIsWritten() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> activeCard(contract.id(), HolderKind.VEHICLE, "Лада Веста"));
        int steps = backOffice.call(() -> cardRegistry.sheet(card.id())).history().size();

        assertRefused(() -> cardRegistry.block(card.id(), BlockReason.TEMPORARY, ""), RegistryRefusal.Code.REASON_REQUIRED);
        assertRefused(() -> cardRegistry.block(card.id(), BlockReason.TEMPORARY, "x".repeat(401)), RegistryRefusal.Code.REASON_TOO_LONG);
        CardSheet untouched = backOffice.call(() -> cardRegistry.sheet(card.id()));
        assertThat(untouched.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(untouched.history()).hasSize(steps);

        CardSheet blocked = backOffice.call(() -> cardRegistry.block(card.id(), BlockReason.TEMPORARY, "Клиент просит"));
        assertThat(blocked.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(blocked.history().get(0).reason()).isEqualTo("TEMPORARY: Клиент просит");
        assertThat(blocked.history().get(0).actor()).isEqualTo("backoffice");
        assertThat(blocked.mayBeUnblocked()).isTrue();

        assertRefused(() -> cardRegistry.unblock(card.id(), null), RegistryRefusal.Code.REASON_REQUIRED);
        assertThat(backOffice.call(() -> cardRegistry.sheet(card.id())).status()).isEqualTo(CardStatus.BLOCKED);
        CardSheet unblocked = backOffice.call(() -> cardRegistry.unblock(card.id(), "Карта нашлась"));
        assertThat(unblocked.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(unblocked.history().get(0).reason()).isEqualTo("Карта нашлась");
        assertThat(unblocked.history().get(0).from()).isEqualTo("BLOCKED");

        assertRefused(() -> cardRegistry.sheet(Long.MAX_VALUE), RegistryRefusal.Code.UNKNOWN_CARD);
        assertThat(Thrown.by(() -> fleet.call(() -> cardRegistry.block(card.id(), BlockReason.TEMPORARY, "чужая"))))
                .isInstanceOf(EJBAccessException.class);
    }

    private Card activeCard(long contractId, HolderKind kind, String holder) {
        Card card = cards.order(contractId, CardForm.PLASTIC, new Card.Holder(kind, holder, null)).card();
        cards.issue(card.id());
        return cards.activate(card.id());
    }

    private List<CardRow> found(CardQuery query) {
        return backOffice.call(() -> cardRegistry.page(query, 0, 20));
    }

    private List<CardRow> allFound(CardQuery query) {
        long count = backOffice.call(() -> cardRegistry.count(query));
        List<CardRow> all = new ArrayList<>();
        for (int first = 0; first < count; first += 100) {
            int from = first;
            all.addAll(backOffice.call(() -> cardRegistry.page(query, from, 100)));
        }
        return all;
    }

    private List<String> actions(AuditSubject subject, long id) {
        return backOffice.call(() -> audit.of(subject, id)).stream().map(AuditEvent::action).toList();
    }

    private void assertRefused(java.util.concurrent.Callable<?> action, Enum<?> code) {
        assertThat(Thrown.by(() -> backOffice.call(action))).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    private static OrganizationDraft draft(String name, String kpp) {
        return new OrganizationDraft(OrganizationForm.LEGAL_ENTITY, name, "7707083893", kpp, "1027700132195", "044525225",
                "30101810400000000225", "Europe/Moscow");
    }
}
