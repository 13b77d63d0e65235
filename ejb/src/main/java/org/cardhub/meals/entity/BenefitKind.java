package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** A beneficiary category of free school meals (многодетная семья, ОВЗ…), kept as data with its names in both languages. */
@Entity
@Table(name = "meal_benefit_kind")
public class BenefitKind {

    @Id
    private String code;

    @Column(name = "name_ru")
    private String nameRu;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    protected BenefitKind() {
    }

    public BenefitKind(String code, String nameRu, String nameEn, int sortOrder) {
        this.code = code;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    /** The kind's name in the reader's language: Russian unless English is asked for. */
    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }

    /** How a free meal of this kind is described in the books and to people: «Бесплатное питание (льгота: …)». */
    public String freeMealDescription() {
        return "Бесплатное питание (льгота: " + nameRu + ")";
    }

    public String code() {
        return code;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameEn() {
        return nameEn;
    }
}
