package org.cardhub.onboarding.entity;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.organizations.entity.OrganizationForm;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/** Valid drafts of each organisation form, and the tariffs and stations of the demo network to check them against. */
final class Drafts {

    /** Sberbank's published requisites, and an account keyed for its BIK. */
    static final ApplicationDraft LEGAL_ENTITY = new ApplicationDraft(OrganizationForm.LEGAL_ENTITY, "ООО «Ромашка»",
            "7707083893", "773601001", "1027700132195", "044525225", "40702810938000012345", "Europe/Moscow",
            TariffPlan.REGIONAL, null, List.of(), BalanceModel.POOLED, 10);

    static final ApplicationDraft ENTREPRENEUR = new ApplicationDraft(OrganizationForm.INDIVIDUAL_ENTREPRENEUR,
            "ИП Иванов И. И.", "500100732259", null, "304500116000157", "044525225", "40702810938000012345",
            "Asia/Vladivostok", TariffPlan.TRANSIT, TariffOption.OPTIMAL_PLUS, List.of(), BalanceModel.DISTRIBUTED, 1);

    static final ApplicationDraft LAWYER = new ApplicationDraft(OrganizationForm.LAWYER_OFFICE,
            "Адвокатский кабинет Петрова П. П.", "500100732259", "", "", "044525225", "40702810938000012345",
            "Europe/Samara", TariffPlan.REGIONAL_PLUS, null, List.of("AZS-17", "AZS-23", "AZS-31"), BalanceModel.POOLED,
            ApplicationDraft.MAX_CARDS);

    static final ApplicationTerms TERMS = ApplicationTerms.of(List.of(tariff("REGIONAL", 0), tariff("REGIONAL_PLUS", 3),
            tariff("TRANSIT_OPTIMAL", 0), tariff("TRANSIT_OPTIMAL_PLUS", 0), tariff("FUEL_ONLINE", 0)),
            Set.of("AZS-17", "AZS-23", "AZS-31", "AZS-42"));

    private Drafts() {
    }

    static Builder from(ApplicationDraft draft) {
        return new Builder(draft);
    }

    /** A tariff as the database would load it: it has no public constructor or setters. */
    static Tariff tariff(String code, int chosenStations) {
        try {
            var constructor = Tariff.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Tariff tariff = constructor.newInstance();
            set(tariff, "code", code);
            set(tariff, "name", code);
            set(tariff, "chosenStations", chosenStations);
            return tariff;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a tariff", e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }

    /** A draft with some of its inputs typed differently. */
    static final class Builder {
        private OrganizationForm form;
        private String name, inn, kpp, ogrn, bik, account, timeZone;
        private TariffPlan plan;
        private TariffOption option;
        private List<String> stations;
        private BalanceModel model;
        private Integer cards;

        private Builder(ApplicationDraft d) {
            form = d.form(); name = d.name(); inn = d.inn(); kpp = d.kpp(); ogrn = d.ogrn(); bik = d.bik();
            account = d.account(); timeZone = d.timeZone(); plan = d.plan(); option = d.option(); stations = d.stations();
            model = d.balanceModel(); cards = d.cardCount();
        }

        Builder form(OrganizationForm value) { form = value; return this; }
        Builder name(String value) { name = value; return this; }
        Builder inn(String value) { inn = value; return this; }
        Builder kpp(String value) { kpp = value; return this; }
        Builder ogrn(String value) { ogrn = value; return this; }
        Builder bik(String value) { bik = value; return this; }
        Builder account(String value) { account = value; return this; }
        Builder timeZone(String value) { timeZone = value; return this; }
        Builder tariff(TariffPlan value, TariffOption chosen) { plan = value; option = chosen; return this; }
        Builder stations(String... value) { stations = List.of(value); return this; }
        Builder model(BalanceModel value) { model = value; return this; }
        Builder cards(Integer value) { cards = value; return this; }

        ApplicationDraft build() {
            return new ApplicationDraft(form, name, inn, kpp, ogrn, bik, account, timeZone, plan, option, stations, model, cards);
        }
    }
}
