package org.cardhub.organizations.entity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation as the back office types it, to register or to amend: every field as typed. {@link #problems} names
 * everything wrong, field by field, by the registries' rules ({@link Inn}, {@link Kpp}, {@link Ogrn}, {@link Ogrnip},
 * {@link Bik}, {@link SettlementAccount}) and the form's ({@link OrganizationForm#problems}); a problem's reason is the
 * refusal's or the problem's own name ({@code KPP_FORMAT}, {@code KPP_MISSING}, {@code TIME_ZONE_UNKNOWN}, …).
 * A settlement account is optional, but its BIK goes with it.
 */
public record OrganizationDraft(OrganizationForm form, String name, String inn, String kpp, String ogrn, String bik,
                                String account, String timeZone) {

    public static final int MAX_NAME = 300;

    public enum Field { FORM, NAME, INN, KPP, OGRN, BIK, ACCOUNT, TIME_ZONE }

    /** One thing wrong with one field; {@code reason} is a stable code. */
    public record Problem(Field field, String reason) implements java.io.Serializable {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (form == null) {
            problems.add(new Problem(Field.FORM, "FORM_REQUIRED"));
        }
        String tidied = organizationName();
        if (tidied.isEmpty() || tidied.length() > MAX_NAME) {
            problems.add(new Problem(Field.NAME, tidied.isEmpty() ? "NAME_REQUIRED" : "NAME_TOO_LONG"));
        }
        if (form != null) {
            requisiteProblems(problems);
        }
        bankProblems(problems);
        if (zone() == null) {
            problems.add(new Problem(Field.TIME_ZONE, "TIME_ZONE_UNKNOWN"));
        }
        return problems;
    }

    /** The requisites of a draft without problems. */
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
            return blank(timeZone) ? null : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void requisiteProblems(List<Problem> problems) {
        Inn parsedInn = blank(inn) ? null : parse(Field.INN, inn, Inn::of, problems);
        Kpp parsedKpp = blank(kpp) || !form.needsKpp() ? null : parse(Field.KPP, kpp, Kpp::of, problems);
        if (!blank(kpp) && !form.needsKpp()) {
            problems.add(new Problem(Field.KPP, RequisiteProblem.KPP_NOT_APPLICABLE.name()));
        }
        Ogrn parsedOgrn = blank(ogrn) || !form.needsOgrn() ? null : parse(Field.OGRN, ogrn, Ogrn::of, problems);
        Ogrnip parsedOgrnip = blank(ogrn) || !form.needsOgrnip() ? null : parse(Field.OGRN, ogrn, Ogrnip::of, problems);
        if (!blank(ogrn) && !form.needsOgrn() && !form.needsOgrnip()) {
            problems.add(new Problem(Field.OGRN, RequisiteProblem.OGRN_NOT_APPLICABLE.name()));
        }
        Set<Field> settled = problems.stream().map(Problem::field).collect(Collectors.toSet());
        form.problems(parsedInn, parsedKpp, parsedOgrn, parsedOgrnip).stream()
                .map(problem -> new Problem(fieldOf(problem), problem.name()))
                .filter(problem -> !settled.contains(problem.field()))
                .forEach(problems::add);
    }

    private void bankProblems(List<Problem> problems) {
        if (blank(bik) && blank(account)) {
            return;
        }
        if (blank(bik)) {
            problems.add(new Problem(Field.BIK, "BIK_REQUIRED"));
        } else if (blank(account)) {
            problems.add(new Problem(Field.ACCOUNT, "ACCOUNT_REQUIRED"));
        }
        Bik bank = blank(bik) ? null : parse(Field.BIK, bik, Bik::of, problems);
        if (bank != null && !blank(account)) {
            parse(Field.ACCOUNT, account, number -> SettlementAccount.of(number, bank), problems);
        } else if (!blank(account) && !account.strip().matches("[0-9]{20}")) {
            problems.add(new Problem(Field.ACCOUNT, InvalidRequisiteException.Code.ACCOUNT_FORMAT.name()));
        }
    }

    private static <T> T parse(Field field, String typed, Function<String, T> parser, List<Problem> problems) {
        try {
            return parser.apply(typed.strip());
        } catch (InvalidRequisiteException refused) {
            problems.add(new Problem(field, refused.code().name()));
            return null;
        }
    }

    private static Field fieldOf(RequisiteProblem problem) {
        return switch (problem) {
            case INN_MISSING, INN_OF_ORGANISATION_EXPECTED, INN_OF_PERSON_EXPECTED -> Field.INN;
            case KPP_MISSING, KPP_NOT_APPLICABLE -> Field.KPP;
            case OGRN_MISSING, OGRN_NOT_APPLICABLE, OGRNIP_MISSING, OGRNIP_NOT_APPLICABLE -> Field.OGRN;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
