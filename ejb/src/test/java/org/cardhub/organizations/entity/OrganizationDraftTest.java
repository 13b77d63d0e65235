package org.cardhub.organizations.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation as the back office types it: every problem named at its field, and an amendment's old → new. */
class OrganizationDraftTest {

    private static OrganizationDraft company(String kpp, String bik, String account, String zone) {
        return new OrganizationDraft(OrganizationForm.LEGAL_ENTITY, " ООО  «Северный транспорт» ", "7712345671", kpp,
                "1027700123450", bik, account, zone);
    }

    private static OrganizationDraft.Problem problem(OrganizationDraft.Field field, String reason) {
        return new OrganizationDraft.Problem(field, reason);
    }

    @Test
    void aCompanyWithValidRequisitesHasNoProblemsAndItsNameTidied() {
        OrganizationDraft draft = company("771201001", "044525225", "40702810938000012345", "Europe/Moscow");
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.organizationName()).isEqualTo("ООО «Северный транспорт»");
        assertThat(draft.requisites().kpp().value()).isEqualTo("771201001");
        assertThat(draft.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aBadKppIsSaidAtTheKpp() {
        assertThat(company("77120100", null, null, "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.KPP, "KPP_FORMAT"));
        assertThat(company("7712o1001", null, null, "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.KPP, "KPP_FORMAT"));
        assertThat(company(" ", null, null, "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.KPP, "KPP_MISSING"));
    }

    @Test
    void aBankAccountIsOptionalButGoesWithItsBikAndItsKey() {
        assertThat(company("771201001", "044525225", null, "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.ACCOUNT, "ACCOUNT_REQUIRED"));
        assertThat(company("771201001", null, "40702810938000012345", "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.BIK, "BIK_REQUIRED"));
        assertThat(company("771201001", "044525225", "40702810938000012346", "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.ACCOUNT, "ACCOUNT_KEY"));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        OrganizationDraft draft = new OrganizationDraft(OrganizationForm.LEGAL_ENTITY, " ", "7712345672", "1", "",
                null, null, "Mars/Olympus");
        assertThat(draft.problems()).containsExactlyInAnyOrder(problem(OrganizationDraft.Field.NAME, "NAME_REQUIRED"),
                problem(OrganizationDraft.Field.INN, "INN_CHECKSUM"), problem(OrganizationDraft.Field.KPP, "KPP_FORMAT"),
                problem(OrganizationDraft.Field.OGRN, "OGRN_MISSING"),
                problem(OrganizationDraft.Field.TIME_ZONE, "TIME_ZONE_UNKNOWN"));
        assertThat(new OrganizationDraft(null, "X", null, null, null, null, null, "Europe/Moscow").problems())
                .containsExactly(problem(OrganizationDraft.Field.FORM, "FORM_REQUIRED"));
    }

    @Test
    void whatAFormHasNoneOfIsRefusedAtItsField() {
        OrganizationDraft entrepreneur = new OrganizationDraft(OrganizationForm.INDIVIDUAL_ENTREPRENEUR, "ИП Петров",
                "500100732259", "771201001", "304500116000157", null, null, "Europe/Samara");
        assertThat(entrepreneur.problems()).containsExactly(problem(OrganizationDraft.Field.KPP, "KPP_NOT_APPLICABLE"));
        OrganizationDraft withCompanyInn = new OrganizationDraft(OrganizationForm.INDIVIDUAL_ENTREPRENEUR, "ИП Петров",
                "7712345671", null, "304500116000157", null, null, "Europe/Samara");
        assertThat(withCompanyInn.problems()).containsExactly(problem(OrganizationDraft.Field.INN, "INN_OF_PERSON_EXPECTED"));
    }

    @Test
    void anAmendmentSaysWhatChangedOldToNew() {
        Organization organization = new Organization(company("771201001", null, null, "Europe/Moscow").requisites(),
                "ООО «Северный транспорт»", ZoneId.of("Europe/Moscow"), Instant.EPOCH);
        OrganizationDraft changed = company("771201002", "044525225", "40702810938000012345", "Asia/Omsk");

        assertThat(organization.amend(changed.requisites(), changed.organizationName(), changed.zone())).containsExactly(
                "KPP 771201001 → 771201002", "BIK — → 044525225", "account — → 40702810938000012345",
                "time zone Europe/Moscow → Asia/Omsk");
        assertThat(organization.kpp()).isEqualTo("771201002");
        assertThat(organization.timeZone()).isEqualTo(ZoneId.of("Asia/Omsk"));
        assertThat(organization.amend(changed.requisites(), changed.organizationName(), changed.zone())).isEmpty();
    }
}
