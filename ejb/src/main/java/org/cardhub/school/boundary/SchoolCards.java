package org.cardhub.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.school.control.CardPanels;
import org.cardhub.school.control.FamilyCards;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.PupilCard;

import java.util.List;

/**
 * The cards on a cabinet's home: a parent's children (each with the school, the balances, what can still be spent
 * today and today's summary in the school's zone) and the cards they used before; a pupil's own card. Only the
 * caller's: a parent's by {@code card_guardian}, a pupil's as the card's holder.
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.PUPIL})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolCards {

    @Resource
    SessionContext session;

    @Inject
    FamilyCards family;

    @Inject
    CardPanels panels;

    @RolesAllowed(Role.Names.PARENT)
    public List<PupilCard> ofMyChildren() {
        return family.guardedBy(caller()).stream().map(panels::panel).toList();
    }

    /** The children's cards replaced by a reissue (or a change of school) or closed: their days stay readable. */
    @RolesAllowed(Role.Names.PARENT)
    public List<CardHeading> formerOfMyChildren() {
        return family.formerlyGuardedBy(caller()).stream().map(panels::heading).toList();
    }

    @RolesAllowed(Role.Names.PUPIL)
    public List<PupilCard> mine() {
        return family.heldBy(caller()).stream().map(panels::panel).toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
