package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.FORM_REQUISITES;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal form of a contract party, and the requisites it must (and must not) give.
 * A requisite that does not apply is refused rather than ignored, so a wrong form choice shows at once.
 */
public enum OrganizationForm {

    /** Юридическое лицо: 10-digit INN, KPP and OGRN. */
    LEGAL_ENTITY("Legal entity", true, true, true, false),

    /** Индивидуальный предприниматель: 12-digit INN and OGRNIP. */
    INDIVIDUAL_ENTREPRENEUR("Individual entrepreneur", false, false, false, true),

    /**
     * Адвокатский кабинет: a lawyer's own practice, not a legal entity and not an entrepreneur
     * (Federal Law 63-FZ, art. 21), so it has the lawyer's 12-digit INN only — no KPP, OGRN or OGRNIP.
     */
    LAWYER_OFFICE("Lawyer's office", false, false, false, false);

    private final String displayName;
    private final boolean organisationInn;
    private final boolean needsKpp;
    private final boolean needsOgrn;
    private final boolean needsOgrnip;

    OrganizationForm(String displayName, boolean organisationInn, boolean needsKpp, boolean needsOgrn,
                     boolean needsOgrnip) {
        this.displayName = displayName;
        this.organisationInn = organisationInn;
        this.needsKpp = needsKpp;
        this.needsOgrn = needsOgrn;
        this.needsOgrnip = needsOgrnip;
    }

    public boolean needsKpp() {
        return needsKpp;
    }

    public boolean needsOgrn() {
        return needsOgrn;
    }

    public boolean needsOgrnip() {
        return needsOgrnip;
    }

    /** Everything wrong with these requisites for this form; empty when they fit. Nulls mean "not given". */
    public Set<RequisiteProblem> problems(Inn inn, Kpp kpp, Ogrn ogrn, Ogrnip ogrnip) {
        Set<RequisiteProblem> problems = EnumSet.noneOf(RequisiteProblem.class);
        if (inn == null) {
            problems.add(RequisiteProblem.INN_MISSING);
        } else if (inn.isLegalEntity() != organisationInn) {
            problems.add(organisationInn
                    ? RequisiteProblem.INN_OF_ORGANISATION_EXPECTED
                    : RequisiteProblem.INN_OF_PERSON_EXPECTED);
        }
        check(kpp != null, needsKpp, RequisiteProblem.KPP_MISSING, RequisiteProblem.KPP_NOT_APPLICABLE, problems);
        check(ogrn != null, needsOgrn, RequisiteProblem.OGRN_MISSING, RequisiteProblem.OGRN_NOT_APPLICABLE, problems);
        check(ogrnip != null, needsOgrnip, RequisiteProblem.OGRNIP_MISSING, RequisiteProblem.OGRNIP_NOT_APPLICABLE,
                problems);
        return problems;
    }

    /** Throws {@code FORM_REQUISITES} naming every problem, e.g. "Legal entity: KPP is missing; OGRN is missing". */
    public void validate(Inn inn, Kpp kpp, Ogrn ogrn, Ogrnip ogrnip) {
        Set<RequisiteProblem> problems = problems(inn, kpp, ogrn, ogrnip);
        if (!problems.isEmpty()) {
            throw new InvalidRequisiteException(FORM_REQUISITES, displayName + ": "
                    + problems.stream().map(RequisiteProblem::description).collect(Collectors.joining("; ")));
        }
    }

    private static void check(boolean given, boolean needed, RequisiteProblem missing, RequisiteProblem notApplicable,
                              Set<RequisiteProblem> problems) {
        if (needed && !given) {
            problems.add(missing);
        } else if (!needed && given) {
            problems.add(notApplicable);
        }
    }
}
