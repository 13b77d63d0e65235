package org.cardhub.lessons.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.LessonBook;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.lessons.entity.Visit;
import org.cardhub.lessons.entity.VisitRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pupil's lesson book in one group, opened from the records under the enrolment's row lock (so one change at a time
 * per pupil and group) and kept back after the rules changed it: the subscriptions' state, new visits written, cancelled
 * ones removed, settled debts repointed. Visits paid apart from the balance are not the book's.
 */
@Dependent
public class LessonBooks {

    @PersistenceContext
    EntityManager em;

    /** One pupil's book in one group, with the records it came from. */
    public record Opened(Enrolment enrolment, LessonGroup group, LessonPupil pupil, LessonBook book,
                         Map<Long, SubscriptionRecord> subscriptions, Map<Long, VisitRecord> visits) {

        public SubscriptionRecord record(long subscriptionId) {
            return subscriptions.get(subscriptionId);
        }
    }

    /** The pupil's enrolment in the group, locked; refused when the pupil is not in the group. */
    public Enrolment lock(long groupId, long pupilId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.groupId = :group AND e.pupilId = :pupil", Enrolment.class)
                .setParameter("group", groupId).setParameter("pupil", pupilId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new LessonRefusal(LessonRefusal.Code.NOT_ENROLLED,
                        "Pupil " + pupilId + " is not in group " + groupId));
    }

    public Enrolment lock(Enrolment enrolment) {
        return lock(enrolment.groupId(), enrolment.pupilId());
    }

    public Opened open(Enrolment enrolment, LocalDate today) {
        Map<Long, SubscriptionRecord> subscriptions = new HashMap<>();
        em.createQuery("SELECT s FROM SubscriptionRecord s WHERE s.enrolmentId = :enrolment ORDER BY s.id",
                        SubscriptionRecord.class).setParameter("enrolment", enrolment.id()).getResultList()
                .forEach(record -> subscriptions.put(record.id(), record));
        Map<Long, VisitRecord> visits = new HashMap<>();
        em.createQuery("SELECT v FROM VisitRecord v WHERE v.enrolmentId = :enrolment AND v.settledMinor = 0",
                        VisitRecord.class).setParameter("enrolment", enrolment.id()).getResultList()
                .forEach(record -> visits.put(record.lessonId(), record));
        LessonBook book = LessonBook.restore(
                subscriptions.values().stream().sorted(java.util.Comparator.comparing(SubscriptionRecord::id))
                        .map(SubscriptionRecord::toSubscription).toList(),
                visits.values().stream().map(VisitRecord::toVisit).toList(), today);
        return new Opened(enrolment, em.find(LessonGroup.class, enrolment.groupId()),
                em.find(LessonPupil.class, enrolment.pupilId()), book, subscriptions, visits);
    }

    /** Writes back what the rules changed; answers the records of the visits now in the book, by lesson. */
    public Map<Long, VisitRecord> keep(Opened opened, String actor) {
        opened.book().subscriptions().forEach(subscription -> opened.record(subscription.id()).keep(subscription));
        Set<Long> inBook = new HashSet<>();
        Instant now = Instant.now();
        for (Visit visit : opened.book().history()) {
            inBook.add(visit.lessonId());
            VisitRecord record = opened.visits().get(visit.lessonId());
            if (record == null) {
                record = new VisitRecord(opened.enrolment().id(), visit, now, actor);
                em.persist(record);
                opened.visits().put(visit.lessonId(), record);
            } else {
                record.keep(visit);
            }
        }
        for (Long lessonId : List.copyOf(opened.visits().keySet())) {
            if (!inBook.contains(lessonId)) {
                em.remove(opened.visits().remove(lessonId));
            }
        }
        em.flush();
        return opened.visits();
    }

    /** A new subscription's record, with its id, ready for the book. */
    public SubscriptionRecord add(Opened opened, SubscriptionRecord record) {
        em.persist(record);
        em.flush();
        opened.subscriptions().put(record.id(), record);
        return record;
    }
}
