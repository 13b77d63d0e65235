package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.registry.boundary.ContractRegistry;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.registry.entity.ContractRow;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The contracts page: filtered by organisation ({@code contracts.xhtml?organization=ID} from the organisations page, or
 * chosen here), kind, status and a part of the number, newest first, page by page in the database.
 */
@Named
@ViewScoped
public class ContractRegistryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    ContractRegistry registry;

    @Inject
    Organizations organizations;

    private OrganizationChoice organization;
    private ContractKind kind;
    private ContractStatus status;
    private String number;
    private ContractFilter filter = ContractFilter.NONE;
    private PagedTable<ContractRow> table;

    @PostConstruct
    void init() {
        Long chosen = CardSheetView.idOf(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("organization"));
        organization = chosen == null ? null : organizations.find(chosen).map(OrganizationChoice::of).orElse(null);
        apply();
        table = new PagedTable<>(() -> registry.count(filter), (first, max) -> registry.page(filter, first, max),
                row -> row.id().toString());
    }

    public void apply() {
        filter = new ContractFilter(organization == null ? null : organization.id(), kind, status, number);
    }

    public void clear() {
        organization = null;
        kind = null;
        status = null;
        number = null;
        apply();
    }

    public List<OrganizationChoice> completeOrganization(String typed) {
        return organizations.search(typed, SUGGESTIONS).stream().map(OrganizationChoice::of).toList();
    }

    public String time(Instant at) {
        return MoscowTime.format(at);
    }

    public LazyDataModel<ContractRow> getTable() {
        return table;
    }

    public boolean isFiltered() {
        return !filter.equals(ContractFilter.NONE);
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public OrganizationChoice getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationChoice organization) {
        this.organization = organization;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
