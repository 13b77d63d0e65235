package org.cardhub.onboarding.entity;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.organizations.entity.Bik;
import org.cardhub.organizations.entity.Inn;
import org.cardhub.organizations.entity.InvalidRequisiteException;
import org.cardhub.organizations.entity.Kpp;
import org.cardhub.organizations.entity.Ogrn;
import org.cardhub.organizations.entity.Ogrnip;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.organizations.entity.RequisiteProblem;
import org.cardhub.organizations.entity.Requisites;
import org.cardhub.organizations.entity.SettlementAccount;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An application for a fuel contract as typed: the organisation's form, name and requisites (INN, KPP, OGRN or OGRNIP,
 * the bank's BIK and the settlement account), its time zone, the tariff plan with its option and stations, the
 * balance model and the number of cards. {@link #problems} names everything wrong, field by field, by the registries'
 * rules and the tariffs'; a valid draft turns into the values an {@link Application} is made of.
 */
public record ApplicationDraft(OrganizationForm form, String name, String inn, String kpp, String ogrn, String bik,
                               String account, String timeZone, TariffPlan plan, TariffOption option,
                               List<String> stations, BalanceModel balanceModel, Integer cardCount) implements Serializable {

    public static final int MAX_CARDS = 10_000;
    public static final int MAX_NAME = 300;

    public ApplicationDraft {
        stations = stations == null ? List.of() : stations.stream().filter(Objects::nonNull).toList();
    }

    /** Everything wrong with the draft, in the order of the form; empty when it may be submitted. */
    public List<ApplicationProblem> problems(ApplicationTerms terms) {
        List<ApplicationProblem> problems = new ArrayList<>();
        if (form == null) {
            problems.add(new ApplicationProblem(ApplicationField.FORM, "FORM_REQUIRED"));
        }
        String organizationName = organizationName();
        if (organizationName.isEmpty() || organizationName.length() > MAX_NAME) {
            problems.add(new ApplicationProblem(ApplicationField.NAME, organizationName.isEmpty() ? "NAME_REQUIRED" : "NAME_TOO_LONG"));
        }
        requisiteProblems(problems);
        bankProblems(problems);
        if (zone() == null) {
            problems.add(new ApplicationProblem(ApplicationField.TIME_ZONE, "TIME_ZONE_UNKNOWN"));
        }
        tariffProblems(terms, problems);
        if (balanceModel == null) {
            problems.add(new ApplicationProblem(ApplicationField.BALANCE_MODEL, "BALANCE_MODEL_REQUIRED"));
        }
        if (cardCount == null || cardCount < 1 || cardCount > MAX_CARDS) {
            problems.add(new ApplicationProblem(ApplicationField.CARD_COUNT, "CARD_COUNT_RANGE"));
        }
        return problems;
    }

    /** Refused with every problem, or nothing. */
    public void requireValid(ApplicationTerms terms) {
        List<ApplicationProblem> problems = problems(terms);
        if (!problems.isEmpty()) {
            throw new ApplicationRefusal(problems);
        }
    }

    /** The requisites of a valid draft, each checked by its registry's rules. */
    public Requisites requisites() {
        return Requisites.parse(form, inn, kpp, ogrn, bik, account);
    }

    /** The name with its blanks tidied: no leading or trailing ones, no runs of them. */
    public String organizationName() {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The time zone named, or null when it names none. */
    public ZoneId zone() {
        try {
            return timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The tariff row a valid draft is concluded on. */
    public String tariffCode() {
        return plan.tariffCode(option);
    }

    /** The stations of a valid draft, distinct and tidied. */
    public List<String> chosenStations(ApplicationTerms terms) {
        return Contract.chosenStations(terms.tariff(tariffCode()), stations);
    }

    /** Each requisite by its registry's rules, then the set of them by the form; a requisite the form has none of is not parsed. */
    private void requisiteProblems(List<ApplicationProblem> problems) {
        Inn parsedInn = blank(inn) ? null : parse(ApplicationField.INN, inn, Inn::of, problems);
        if (blank(inn)) {
            problems.add(new ApplicationProblem(ApplicationField.INN, RequisiteProblem.INN_MISSING.name()));
        }
        boolean kppApplies = form == null || form.needsKpp();
        Kpp parsedKpp = blank(kpp) || !kppApplies ? null : parse(ApplicationField.KPP, kpp, Kpp::of, problems);
        if (form == null) {
            return;
        }
        if (!blank(kpp) && !kppApplies) {
            problems.add(new ApplicationProblem(ApplicationField.KPP, RequisiteProblem.KPP_NOT_APPLICABLE.name()));
        }
        Ogrn parsedOgrn = blank(ogrn) || !form.needsOgrn() ? null : parse(ApplicationField.OGRN, ogrn, Ogrn::of, problems);
        Ogrnip parsedOgrnip = blank(ogrn) || !form.needsOgrnip() ? null : parse(ApplicationField.OGRN, ogrn, Ogrnip::of, problems);
        if (!blank(ogrn) && !form.needsOgrn() && !form.needsOgrnip()) {
            problems.add(new ApplicationProblem(ApplicationField.OGRN, RequisiteProblem.OGRN_NOT_APPLICABLE.name()));
        }
        Set<ApplicationField> settled = problems.stream().map(ApplicationProblem::field).collect(Collectors.toSet());
        form.problems(parsedInn, parsedKpp, parsedOgrn, parsedOgrnip).stream()
                .map(problem -> new ApplicationProblem(fieldOf(problem), problem.name()))
                .filter(problem -> !settled.contains(problem.field()))
                .forEach(problems::add);
    }

    private void bankProblems(List<ApplicationProblem> problems) {
        Bik parsedBik = null;
        if (blank(bik)) {
            problems.add(new ApplicationProblem(ApplicationField.BIK, "BIK_REQUIRED"));
        } else {
            parsedBik = parse(ApplicationField.BIK, bik, Bik::of, problems);
        }
        if (blank(account)) {
            problems.add(new ApplicationProblem(ApplicationField.ACCOUNT, "ACCOUNT_REQUIRED"));
        } else if (parsedBik != null) {
            Bik bank = parsedBik;
            parse(ApplicationField.ACCOUNT, account, number -> SettlementAccount.of(number, bank), problems);
        } else if (!account.strip().matches("[0-9]{20}")) {
            problems.add(new ApplicationProblem(ApplicationField.ACCOUNT, InvalidRequisiteException.Code.ACCOUNT_FORMAT.name()));
        }
    }

    private void tariffProblems(ApplicationTerms terms, List<ApplicationProblem> problems) {
        if (plan == null) {
            problems.add(new ApplicationProblem(ApplicationField.TARIFF, "TARIFF_REQUIRED"));
            return;
        }
        var optionProblem = plan.problemWith(option);
        if (optionProblem.isPresent()) {
            problems.add(new ApplicationProblem(ApplicationField.OPTION, optionProblem.get()));
            return;
        }
        Tariff tariff = terms.tariff(tariffCode());
        if (tariff == null) {
            problems.add(new ApplicationProblem(ApplicationField.TARIFF, "TARIFF_UNKNOWN"));
        } else if (!terms.stations().containsAll(stations.stream().map(String::strip).filter(s -> !s.isEmpty()).toList())) {
            problems.add(new ApplicationProblem(ApplicationField.STATIONS, "STATION_UNKNOWN"));
        } else {
            try {
                Contract.chosenStations(tariff, stations);
            } catch (InvalidContractException refused) {
                problems.add(new ApplicationProblem(ApplicationField.STATIONS, refused.code().name()));
            }
        }
    }

    private static <T> T parse(ApplicationField field, String typed, Function<String, T> parser,
                               List<ApplicationProblem> problems) {
        try {
            return parser.apply(typed.strip());
        } catch (InvalidRequisiteException refused) {
            problems.add(new ApplicationProblem(field, refused.code().name()));
            return null;
        }
    }

    private static ApplicationField fieldOf(RequisiteProblem problem) {
        return switch (problem) {
            case INN_MISSING, INN_OF_ORGANISATION_EXPECTED, INN_OF_PERSON_EXPECTED -> ApplicationField.INN;
            case KPP_MISSING, KPP_NOT_APPLICABLE -> ApplicationField.KPP;
            case OGRN_MISSING, OGRN_NOT_APPLICABLE, OGRNIP_MISSING, OGRNIP_NOT_APPLICABLE -> ApplicationField.OGRN;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
