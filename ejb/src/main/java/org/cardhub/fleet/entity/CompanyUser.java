package org.cardhub.fleet.entity;

import org.cardhub.callers.CompanyRight;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A person acting for the company, as its administrator sees them on the users page.
 *
 * @param subject  their Keycloak user id, which their membership is linked by
 * @param name     their name as Keycloak has it, or null when it is not known (or Keycloak did not answer)
 * @param allCards whether they see all the company's cards; otherwise only those of {@code groups}
 * @param you      whether this is the person looking
 */
public record CompanyUser(String subject, String email, String name, boolean allCards, List<GroupChoice> groups,
                          Set<CompanyRight> rights, boolean you) implements Serializable {

    public CompanyUser {
        groups = List.copyOf(groups);
        rights = Set.copyOf(rights);
    }

    public List<Long> groupIds() {
        return groups.stream().map(GroupChoice::id).toList();
    }
}
