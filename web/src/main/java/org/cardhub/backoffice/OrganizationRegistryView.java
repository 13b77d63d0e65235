package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.refusal.Refusal;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * The organisations page: found by a part of the name or the start of the INN, page by page in the database; registered
 * and amended in one dialog whose every problem shows at its input (the rules are {@link OrganizationDraft}'s, checked
 * again by {@link Organizations}, which writes nothing when one fails and keeps old → new in the audit trail).
 */
@Named
@ViewScoped
public class OrganizationRegistryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> TIME_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

    @Inject
    Organizations organizations;

    private String text;
    private String searched;
    private PagedTable<Organization> table;

    private Long editing;
    private OrganizationForm form = OrganizationForm.LEGAL_ENTITY;
    private String name;
    private String inn;
    private String kpp;
    private String ogrn;
    private String bik;
    private String account;
    private String timeZone = "Europe/Moscow";

    @PostConstruct
    void init() {
        table = new PagedTable<>(() -> organizations.count(searched), (first, max) -> organizations.page(searched, first, max),
                organization -> organization.id().toString());
    }

    public void search() {
        searched = text == null || text.isBlank() ? null : text.strip();
    }

    public void startNew() {
        editing = null;
        fill(OrganizationForm.LEGAL_ENTITY, null, null, null, null, null, null, "Europe/Moscow");
    }

    public void edit(long organizationId) {
        organizations.find(organizationId).ifPresentOrElse(organization -> {
            editing = organizationId;
            fill(organization.form(), organization.name(), organization.inn(), organization.kpp(), organization.ogrn(),
                    organization.bik(), organization.settlementAccount(), organization.timeZone().getId());
        }, () -> PageMessages.refuse(null, "bo.error.gone"));
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

    public void save() {
        OrganizationDraft draft = new OrganizationDraft(form, name, inn, kpp, ogrn, bik, account, timeZone);
        try {
            Organization saved = editing == null ? organizations.register(draft) : organizations.amend(editing, draft);
            PageMessages.info(editing == null ? "bo.org.registered" : "bo.org.saved", saved.name(), saved.inn());
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (Refusal refused) {
            RegistryRefusals.showOrganization(refused, "organization");
        }
    }

    private void fill(OrganizationForm form, String name, String inn, String kpp, String ogrn, String bik, String account,
                      String timeZone) {
        this.form = form;
        this.name = name;
        this.inn = inn;
        this.kpp = kpp;
        this.ogrn = ogrn;
        this.bik = bik;
        this.account = account;
        this.timeZone = timeZone;
    }

    /** «Москва (МСК)»; a zone the list does not name, as its id. */
    public String zoneName(Organization organization) {
        String zone = organization.timeZone().getId();
        return TIME_ZONES.contains(zone) ? PageMessages.text("onboarding.zone." + zone) : zone;
    }

    public LazyDataModel<Organization> getTable() {
        return table;
    }

    public boolean isFiltered() {
        return searched != null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public OrganizationForm[] getForms() {
        return OrganizationForm.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
}
