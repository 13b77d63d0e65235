package org.cardhub.lessons.boundary;

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
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.SubscriptionOffer;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An education centre's groups as its staff keep them: schedule, teacher, pricing, and the subscriptions a group
 * offers. Every group is the caller's centre's; another centre's is not found.
 */
@Stateless
@RolesAllowed(Role.Names.CENTER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class CentreGroups {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Centres centres;

    @EJB
    AuditLog audit;

    /** A group with what it offers and how many pupils it has. */
    public record GroupSummary(long id, GroupDraft draft, List<Offer> offers, long pupils) implements Serializable {
    }

    public record Offer(long id, int lessons, int validDays, Amount price) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Centre centre() {
        return centres.of(caller());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<GroupSummary> groups() {
        long contract = centre().contractId();
        return em.createQuery("SELECT g FROM LessonGroup g WHERE g.contractId = :contract ORDER BY g.name", LessonGroup.class)
                .setParameter("contract", contract).getResultStream()
                .map(group -> new GroupSummary(group.id(), group.draft(), offersOf(group.id()), pupilsIn(group.id())))
                .toList();
    }

    public long open(GroupDraft draft) {
        Centre centre = centre();
        requireFreeName(centre.contractId(), draft, null);
        LessonGroup group = new LessonGroup(centre.contractId(), draft, Instant.now());
        em.persist(group);
        em.flush();
        audit.record(caller(), "lessons.group.opened", AuditSubject.CONTRACT, centre.contractId(), group.name());
        return group.id();
    }

    public void amend(long groupId, GroupDraft draft) {
        LessonGroup group = mine(groupId);
        requireFreeName(group.contractId(), draft, groupId);
        String before = group.name();
        group.amend(draft);
        audit.record(caller(), "lessons.group.amended", AuditSubject.CONTRACT, group.contractId(), before + " → " + group.name());
    }

    /** Offers a subscription of {@code lessons} valid {@code validDays} days for {@code price} in a group sold so. */
    public long offer(long groupId, int lessons, int validDays, Amount price) {
        LessonGroup group = mine(groupId);
        if (group.pricing() != Pricing.SUBSCRIPTION) {
            throw new LessonRefusal(LessonRefusal.Code.NOT_OFFERED, group.name() + " is not sold by subscription");
        }
        SubscriptionOffer offer = new SubscriptionOffer(lessons, validDays, price);
        boolean exists = !em.createQuery("SELECT o.id FROM GroupOffer o WHERE o.groupId = :group AND o.lessons = :lessons "
                        + "AND o.validDays = :days", Long.class)
                .setParameter("group", groupId).setParameter("lessons", lessons).setParameter("days", validDays)
                .getResultList().isEmpty();
        if (exists) {
            throw new LessonRefusal(LessonRefusal.Code.OFFER_EXISTS, group.name() + " offers " + lessons + "/" + validDays);
        }
        GroupOffer row = new GroupOffer(groupId, offer);
        em.persist(row);
        em.flush();
        audit.record(caller(), "lessons.offer.added", AuditSubject.CONTRACT, group.contractId(),
                group.name() + ": " + lessons + " × " + validDays + " d, " + price.toPlainString());
        return row.id();
    }

    public void withdraw(long offerId) {
        GroupOffer offer = em.find(GroupOffer.class, offerId);
        if (offer == null) {
            throw new AccessDeniedException("offer", offerId);
        }
        LessonGroup group = mine(offer.groupId());
        em.remove(offer);
        audit.record(caller(), "lessons.offer.withdrawn", AuditSubject.CONTRACT, group.contractId(),
                group.name() + ": " + offer.lessons() + " × " + offer.validDays() + " d");
    }

    private LessonGroup mine(long groupId) {
        return centres.group(centre(), groupId);
    }

    private void requireFreeName(long contractId, GroupDraft draft, Long self) {
        String name = draft.name() == null ? "" : draft.name().strip();
        boolean taken = em.createQuery("SELECT g.id FROM LessonGroup g WHERE g.contractId = :contract "
                        + "AND LOWER(g.name) = LOWER(:name)", Long.class)
                .setParameter("contract", contractId).setParameter("name", name).getResultStream()
                .anyMatch(id -> !id.equals(self));
        if (taken) {
            throw new LessonRefusal(LessonRefusal.Code.GROUP_NAME_TAKEN, "A group named " + name + " exists");
        }
    }

    private List<Offer> offersOf(long groupId) {
        return em.createQuery("SELECT o FROM GroupOffer o WHERE o.groupId = :group ORDER BY o.lessons, o.validDays",
                        GroupOffer.class).setParameter("group", groupId).getResultStream()
                .map(o -> new Offer(o.id(), o.lessons(), o.validDays(), o.price())).toList();
    }

    private long pupilsIn(long groupId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.groupId = :group", Long.class)
                .setParameter("group", groupId).getSingleResult();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
