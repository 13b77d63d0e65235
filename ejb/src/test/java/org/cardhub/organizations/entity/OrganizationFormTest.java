package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.organizations.entity.OrganizationForm.INDIVIDUAL_ENTREPRENEUR;
import static org.cardhub.organizations.entity.OrganizationForm.LAWYER_OFFICE;
import static org.cardhub.organizations.entity.OrganizationForm.LEGAL_ENTITY;
import static org.cardhub.organizations.entity.RequisiteProblem.INN_MISSING;
import static org.cardhub.organizations.entity.RequisiteProblem.INN_OF_ORGANISATION_EXPECTED;
import static org.cardhub.organizations.entity.RequisiteProblem.INN_OF_PERSON_EXPECTED;
import static org.cardhub.organizations.entity.RequisiteProblem.KPP_MISSING;
import static org.cardhub.organizations.entity.RequisiteProblem.KPP_NOT_APPLICABLE;
import static org.cardhub.organizations.entity.RequisiteProblem.OGRNIP_MISSING;
import static org.cardhub.organizations.entity.RequisiteProblem.OGRNIP_NOT_APPLICABLE;
import static org.cardhub.organizations.entity.RequisiteProblem.OGRN_MISSING;
import static org.cardhub.organizations.entity.RequisiteProblem.OGRN_NOT_APPLICABLE;

import org.junit.jupiter.api.Test;

class OrganizationFormTest {

    private static final Inn SBERBANK_INN = Inn.of("7707083893");
    private static final Kpp SBERBANK_KPP = Kpp.of("773601001");
    private static final Ogrn SBERBANK_OGRN = Ogrn.of("1027700132195");
    private static final Inn PERSON_INN = Inn.of("500100732259");
    private static final Ogrnip OGRNIP = Ogrnip.of("304500116000157");

    @Test
    void legalEntityNeedsTenDigitInnKppAndOgrn() {
        assertThat(LEGAL_ENTITY.problems(SBERBANK_INN, SBERBANK_KPP, SBERBANK_OGRN, null)).isEmpty();
        assertThatCode(() -> LEGAL_ENTITY.validate(SBERBANK_INN, SBERBANK_KPP, SBERBANK_OGRN, null))
                .doesNotThrowAnyException();
        assertThat(LEGAL_ENTITY.needsKpp()).isTrue();
        assertThat(LEGAL_ENTITY.needsOgrn()).isTrue();
        assertThat(LEGAL_ENTITY.needsOgrnip()).isFalse();
    }

    @Test
    void legalEntityReportsEverythingMissing() {
        assertThat(LEGAL_ENTITY.problems(null, null, null, null)).containsExactly(INN_MISSING, KPP_MISSING, OGRN_MISSING);
        assertThat(LEGAL_ENTITY.problems(SBERBANK_INN, null, null, null)).containsExactly(KPP_MISSING, OGRN_MISSING);
    }

    @Test
    void legalEntityRefusesAPersonsInnAndAnOgrnip() {
        assertThat(LEGAL_ENTITY.problems(PERSON_INN, SBERBANK_KPP, SBERBANK_OGRN, OGRNIP))
                .containsExactly(INN_OF_ORGANISATION_EXPECTED, OGRNIP_NOT_APPLICABLE);
    }

    @Test
    void individualEntrepreneurNeedsTwelveDigitInnAndOgrnip() {
        assertThat(INDIVIDUAL_ENTREPRENEUR.problems(PERSON_INN, null, null, OGRNIP)).isEmpty();
        assertThat(INDIVIDUAL_ENTREPRENEUR.problems(PERSON_INN, null, null, null)).containsExactly(OGRNIP_MISSING);
        assertThat(INDIVIDUAL_ENTREPRENEUR.problems(SBERBANK_INN, SBERBANK_KPP, SBERBANK_OGRN, null))
                .containsExactly(INN_OF_PERSON_EXPECTED, KPP_NOT_APPLICABLE, OGRN_NOT_APPLICABLE, OGRNIP_MISSING);
    }

    @Test
    void lawyersOfficeGivesOnlyTheLawyersInn() {
        assertThat(LAWYER_OFFICE.problems(PERSON_INN, null, null, null)).isEmpty();
        assertThat(LAWYER_OFFICE.problems(null, null, null, null)).containsExactly(INN_MISSING);
        assertThat(LAWYER_OFFICE.problems(SBERBANK_INN, SBERBANK_KPP, SBERBANK_OGRN, OGRNIP))
                .containsExactly(INN_OF_PERSON_EXPECTED, KPP_NOT_APPLICABLE, OGRN_NOT_APPLICABLE, OGRNIP_NOT_APPLICABLE);
    }

    @Test
    void validateExplainsEveryProblemUnderOneStableCode() {
        assertThatThrownBy(() -> LEGAL_ENTITY.validate(SBERBANK_INN, null, null, null))
                .isInstanceOfSatisfying(InvalidRequisiteException.class, e -> assertThat(e.code())
                        .isEqualTo(InvalidRequisiteException.Code.FORM_REQUISITES))
                .hasMessage("Legal entity: KPP is missing; OGRN is missing");
        assertThatThrownBy(() -> INDIVIDUAL_ENTREPRENEUR.validate(PERSON_INN, SBERBANK_KPP, null, null))
                .hasMessage("Individual entrepreneur: KPP does not apply; OGRNIP is missing");
    }
}
