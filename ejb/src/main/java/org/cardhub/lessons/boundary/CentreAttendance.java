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
import org.cardhub.callers.Role;
import org.cardhub.lessons.control.Attendance;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.Lesson;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.lessons.entity.VisitMarked;
import org.cardhub.lessons.entity.VisitRecord;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lesson's register as the centre keeps it: the group's pupils on a day, each marked or not and how the visit was
 * paid; a mark takes one lesson (or goes into debt), a cancellation gives it back. The caller's centre's groups only.
 */
@Stateless
@RolesAllowed(Role.Names.CENTER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class CentreAttendance {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Centres centres;

    @Inject
    Attendance attendance;

    @EJB
    AuditLog audit;

    public enum Mark { NOT_MARKED, SUBSCRIPTION, BALANCE, DEBT }

    /** A pupil of the group on the register: the mark and, when a subscription paid, its lessons left. */
    public record RegisterLine(long pupilId, String name, Mark mark, Integer lessonsLeft) implements Serializable {
    }

    /** The group's pupils on that day, by name; {@code meets} says whether the group has a lesson then at all. */
    public record Register(long groupId, String group, LocalDate date, boolean meets, List<RegisterLine> lines)
            implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Register register(long groupId, LocalDate date) {
        LessonGroup group = centres.group(centre(), groupId);
        Map<Long, VisitRecord> visits = new HashMap<>();
        Optional<Lesson> lesson = attendance.findLesson(group, date);
        lesson.ifPresent(held -> em.createQuery("SELECT v FROM VisitRecord v WHERE v.lessonId = :lesson", VisitRecord.class)
                .setParameter("lesson", held.id()).getResultStream().forEach(v -> visits.put(v.enrolmentId(), v)));
        List<RegisterLine> lines = em.createQuery("SELECT e.id, p.id, p.name FROM Enrolment e, LessonPupil p "
                        + "WHERE p.id = e.pupilId AND e.groupId = :group ORDER BY p.name, p.id", Object[].class)
                .setParameter("group", groupId).getResultStream()
                .map(row -> line((Long) row[1], (String) row[2], visits.get((Long) row[0]))).toList();
        return new Register(groupId, group.name(), date, group.meetsOn(date), lines);
    }

    public VisitMarked mark(long groupId, LocalDate date, long pupilId) {
        Centre centre = centre();
        LessonGroup group = centres.group(centre, groupId);
        LessonPupil pupil = centres.pupil(centre, pupilId);
        VisitMarked marked = attendance.mark(group, date, pupil.id(), centre.today(), caller());
        audit.record(caller(), "lessons.visit.marked", AuditSubject.CARD, pupil.cardId(), group.name() + ", " + date
                + (marked.inDebt() ? ", in debt" : marked.fromBalance() ? ", paid from the balance" : ""));
        return marked;
    }

    public void cancel(long groupId, LocalDate date, long pupilId) {
        Centre centre = centre();
        LessonGroup group = centres.group(centre, groupId);
        LessonPupil pupil = centres.pupil(centre, pupilId);
        attendance.cancel(group, date, pupil.id(), centre.today(), caller());
        audit.record(caller(), "lessons.visit.cancelled", AuditSubject.CARD, pupil.cardId(), group.name() + ", " + date);
    }

    private RegisterLine line(long pupilId, String name, VisitRecord visit) {
        if (visit == null) {
            return new RegisterLine(pupilId, name, Mark.NOT_MARKED, null);
        }
        if (visit.subscriptionId() != null) {
            Subscription paying = em.find(SubscriptionRecord.class, visit.subscriptionId()).toSubscription();
            return new RegisterLine(pupilId, name, Mark.SUBSCRIPTION, paying.lessonsLeft());
        }
        return new RegisterLine(pupilId, name, visit.isSettledFromBalance() ? Mark.BALANCE : Mark.DEBT, null);
    }

    private Centre centre() {
        return centres.of(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
