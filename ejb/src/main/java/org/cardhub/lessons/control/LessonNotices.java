package org.cardhub.lessons.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.money.Amount;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The reminders parents get about a child's lessons, on the channels they chose for lessons, once per event: a
 * subscription ending soon (keyed by the subscription) and a lesson gone into debt (keyed by the pupil's lesson).
 */
@Dependent
public class LessonNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    GuardianNotices notices;

    public void endingSoon(LessonPupil pupil, LessonGroup group, Subscription subscription) {
        notices.aboutCard(pupil.cardId(), "lesson-ending:" + subscription.id(), Topic.LESSONS,
                pupil.name() + ": заканчивается абонемент — " + group.name(),
                "Абонемент «" + group.name() + "» (" + pupil.name() + "): осталось занятий — " + subscription.lessonsLeft()
                        + ", действует до " + DAY.format(subscription.validUntil())
                        + ". Продлите его в кабинете родителя, раздел «Занятия».");
    }

    public void inDebt(LessonPupil pupil, LessonGroup group, long lessonId, LocalDate date, Amount price) {
        notices.aboutCard(pupil.cardId(), "lesson-debt:" + pupil.id() + ":" + lessonId, Topic.LESSONS,
                pupil.name() + ": занятие в долг — " + group.name(),
                "Занятие «" + group.name() + "» " + DAY.format(date) + " (" + pupil.name() + ") отмечено в долг: "
                        + "не нашлось действующего абонемента" + (price == null ? "" : " или денег на балансе")
                        + ". Оплатите его в кабинете родителя, раздел «Занятия».");
    }
}
