package org.cardhub.applicant;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.entity.OrganizationForm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the application form holds as typed; the rules are the draft's ({@link ApplicationDraft#problems}). The number
 * of cards is kept as typed, so "10 001" or "ten" reach the rule that names the range instead of a converter's message.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Russia's time zones, west to east: an organisation's day is its local day. */
    private static final List<String> TIME_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

    private OrganizationForm form = OrganizationForm.LEGAL_ENTITY;
    private String name;
    private String inn;
    private String kpp;
    private String ogrn;
    private String bik;
    private String account;
    private String timeZone = "Europe/Moscow";
    private TariffPlan plan;
    private TariffOption option;
    private List<String> stations = new ArrayList<>();
    private BalanceModel balanceModel = BalanceModel.POOLED;
    private String cardCount;

    public ApplicationDraft draft() {
        return new ApplicationDraft(form, name, inn, kpp, ogrn, bik, account, timeZone, plan, option, stations,
                balanceModel, cards());
    }

    /** The number typed, blanks allowed ("1 000"); null when it is none. */
    Integer cards() {
        String digits = cardCount == null ? "" : cardCount.replaceAll("[\\s\u00a0\u202f]", "");
        try {
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        } catch (NumberFormatException tooLongOrNotANumber) {
            return digits.matches("[0-9]+") ? Integer.MAX_VALUE : null;
        }
    }

    /** A new plan keeps none of the old one's option and stations. */
    public void planChosen() {
        if (plan == null || !plan.options().contains(option)) {
            option = null;
        }
        stations = new ArrayList<>();
    }

    /** KPP and OGRN stay only where the form has them. */
    public void formChosen() {
        if (form != null && !form.needsKpp()) {
            kpp = null;
        }
        if (form != null && !form.needsOgrn() && !form.needsOgrnip()) {
            ogrn = null;
        }
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public OrganizationForm[] getForms() {
        return OrganizationForm.values();
    }

    public BalanceModel[] getBalanceModels() {
        return BalanceModel.values();
    }

    public OrganizationForm getForm() {
        return form;
    }

    public void setForm(OrganizationForm form) {
        this.form = form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getKpp() {
        return kpp;
    }

    public void setKpp(String kpp) {
        this.kpp = kpp;
    }

    public String getOgrn() {
        return ogrn;
    }

    public void setOgrn(String ogrn) {
        this.ogrn = ogrn;
    }

    public String getBik() {
        return bik;
    }

    public void setBik(String bik) {
        this.bik = bik;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public TariffPlan getPlan() {
        return plan;
    }

    public void setPlan(TariffPlan plan) {
        this.plan = plan;
    }

    public TariffOption getOption() {
        return option;
    }

    public void setOption(TariffOption option) {
        this.option = option;
    }

    public List<String> getStations() {
        return stations;
    }

    public void setStations(List<String> stations) {
        this.stations = stations == null ? new ArrayList<>() : new ArrayList<>(stations);
    }

    public BalanceModel getBalanceModel() {
        return balanceModel;
    }

    public void setBalanceModel(BalanceModel balanceModel) {
        this.balanceModel = balanceModel;
    }

    public String getCardCount() {
        return cardCount;
    }

    public void setCardCount(String cardCount) {
        this.cardCount = cardCount;
    }
}
