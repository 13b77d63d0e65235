package org.cardhub.fleet.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A company's users and the card groups of its contracts they may be limited to.
 *
 * @param severalContracts whether the groups come from more than one contract, so a page names each group's contract
 */
public record CompanyTeam(List<CompanyUser> users, List<GroupChoice> groups, boolean severalContracts) implements Serializable {

    public CompanyTeam {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
    }
}
