package org.cardhub.organizations.entity;

/**
 * The registration details of a contract party, parsed and checked together: each number against its
 * registry's check digits, the set of them against the legal form, the account against its bank's BIK.
 */
public record Requisites(OrganizationForm form, Inn inn, Kpp kpp, Ogrn ogrn, Ogrnip ogrnip, Bik bik,
                         SettlementAccount account) {

    public Requisites {
        form.validate(inn, kpp, ogrn, ogrnip);
        if ((bik == null) != (account == null)) {
            throw new InvalidRequisiteException(InvalidRequisiteException.Code.FORM_REQUISITES,
                    "A settlement account and its bank's BIK go together");
        }
    }

    /** Parses raw strings as a form would send them; blanks mean "not given". */
    public static Requisites parse(OrganizationForm form, String inn, String kpp, String ogrn, String bik,
                                   String account) {
        Bik bank = blank(bik) ? null : Bik.of(bik.strip());
        boolean entrepreneur = form == OrganizationForm.INDIVIDUAL_ENTREPRENEUR;
        return new Requisites(form,
                blank(inn) ? null : Inn.of(inn.strip()),
                blank(kpp) ? null : Kpp.of(kpp.strip()),
                blank(ogrn) || entrepreneur ? null : Ogrn.of(ogrn.strip()),
                blank(ogrn) || !entrepreneur ? null : Ogrnip.of(ogrn.strip()),
                bank,
                blank(account) || bank == null ? null : SettlementAccount.of(account.strip(), bank));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
