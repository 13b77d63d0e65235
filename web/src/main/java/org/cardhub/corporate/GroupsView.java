package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.GroupSummary;
import org.cardhub.fleet.boundary.FleetOverview;

import java.io.Serializable;
import java.util.List;

/**
 * A contract's card groups ({@code groups.xhtml}): each with how many cards it holds (a link to them on the cards
 * page), and — for a manager with the right over all of the contract's cards — creating, renaming and deleting one.
 */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    /** The name field of the group dialog, where a name the rules refuse is said. */
    static final String NAME_FIELD = "group:name";

    @Inject
    FleetOverview overview;

    @Inject
    CardGroups cardGroups;

    private ContractChoice choice;
    private List<GroupSummary> groups = List.of();
    private boolean mayArrange;
    private GroupSummary renamed;
    private String name;

    @PostConstruct
    void load() {
        choice = new ContractChoice(overview.contracts(), null);
        contractChosen();
    }

    public void contractChosen() {
        Long contractId = choice.getContractId();
        groups = contractId == null ? List.of() : cardGroups.groups(contractId);
        mayArrange = contractId != null && cardGroups.mayArrange(contractId);
    }

    /** Opens the dialog for a new group. */
    public void askNew() {
        renamed = null;
        name = null;
    }

    /** Opens the dialog for a new name of {@code group}. */
    public void askRename(GroupSummary group) {
        renamed = group;
        name = group.name();
    }

    public void save() {
        Long contractId = choice.getContractId();
        GroupSummary[] saved = new GroupSummary[1];
        boolean done = GroupActions.act(() -> saved[0] = renamed == null ? cardGroups.create(contractId, name)
                        : cardGroups.rename(renamed.id(), name),
                refused -> PageMessages.refuse(NAME_FIELD, "fleet.groups.error." + refused.code(), name));
        if (done) {
            if (renamed == null) {
                PageMessages.info("fleet.groups.created", saved[0].name());
            } else {
                PageMessages.info("fleet.groups.renamed", renamed.name(), saved[0].name());
            }
            contractChosen();
        }
    }

    public void delete(GroupSummary group) {
        if (GroupActions.act(() -> cardGroups.delete(group.id()),
                refused -> PageMessages.refuse(null, "fleet.groups.error." + refused.code(), group.name()))) {
            PageMessages.info("fleet.groups.deleted", group.name());
        }
        contractChosen();
    }

    public ContractChoice getChoice() {
        return choice;
    }

    public List<GroupSummary> getGroups() {
        return groups;
    }

    public boolean isMayArrange() {
        return mayArrange;
    }

    /** Whether the dialog renames a group (or creates one). */
    public boolean isRenaming() {
        return renamed != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
