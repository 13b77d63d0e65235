package org.cardhub.organizations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person who may act for a client organisation in the cabinet, by their Keycloak user id (the tokens' {@code sub}), which no one can take over by registering a name. */
@Entity
@Table(name = "organization_member")
@IdClass(OrganizationMember.Key.class)
public class OrganizationMember {

    public static class Key implements Serializable {
        private Long organizationId;
        private String subject;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, subject);
        }
    }

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Id
    private String subject;

    private String email;

    @Column(name = "all_cards")
    private boolean allCards = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_group", joinColumns = {
            @JoinColumn(name = "organization_id", referencedColumnName = "organization_id"),
            @JoinColumn(name = "subject", referencedColumnName = "subject")})
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    @Column(name = "may_change_limits")
    private boolean mayChangeLimits = true;

    @Column(name = "may_block_cards")
    private boolean mayBlockCards = true;

    @Column(name = "may_move_money")
    private boolean mayMoveMoney = true;

    @Column(name = "may_manage_users")
    private boolean mayManageUsers;

    @Version
    private long version;

    protected OrganizationMember() {
    }

    /** A person acting for the organisation over all its cards, with every right but managing its users. */
    public OrganizationMember(long organizationId, String subject) {
        this.organizationId = organizationId;
        this.subject = Objects.requireNonNull(subject);
    }

    public long organizationId() {
        return organizationId;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public void recordEmail(String email) {
        this.email = email;
    }

    public CardScope scope() {
        return allCards ? CardScope.ALL : CardScope.ofGroups(groupIds);
    }

    public boolean holds(CompanyRight right) {
        return switch (right) {
            case CHANGE_LIMITS -> mayChangeLimits;
            case BLOCK_CARDS -> mayBlockCards;
            case MOVE_MONEY -> mayMoveMoney;
            case MANAGE_USERS -> mayManageUsers;
        };
    }

    public Set<CompanyRight> rights() {
        Set<CompanyRight> rights = EnumSet.noneOf(CompanyRight.class);
        for (CompanyRight right : CompanyRight.values()) {
            if (holds(right)) {
                rights.add(right);
            }
        }
        return rights;
    }

    /**
     * The cards the person sees and acts on (all of the organisation's, or those of chosen groups) and what they may
     * change there. Whoever manages the users could give themselves any card, so only someone who sees all cards may.
     */
    public void assign(CardScope scope, Set<CompanyRight> rights) {
        requireAssignable(scope, rights);
        this.allCards = scope.allCards();
        this.groupIds.clear();
        this.groupIds.addAll(scope.groupIds());
        this.mayChangeLimits = rights.contains(CompanyRight.CHANGE_LIMITS);
        this.mayBlockCards = rights.contains(CompanyRight.BLOCK_CARDS);
        this.mayMoveMoney = rights.contains(CompanyRight.MOVE_MONEY);
        this.mayManageUsers = rights.contains(CompanyRight.MANAGE_USERS);
    }

    /** Whether a person may be given these cards and rights: {@link #assign} refuses what this refuses. */
    public static void requireAssignable(CardScope scope, Set<CompanyRight> rights) {
        if (scope == null || rights == null || !scope.allCards() && scope.groupIds().isEmpty()) {
            throw new MembershipRefusal(MembershipRefusal.Code.GROUPS_REQUIRED, "Choose at least one card group");
        }
        if (rights.contains(CompanyRight.MANAGE_USERS) && !scope.allCards()) {
            throw new MembershipRefusal(MembershipRefusal.Code.MANAGER_SEES_ALL_CARDS,
                    "Only someone who sees all cards may manage the company's users");
        }
    }

    /**
     * Whether this person, managing the users, may leave {@code other} with {@code wanted}: nobody gives a right they
     * do not hold themselves; a right the other person already has may stay.
     */
    public void requireMayGrant(Set<CompanyRight> wanted, Set<CompanyRight> alreadyHeld) {
        for (CompanyRight right : wanted) {
            if (!alreadyHeld.contains(right) && !holds(right)) {
                throw new MembershipRefusal(MembershipRefusal.Code.RIGHT_NOT_YOURS,
                        "Nobody gives a right they do not hold themselves: " + right);
            }
        }
    }

    /**
     * The company keeps someone who manages its users: this person may stop doing so (be removed, or keep only
     * {@code rightsAfter}) only while {@code otherAdministrators} others still do.
     */
    public void requireAdministratorLeft(Set<CompanyRight> rightsAfter, long otherAdministrators) {
        if (mayManageUsers && !rightsAfter.contains(CompanyRight.MANAGE_USERS) && otherAdministrators == 0) {
            throw new MembershipRefusal(MembershipRefusal.Code.LAST_ADMINISTRATOR,
                    "The company would be left without anyone who manages its users");
        }
    }

    /** What the person sees and may change, for the audit trail: {@code all cards; BLOCK_CARDS} or {@code groups [3, 4]; none}. */
    public String describeAccess() {
        String scope = allCards ? "all cards" : "groups " + new TreeSet<>(groupIds);
        Set<CompanyRight> rights = rights();
        return scope + "; " + (rights.isEmpty() ? "no rights" : rights.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}
