package org.cardhub.corporate;

import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.fleet.entity.CompanyUser;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the invite and edit dialogs of the users page hold: who (invite only), which cards and which rights. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String firstName;
    private String lastName;
    private boolean allCards = true;
    private Long[] groupIds = {};
    private CompanyRight[] rights = {};

    void clear() {
        email = null;
        firstName = null;
        lastName = null;
        allCards = true;
        groupIds = new Long[0];
        rights = new CompanyRight[0];
    }

    void fill(CompanyUser user) {
        clear();
        email = user.email();
        allCards = user.allCards();
        groupIds = user.groupIds().toArray(Long[]::new);
        rights = user.rights().toArray(CompanyRight[]::new);
    }

    CardScope scope() {
        return allCards ? CardScope.ALL : CardScope.ofGroups(Arrays.stream(groupIds).collect(Collectors.toSet()));
    }

    Set<CompanyRight> chosenRights() {
        Set<CompanyRight> chosen = EnumSet.noneOf(CompanyRight.class);
        chosen.addAll(Arrays.asList(rights));
        return chosen;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public boolean isAllCards() {
        return allCards;
    }

    public void setAllCards(boolean allCards) {
        this.allCards = allCards;
    }

    public Long[] getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(Long[] groupIds) {
        this.groupIds = groupIds == null ? new Long[0] : groupIds;
    }

    public CompanyRight[] getRights() {
        return rights;
    }

    public void setRights(CompanyRight[] rights) {
        this.rights = rights == null ? new CompanyRight[0] : rights;
    }
}
