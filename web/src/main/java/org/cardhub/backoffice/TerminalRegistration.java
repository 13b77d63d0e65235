package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalKind;

import java.io.Serializable;
import java.util.List;

/**
 * The form that registers a terminal. The registry checks every field; a refusal is shown at its input
 * and nothing is written. The new signing key goes to {@link IssuedKey}, to be shown once.
 */
@Named
@ViewScoped
public class TerminalRegistration implements Serializable {

    private static final int SUGGESTIONS = 20;

    @Inject
    Terminals terminals;

    @Inject
    Organizations organizations;

    @Inject
    IssuedKey issuedKey;

    private String id;
    private TerminalKind kind;
    private OrganizationChoice organization;
    private String location;
    private String station;
    private String region;

    public void register() {
        try {
            Terminals.Registered registered = terminals.register(id, kind, organization == null ? null : organization.id(),
                    location, station, region);
            issuedKey.show(registered);
            PageMessages.info("terminals.registered", registered.terminal().id());
            clear();
        } catch (Refusal refused) {
            String terminalId = Terminal.normalisedId(id);
            Refusals.show(refused, terminalId, terminalId);
        }
    }

    public void clear() {
        id = null;
        kind = null;
        organization = null;
        location = null;
        station = null;
        region = null;
    }

    /** Organisations whose name or INN matches what was typed, for the owner field. */
    public List<OrganizationChoice> completeOrganization(String typed) {
        return organizations.search(typed, SUGGESTIONS).stream().map(OrganizationChoice::of).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TerminalKind getKind() {
        return kind;
    }

    public void setKind(TerminalKind kind) {
        this.kind = kind;
    }

    public OrganizationChoice getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationChoice organization) {
        this.organization = organization;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
