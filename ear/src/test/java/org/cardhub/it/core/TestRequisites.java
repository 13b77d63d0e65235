package org.cardhub.it.core;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.entity.OrganizationForm;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requisites no earlier run used: an organisation's INN and OGRN with their check digits computed, a KPP; the bank is
 * Sberbank with an account keyed for its BIK. Every application of a test is a new organisation, so none is a client.
 */
final class TestRequisites {

    static final String BIK = "044525225";
    static final String ACCOUNT = "40702810938000012345";
    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private TestRequisites() {
    }

    static String newInn() {
        StringBuilder digits = new StringBuilder();
        int sum = 0;
        for (int weight : INN_WEIGHTS) {
            int digit = ThreadLocalRandom.current().nextInt(digits.length() == 0 ? 1 : 0, 10);
            digits.append(digit);
            sum += digit * weight;
        }
        return digits.append(sum % 11 % 10).toString();
    }

    static String newOgrn() {
        long first12 = 100_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000L);
        return first12 + Long.toString(first12 % 11 % 10);
    }


    /** A legal entity's application on the Regional tariff for {@code cards} cards, with this INN. */
    static ApplicationDraft legalEntity(String inn, int cards) {
        return new ApplicationDraft(OrganizationForm.LEGAL_ENTITY, "ООО «Заявка " + inn + "»", inn, Fixtures.newKpp(), newOgrn(), BIK,
                ACCOUNT, "Europe/Moscow", TariffPlan.REGIONAL, null, List.of(), BalanceModel.POOLED, cards);
    }

    static ApplicationDraft withTariff(ApplicationDraft draft, TariffPlan plan, TariffOption option, List<String> stations) {
        return new ApplicationDraft(draft.form(), draft.name(), draft.inn(), draft.kpp(), draft.ogrn(), draft.bik(),
                draft.account(), draft.timeZone(), plan, option, stations, draft.balanceModel(), draft.cardCount());
    }

    static ApplicationDraft withCards(ApplicationDraft draft, Integer cards) {
        return new ApplicationDraft(draft.form(), draft.name(), draft.inn(), draft.kpp(), draft.ogrn(), draft.bik(),
                draft.account(), draft.timeZone(), draft.plan(), draft.option(), draft.stations(), draft.balanceModel(), cards);
    }
}
