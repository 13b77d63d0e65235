package org.cardhub.onboarding.entity;

import org.cardhub.organizations.entity.OrganizationForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cardhub.onboarding.entity.ApplicationField.ACCOUNT;
import static org.cardhub.onboarding.entity.ApplicationField.BIK;
import static org.cardhub.onboarding.entity.ApplicationField.CARD_COUNT;
import static org.cardhub.onboarding.entity.ApplicationField.INN;
import static org.cardhub.onboarding.entity.ApplicationField.KPP;
import static org.cardhub.onboarding.entity.ApplicationField.NAME;
import static org.cardhub.onboarding.entity.ApplicationField.OGRN;
import static org.cardhub.onboarding.entity.ApplicationField.OPTION;
import static org.cardhub.onboarding.entity.ApplicationField.STATIONS;
import static org.cardhub.onboarding.entity.ApplicationField.TARIFF;
import static org.cardhub.onboarding.entity.ApplicationField.TIME_ZONE;
import static org.cardhub.onboarding.entity.Drafts.TERMS;
import static org.cardhub.onboarding.entity.Drafts.from;

/** What an applicant types, checked field by field: each problem at its input, all of them at once. */
class ApplicationDraftTest {

    private static List<ApplicationProblem> problems(Drafts.Builder draft) {
        return draft.build().problems(TERMS);
    }

    private static ApplicationProblem at(ApplicationField field, String reason) {
        return new ApplicationProblem(field, reason);
    }

    @Test
    void aLegalEntityAnEntrepreneurAndALawyersOfficeWithTheirOwnRequisitesHaveNoProblem() {
        assertThat(Drafts.LEGAL_ENTITY.problems(TERMS)).isEmpty();
        assertThat(Drafts.ENTREPRENEUR.problems(TERMS)).isEmpty();
        assertThat(Drafts.LAWYER.problems(TERMS)).isEmpty();
    }

    @Test
    void aValidDraftResolvesItsTariffRowAndStations() {
        assertThat(Drafts.ENTREPRENEUR.tariffCode()).isEqualTo("TRANSIT_OPTIMAL_PLUS");
        assertThat(Drafts.LAWYER.tariffCode()).isEqualTo("REGIONAL_PLUS");
        assertThat(from(Drafts.LAWYER).stations(" AZS-17", "AZS-23 ", "AZS-31").build().chosenStations(TERMS))
                .containsExactly("AZS-17", "AZS-23", "AZS-31");
        assertThat(Drafts.LEGAL_ENTITY.requisites().kpp().value()).isEqualTo("773601001");
    }

    @ParameterizedTest
    @CsvSource({
            "7707083894, INN_CHECKSUM",
            "770708389, INN_LENGTH",
            "77070838a3, INN_FORMAT",
            "500100732259, INN_OF_ORGANISATION_EXPECTED"})
    void aWrongInnIsSaidAtTheInn(String inn, String reason) {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).inn(inn))).containsExactly(at(INN, reason));
    }

    @Test
    void everyWrongRequisiteIsSaidAtOnceEachAtItsOwnField() {
        List<ApplicationProblem> problems = problems(from(Drafts.LEGAL_ENTITY).name("  ").inn("").kpp("77360100")
                .ogrn("1027700132196").bik("0445252250").account("4070281093800001234"));

        assertThat(problems).containsExactly(at(NAME, "NAME_REQUIRED"), at(INN, "INN_MISSING"), at(KPP, "KPP_FORMAT"),
                at(OGRN, "OGRN_CHECKSUM"), at(BIK, "BIK_FORMAT"), at(ACCOUNT, "ACCOUNT_FORMAT"));
    }

    @Test
    void theFormDecidesWhichRequisitesApplyAndWhatIsMissing() {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).kpp(null).ogrn(" ")))
                .containsExactly(at(KPP, "KPP_MISSING"), at(OGRN, "OGRN_MISSING"));
        assertThat(problems(from(Drafts.ENTREPRENEUR).kpp("773601001")))
                .containsExactly(at(KPP, "KPP_NOT_APPLICABLE"));
        assertThat(problems(from(Drafts.ENTREPRENEUR).ogrn("1027700132195"))).as("an OGRN where an OGRNIP is due")
                .containsExactly(at(OGRN, "OGRNIP_FORMAT"));
        assertThat(problems(from(Drafts.LAWYER).ogrn("304500116000157").kpp("7736")))
                .as("not even checked: the form has none").containsExactly(at(KPP, "KPP_NOT_APPLICABLE"), at(OGRN, "OGRN_NOT_APPLICABLE"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).form(null))).containsExactly(at(ApplicationField.FORM, "FORM_REQUIRED"));
    }

    @Test
    void theAccountIsKeyedByItsBanksBik() {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).account("40702810038000012345")))
                .containsExactly(at(ACCOUNT, "ACCOUNT_KEY"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).bik("044525187")))
                .as("the same account at another bank").containsExactly(at(ACCOUNT, "ACCOUNT_KEY"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).bik(null).account(null)))
                .containsExactly(at(BIK, "BIK_REQUIRED"), at(ACCOUNT, "ACCOUNT_REQUIRED"));
    }

    @Test
    void aTariffOptionThatDoesNotFitTheTariffIsRefusedAtTheOption() {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).tariff(TariffPlan.REGIONAL, TariffOption.OPTIMAL_PLUS)))
                .containsExactly(at(OPTION, "OPTION_NOT_OF_TARIFF"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).tariff(TariffPlan.TRANSIT, null)))
                .containsExactly(at(OPTION, "OPTION_REQUIRED"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).tariff(null, null))).containsExactly(at(TARIFF, "TARIFF_REQUIRED"));
    }

    @Test
    void aPlanWhoseTariffCardhubDoesNotHaveIsRefused() {
        ApplicationTerms withoutFuelOnline = ApplicationTerms.of(List.of(Drafts.tariff("REGIONAL", 0)), TERMS.stations());

        assertThat(from(Drafts.LEGAL_ENTITY).tariff(TariffPlan.FUEL_ONLINE, null).build().problems(withoutFuelOnline))
                .containsExactly(at(TARIFF, "TARIFF_UNKNOWN"));
    }

    @Test
    void regionalPlusNeedsExactlyThreeKnownStationsAndTheOthersNone() {
        assertThat(problems(from(Drafts.LAWYER).stations("AZS-17", "AZS-23"))).containsExactly(at(STATIONS, "STATIONS_REQUIRED"));
        assertThat(problems(from(Drafts.LAWYER).stations("AZS-17", "AZS-23", "AZS-23")))
                .as("a station twice counts once").containsExactly(at(STATIONS, "STATIONS_REQUIRED"));
        assertThat(problems(from(Drafts.LAWYER).stations("AZS-17", "AZS-23", "AZS-99"))).containsExactly(at(STATIONS, "STATION_UNKNOWN"));
        assertThat(problems(from(Drafts.LEGAL_ENTITY).stations("AZS-17"))).containsExactly(at(STATIONS, "STATIONS_REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ApplicationDraft.MAX_CARDS + 1})
    void zeroOrMoreThanTenThousandCardsAreRefused(int cards) {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).cards(cards))).containsExactly(at(CARD_COUNT, "CARD_COUNT_RANGE"));
    }

    @Test
    void noNumberOfCardsNoBalanceModelAndAnUnknownZoneAreRefused() {
        assertThat(problems(from(Drafts.LEGAL_ENTITY).cards(null).model(null).timeZone("Europe/Atlantis")))
                .containsExactly(at(TIME_ZONE, "TIME_ZONE_UNKNOWN"), at(ApplicationField.BALANCE_MODEL, "BALANCE_MODEL_REQUIRED"),
                        at(CARD_COUNT, "CARD_COUNT_RANGE"));
    }

    @Test
    void aNameIsTidiedAndAtMostThreeHundredCharacters() {
        assertThat(from(Drafts.LEGAL_ENTITY).name("  ООО   «Ромашка» ").build().organizationName()).isEqualTo("ООО «Ромашка»");
        assertThat(problems(from(Drafts.LEGAL_ENTITY).name("Я".repeat(301)))).containsExactly(at(NAME, "NAME_TOO_LONG"));
    }

    @Test
    void requireValidRefusesWithEveryProblem() {
        ApplicationRefusal refused = catchThrowableOfType(ApplicationRefusal.class,
                () -> from(Drafts.ENTREPRENEUR).form(OrganizationForm.LEGAL_ENTITY).cards(0).build().requireValid(TERMS));

        assertThat(refused.code()).isEqualTo(ApplicationRefusal.Code.FIELDS_INVALID);
        assertThat(refused.problems()).contains(at(INN, "INN_OF_ORGANISATION_EXPECTED"), at(KPP, "KPP_MISSING"),
                at(CARD_COUNT, "CARD_COUNT_RANGE"));
    }
}
