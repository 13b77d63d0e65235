package org.cardhub.access.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.access.control.PartnerScopes;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.RightMissingException;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.organizations.entity.OrganizationMember;

import java.util.Optional;

/**
 * Object-level checks: whether the caller may see or change a given contract or card. Back office sees
 * everything; a company's people see their organisation's contracts; a parent sees the cards of their
 * children; a pupil or wallet holder sees their own; a partner system the contracts of its programs. Anything else is refused as if it did not exist.
 * A company's person may be limited to some card groups and to some {@link CompanyRight rights}, as the
 * company's administrator decided.
 * The answer to {@link ObjectAccess}, which the components below (contracts, cards, limits) and above ask
 * without knowing this class.
 */
@Stateless
@Local(ObjectAccess.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Access implements ObjectAccess {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    PartnerScopes partnerScopes;

    @Override
    public void requireContract(long contractId) {
        if (!mayUseContract(contractId)) {
            throw new AccessDeniedException("contract", contractId);
        }
    }

    @Override
    public void requireCard(long cardId) {
        if (!mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
    }

    @Override
    public void requireServedIfPartner(long contractId) {
        if (isPartner() && !mayUseContract(contractId)) {
            throw new AccessDeniedException("account of contract", contractId);
        }
    }

    @Override
    public void refuseUnknownCardIfPartner(Object card) {
        if (isPartner()) {
            throw new AccessDeniedException("card", card);
        }
    }

    @Override
    public boolean mayUseContract(long contractId) {
        if (session.isCallerInRole(Role.Names.BACKOFFICE)) {
            return true;
        }
        String caller = session.getCallerPrincipal().getName();
        if (isPartner()) {
            Contract contract = em.find(Contract.class, contractId);
            return contract != null && partnerScopes.covers(caller, contract);
        }
        return !em.createQuery("SELECT c.id FROM Contract c WHERE c.id = :contract AND (c.holderSubject = :caller "
                        + "OR c.organizationId IN (SELECT m.organizationId FROM OrganizationMember m WHERE m.subject = :caller))",
                        Long.class)
                .setParameter("contract", contractId).setParameter("caller", caller).getResultList().isEmpty();
    }

    @Override
    public boolean mayUseCard(long cardId) {
        if (session.isCallerInRole(Role.Names.BACKOFFICE)) {
            return true;
        }
        if (isPartner()) {
            Card card = em.find(Card.class, cardId);
            return card != null && mayUseContract(card.contractId());
        }
        String caller = session.getCallerPrincipal().getName();
        boolean ownOrGuarded = !em.createQuery("SELECT c.id FROM Card c WHERE c.id = :card AND (c.holderSubject = :caller "
                        + "OR EXISTS (SELECT g FROM CardGuardian g WHERE g.cardId = c.id AND g.subject = :caller))", Long.class)
                .setParameter("card", cardId).setParameter("caller", caller).getResultList().isEmpty();
        if (ownOrGuarded) {
            return true;
        }
        Card card = em.find(Card.class, cardId);
        return card != null && session.isCallerInRole(Role.Names.CORPORATE) && mayUseContract(card.contractId())
                && memberOf(card.contractId()).map(member -> member.scope().covers(card.groupId())).orElse(true);
    }

    @Override
    public void requireRight(long cardId, CompanyRight right) {
        requireCard(cardId);
        if (!holdsRight(cardId, right)) {
            throw new RightMissingException(right);
        }
    }

    @Override
    public void requireContractRight(long contractId, CompanyRight right) {
        requireContract(contractId);
        Optional<OrganizationMember> member = memberOf(contractId);
        if (member.isPresent() && !(member.get().scope().allCards() && member.get().holds(right))) {
            throw new RightMissingException(right);
        }
    }

    @Override
    public CardScope cardScope(long contractId) {
        return memberOf(contractId).map(OrganizationMember::scope).orElse(CardScope.ALL);
    }

    @Override
    public boolean holdsRight(long cardId, CompanyRight right) {
        Card card = em.find(Card.class, cardId);
        return card == null || memberOf(card.contractId()).map(member -> member.holds(right)).orElse(true);
    }

    @Override
    public boolean holdsContractRight(long contractId, CompanyRight right) {
        return memberOf(contractId).map(member -> member.holds(right)).orElse(true);
    }

    @Override
    public void requireOrganizationRight(long organizationId, CompanyRight right) {
        if (session.isCallerInRole(Role.Names.BACKOFFICE)) {
            return;
        }
        OrganizationMember member = !session.isCallerInRole(Role.Names.CORPORATE) ? null
                : em.createQuery("SELECT m FROM OrganizationMember m WHERE m.organizationId = :organization "
                                + "AND m.subject = :caller", OrganizationMember.class)
                .setParameter("organization", organizationId)
                .setParameter("caller", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().orElse(null);
        if (member == null) {
            throw new AccessDeniedException("organization", organizationId);
        }
        if (!member.holds(right)) {
            throw new RightMissingException(right);
        }
    }

    /**
     * The caller's membership of the organisation holding the contract, when the caller acts for it as a company's
     * person; staff, partners, card holders and parents are not members and are not limited by groups or rights.
     */
    private Optional<OrganizationMember> memberOf(long contractId) {
        if (!session.isCallerInRole(Role.Names.CORPORATE) || session.isCallerInRole(Role.Names.BACKOFFICE)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM OrganizationMember m, Contract c WHERE c.id = :contract "
                        + "AND m.organizationId = c.organizationId AND m.subject = :caller", OrganizationMember.class)
                .setParameter("contract", contractId).setParameter("caller", session.getCallerPrincipal().getName())
                .getResultStream().findFirst();
    }

    /** Partner systems reach the contracts of the programs they are contracted for, and those contracts' cards. */
    private boolean isPartner() {
        return session.isCallerInRole(Role.Names.PARTNER_AGENT) || session.isCallerInRole(Role.Names.PARTNER_FLEET);
    }
}
