package org.cardhub.applicant;

import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.entity.OrganizationForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form keeps what was typed; the number of cards reaches the rule of its range whatever was typed. */
class ApplicationFormTest {

    private static Integer cards(String typed) {
        ApplicationForm form = new ApplicationForm();
        form.setCardCount(typed);
        return form.draft().cardCount();
    }

    @Test
    void aNumberOfCardsIsReadWithItsBlanks() {
        assertThat(cards("1 000")).isEqualTo(1000);
        assertThat(cards(" 10001 ")).isEqualTo(10_001);
        assertThat(cards("0")).isZero();
    }

    @Test
    void somethingThatIsNoNumberIsNoneAndAHugeOneStaysTooMany() {
        assertThat(cards("ten")).isNull();
        assertThat(cards("")).isNull();
        assertThat(cards("-5")).isNegative();
        assertThat(cards("99999999999")).isGreaterThan(ApplicationDraft.MAX_CARDS);
    }

    @Test
    void anotherPlanDropsTheOldOptionAndStations() {
        ApplicationForm form = new ApplicationForm();
        form.setPlan(TariffPlan.TRANSIT);
        form.setOption(TariffOption.OPTIMAL_PLUS);
        form.setStations(List.of("AZS-17"));

        form.setPlan(TariffPlan.REGIONAL);
        form.planChosen();

        assertThat(form.getOption()).isNull();
        assertThat(form.getStations()).isEmpty();
    }

    @Test
    void aFormWithoutKppOrOgrnDropsWhatWasTypedForThem() {
        ApplicationForm form = new ApplicationForm();
        form.setKpp("773601001");
        form.setOgrn("1027700132195");

        form.setForm(OrganizationForm.LAWYER_OFFICE);
        form.formChosen();

        assertThat(form.getKpp()).isNull();
        assertThat(form.getOgrn()).isNull();
        assertThat(form.draft().form()).isEqualTo(OrganizationForm.LAWYER_OFFICE);
    }
}
