package org.cardhub.documents.entity;

import org.cardhub.organizations.entity.OrganizationForm;

import java.util.Arrays;
import java.util.List;

/**
 * A side of a sale as documents name it: its legal form, name, INN, KPP (a legal entity's only), OGRN or OGRNIP and
 * address (null where not known).
 */
public record Party(OrganizationForm form, String name, String inn, String kpp, String ogrn, String address) {

    private static final List<String> PERSON_PREFIXES = List.of("индивидуальный предприниматель", "адвокатский кабинет",
            "адвокат", "ип");

    /** "7707083893/773601001", or the INN alone. */
    public String innKpp() {
        return kpp == null ? inn : inn + "/" + kpp;
    }

    public boolean isLegalEntity() {
        return form == OrganizationForm.LEGAL_ENTITY;
    }

    /**
     * The surname, first name and patronymic of an entrepreneur or lawyer, from the name they registered under
     * ("ИП Иванов Иван Иванович"); a part that is missing is "-", as the exchange format wants one.
     */
    public List<String> personName() {
        String rest = name.strip();
        for (String prefix : PERSON_PREFIXES) {
            if (rest.toLowerCase().startsWith(prefix + " ")) {
                rest = rest.substring(prefix.length()).strip();
                break;
            }
        }
        List<String> words = Arrays.stream(rest.split("\\s+")).filter(word -> !word.isBlank()).toList();
        return List.of(words.isEmpty() ? "-" : words.get(0), words.size() > 1 ? words.get(1) : "-",
                words.size() > 2 ? String.join(" ", words.subList(2, words.size())) : "");
    }
}
