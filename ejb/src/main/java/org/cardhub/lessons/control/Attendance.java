package org.cardhub.lessons.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.lessons.entity.InvalidVisitException;
import org.cardhub.lessons.entity.Lesson;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.lessons.entity.Visit;
import org.cardhub.lessons.entity.VisitMarked;
import org.cardhub.lessons.entity.VisitRecord;
import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A lesson's attendance as the centre marks it: a visit takes one lesson of the oldest subscription that can pay for
 * it (its revenue becomes the centre's) or goes into debt; a per-lesson group's visit is paid from the balance at once
 * when the balance covers it. A cancelled visit gives its lesson (or its price) back. Marked twice, for a day the group
 * does not meet or still to come, or for a pupil not in the group: refused, nothing written.
 */
@Dependent
public class Attendance {

    @PersistenceContext
    EntityManager em;

    @Inject
    LessonBooks books;

    @Inject
    LessonMoney money;

    @Inject
    LessonNotices notices;

    public VisitMarked mark(LessonGroup group, LocalDate date, long pupilId, LocalDate today, String actor) {
        if (!group.meetsOn(date)) {
            throw new LessonRefusal(LessonRefusal.Code.NO_LESSON_THAT_DAY, group.name() + " does not meet on " + date);
        }
        if (date.isAfter(today)) {
            throw new LessonRefusal(LessonRefusal.Code.LESSON_IN_FUTURE, "The lesson of " + date + " is still to come");
        }
        Lesson lesson = lessonOn(group, date);
        LessonBooks.Opened opened = books.open(books.lock(group.id(), pupilId), today);
        if (settledApart(opened.enrolment().id(), lesson.id()).isPresent()) {
            throw new InvalidVisitException(InvalidVisitException.Code.ALREADY_MARKED, lesson.id(), "Marked already");
        }
        Visit visit = opened.book().visit(lesson.id(), date);
        String what = group.name() + ", " + date;
        visit.paidFrom().ifPresent(paid -> money.recognise(opened.pupil(), paid.revenue(), "Занятие: " + what, actor));
        VisitRecord record = books.keep(opened, actor).get(lesson.id());
        if (visit.paidFrom().isPresent()) {
            Subscription paying = opened.book().find(visit.subscriptionId().orElseThrow()).orElseThrow();
            if (paying.isEndingSoon(today)) {
                notices.endingSoon(opened.pupil(), group, paying);
            }
            return new VisitMarked(record.id(), paying.id(), paying.lessonsLeft(), false, false);
        }
        Optional<Amount> price = group.pricing() == Pricing.PER_LESSON ? group.lessonPrice() : Optional.empty();
        if (price.isPresent() && money.balanceOf(opened.pupil()).canCover(price.get())) {
            record.settle(price.get());
            money.payFromBalance(opened.pupil(), price.get(), true, "Занятие: " + what, actor);
            return new VisitMarked(record.id(), null, 0, true, false);
        }
        notices.inDebt(opened.pupil(), group, lesson.id(), date, group.lessonPrice().orElse(null));
        return new VisitMarked(record.id(), null, 0, false, true);
    }

    public void cancel(LessonGroup group, LocalDate date, long pupilId, LocalDate today, String actor) {
        LessonBooks.Opened opened = books.open(books.lock(group.id(), pupilId), today);
        Lesson lesson = findLesson(group, date).orElseThrow(() -> notMarked(date));
        String what = "Отмена занятия: " + group.name() + ", " + date;
        Optional<VisitRecord> apart = settledApart(opened.enrolment().id(), lesson.id());
        if (apart.isPresent()) {
            money.refund(opened.pupil(), apart.get().settled(), what, actor);
            em.remove(apart.get());
            return;
        }
        Visit cancelled = opened.book().cancel(lesson.id());
        cancelled.paidFrom().ifPresent(paid -> money.takeBack(opened.pupil(), paid.revenue(), what, actor));
        books.keep(opened, actor);
    }

    /** Whether the pupil is marked at the group's lesson of that day. */
    public boolean isMarked(LessonGroup group, LocalDate date, long pupilId) {
        return !em.createQuery("SELECT v.id FROM VisitRecord v, Lesson l, Enrolment e WHERE v.lessonId = l.id "
                        + "AND v.enrolmentId = e.id AND l.groupId = :group AND l.date = :date AND e.pupilId = :pupil", Long.class)
                .setParameter("group", group.id()).setParameter("date", date).setParameter("pupil", pupilId)
                .getResultList().isEmpty();
    }

    /** The group's lesson of that day, made on its first mark (the group's row locked, so two marks make one). */
    private Lesson lessonOn(LessonGroup group, LocalDate date) {
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        return findLesson(group, date).orElseGet(() -> {
            Lesson lesson = new Lesson(group.id(), date);
            em.persist(lesson);
            em.flush();
            return lesson;
        });
    }

    public Optional<Lesson> findLesson(LessonGroup group, LocalDate date) {
        return em.createQuery("SELECT l FROM Lesson l WHERE l.groupId = :group AND l.date = :date", Lesson.class)
                .setParameter("group", group.id()).setParameter("date", date).getResultStream().findFirst();
    }

    private Optional<VisitRecord> settledApart(long enrolmentId, long lessonId) {
        return em.createQuery("SELECT v FROM VisitRecord v WHERE v.enrolmentId = :enrolment AND v.lessonId = :lesson "
                        + "AND v.settledMinor > 0", VisitRecord.class)
                .setParameter("enrolment", enrolmentId).setParameter("lesson", lessonId).getResultStream().findFirst();
    }

    private static InvalidVisitException notMarked(LocalDate date) {
        return new InvalidVisitException(InvalidVisitException.Code.NOT_MARKED, 0, "No lesson marked on " + date);
    }
}
