package org.cardhub.fleet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.fleet.control.KeycloakAccounts;
import org.cardhub.fleet.entity.Company;
import org.cardhub.fleet.entity.CompanyTeam;
import org.cardhub.fleet.entity.CompanyUser;
import org.cardhub.fleet.entity.GroupChoice;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.organizations.boundary.Memberships;
import org.cardhub.organizations.entity.Invitation;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.cardhub.organizations.entity.OrganizationMember;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A company's users, as its administrator (a person holding {@link CompanyRight#MANAGE_USERS}) manages them: invite a
 * fleet manager by email — a Keycloak account signing in with that address, with Keycloak's own mail to set a password
 * and confirm the address — and say which cards they see and what they may change; change that; remove them. The
 * membership and Keycloak change in the same request: when Keycloak fails, nothing is saved, and what Keycloak had
 * already done for the request is undone when the transaction rolls back.
 * <p>
 * An address Keycloak already knows is refused unless its account is dormant (enabled, holding none of Cardhub's roles
 * and acting for no organisation — a manager the company removed earlier): a company does not take over a parent's,
 * an employee's or another company's account. Removing a person ends their membership; when they act for no other
 * company, their account loses the role {@code corporate} and its sessions, and is kept (it may serve another cabinet).
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
public class CompanyUsers {

    private static final Logger LOG = Logger.getLogger(CompanyUsers.class.getName());

    /** Names of a longer list are not asked of Keycloak one by one. */
    private static final int MAX_NAMES = 100;

    /**
     * The realm roles of people and partner systems (a terminal's is not one): whoever holds one is someone's already.
     * Not {@code applicant}: every account Keycloak makes gets it from the realm's default group, an invited one too.
     */
    private static final Set<String> REALM_ROLES = Arrays.stream(Role.values())
            .filter(role -> role != Role.TERMINAL && role != Role.APPLICANT)
            .map(Role::roleName).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    ObjectAccess access;

    @EJB
    Memberships memberships;

    @Inject
    KeycloakAccounts keycloak;

    /** The companies whose users the caller manages (none for staff, who manage no company from the cabinet). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Company> companies() {
        return memberships.managedBy(caller()).stream().map(company -> new Company(company.id(), company.name())).toList();
    }

    /** Whether the caller holds the right at any company they act for (the cabinet shows what they may use). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean holdsAnywhere(CompanyRight right) {
        return memberships.ofPerson(caller()).stream().anyMatch(member -> member.holds(right));
    }

    /** The company's users, with their names when Keycloak tells them, and the card groups they may be limited to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CompanyTeam team(long organizationId) {
        access.requireOrganizationRight(organizationId, CompanyRight.MANAGE_USERS);
        Map<Long, GroupChoice> groups = groupsOf(organizationId);
        List<OrganizationMember> members = memberships.of(organizationId);
        Map<String, String> names = namesOf(members);
        List<CompanyUser> users = members.stream().map(member -> userOf(member, names.get(member.subject()), groups)).toList();
        long contracts = groups.values().stream().map(GroupChoice::contractNumber).distinct().count();
        return new CompanyTeam(users, List.copyOf(groups.values()), contracts > 1);
    }

    public CompanyUser invite(long organizationId, String email, String firstName, String lastName, CardScope scope,
                              Set<CompanyRight> rights) {
        access.requireOrganizationRight(organizationId, CompanyRight.MANAGE_USERS);
        Invitation invitation = new Invitation(email, firstName, lastName);
        OrganizationMember.requireAssignable(scope, rights);
        Map<Long, GroupChoice> groups = requireGroupsOf(organizationId, scope);
        requireMayGrant(organizationId, rights, Set.of());
        if (memberships.of(organizationId).stream().anyMatch(member -> invitation.email().equalsIgnoreCase(member.email()))) {
            throw new MembershipRefusal(MembershipRefusal.Code.ALREADY_MEMBER, invitation.email() + " is a user already");
        }
        String subject = accountFor(invitation);
        OrganizationMember member = memberships.add(organizationId, subject, invitation.email(), scope, rights);
        keycloak.grantRole(subject, Role.Names.CORPORATE);
        keycloak.sendInvitation(subject);
        return userOf(member, invitation.fullName(), groups);
    }

    public CompanyUser change(long organizationId, String subject, CardScope scope, Set<CompanyRight> rights) {
        access.requireOrganizationRight(organizationId, CompanyRight.MANAGE_USERS);
        OrganizationMember.requireAssignable(scope, rights);
        Map<Long, GroupChoice> groups = requireGroupsOf(organizationId, scope);
        Set<CompanyRight> before = memberships.find(organizationId, subject).map(OrganizationMember::rights).orElse(Set.of());
        requireMayGrant(organizationId, rights, before);
        return userOf(memberships.change(organizationId, subject, scope, rights), null, groups);
    }

    public void remove(long organizationId, String subject) {
        access.requireOrganizationRight(organizationId, CompanyRight.MANAGE_USERS);
        memberships.remove(organizationId, subject);
        if (!memberships.actsForAnyOrganization(subject)) {
            keycloak.revokeRole(subject, Role.Names.CORPORATE);
            undoIfRolledBack(() -> keycloak.grantRole(subject, Role.Names.CORPORATE));
            keycloak.signOut(subject);
        }
    }

    /**
     * The person whose application the back office approves becomes the company's administrator: a member seeing all
     * cards with every right, and the role {@code corporate} in Keycloak (taken back if the approval does not commit).
     * They sign in again to use it: the role is in the tokens Keycloak issues from now on.
     */
    @RolesAllowed(Role.Names.BACKOFFICE)
    public void admitAdministrator(long organizationId, String subject, String email) {
        if (memberships.find(organizationId, subject).isEmpty()) {
            memberships.add(organizationId, subject, Invitation.email(email), CardScope.ALL, EnumSet.allOf(CompanyRight.class));
        }
        if (keycloak.heldOf(subject, Set.of(Role.Names.CORPORATE)).isEmpty()) {
            keycloak.grantRole(subject, Role.Names.CORPORATE);
            undoIfRolledBack(() -> keycloak.revokeRole(subject, Role.Names.CORPORATE));
        }
    }

    /** A new account for the address, or a dormant one it already has; either is undone if the request fails. */
    private String accountFor(Invitation invitation) {
        Optional<KeycloakAccounts.Account> existing = keycloak.findByEmail(invitation.email());
        if (existing.isEmpty()) {
            String created = keycloak.create(invitation);
            undoIfRolledBack(() -> keycloak.delete(created));
            return created;
        }
        String id = existing.get().id();
        if (!existing.get().enabled() || memberships.actsForAnyOrganization(id) || !keycloak.heldOf(id, REALM_ROLES).isEmpty()) {
            throw new MembershipRefusal(MembershipRefusal.Code.EMAIL_TAKEN, "The account of " + invitation.email() + " is in use");
        }
        undoIfRolledBack(() -> keycloak.revokeRole(id, Role.Names.CORPORATE));
        return id;
    }

    /** Keycloak is no part of the transaction: what was done there is undone when the transaction does not commit. */
    private void undoIfRolledBack(Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        undo.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not undo in Keycloak what a rolled back change of company users did", e);
                    }
                }
            }
        });
    }

    private Map<Long, GroupChoice> requireGroupsOf(long organizationId, CardScope scope) {
        Map<Long, GroupChoice> groups = groupsOf(organizationId);
        if (!groups.keySet().containsAll(scope.groupIds())) {
            throw new MembershipRefusal(MembershipRefusal.Code.GROUP_UNKNOWN, "Not a card group of organisation " + organizationId);
        }
        return groups;
    }

    /** Nobody gives a right they do not hold; staff are not limited by the company's rights. */
    private void requireMayGrant(long organizationId, Set<CompanyRight> rights, Set<CompanyRight> alreadyHeld) {
        if (!session.isCallerInRole(Role.Names.BACKOFFICE)) {
            memberships.find(organizationId, caller()).ifPresent(grantor -> grantor.requireMayGrant(rights, alreadyHeld));
        }
    }

    private Map<Long, GroupChoice> groupsOf(long organizationId) {
        Map<Long, GroupChoice> groups = new LinkedHashMap<>();
        em.createQuery("SELECT g.id, g.name, c.number FROM CardGroup g, Contract c WHERE c.id = g.contractId "
                        + "AND c.organizationId = :organization ORDER BY c.number, g.name", Object[].class)
                .setParameter("organization", organizationId).getResultStream()
                .forEach(row -> groups.put((Long) row[0], new GroupChoice((Long) row[0], (String) row[1], (String) row[2])));
        return groups;
    }

    private Map<String, String> namesOf(List<OrganizationMember> members) {
        Map<String, String> names = new HashMap<>();
        try {
            members.stream().limit(MAX_NAMES).forEach(member ->
                    keycloak.nameOf(member.subject()).ifPresent(name -> names.put(member.subject(), name)));
        } catch (KeycloakUnavailableException e) {
            LOG.log(Level.WARNING, "The company's users are listed without their names: {0}", e.getMessage());
        }
        return names;
    }

    private CompanyUser userOf(OrganizationMember member, String name, Map<Long, GroupChoice> groups) {
        List<GroupChoice> chosen = member.scope().groupIds().stream().map(groups::get).filter(Objects::nonNull)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        return new CompanyUser(member.subject(), member.email(), name, member.scope().allCards(), chosen, member.rights(),
                member.subject().equals(caller()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
