package org.cardhub.lessons.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.lessons.control.Attendance;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.entity.Attendance.Direction;
import org.cardhub.school.entity.CardPassed;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * A pupil entering the centre through its turnstile is marked at the lessons of their groups starting around then —
 * from {@link #EARLY} before a lesson's start to {@link #LATE} after it, on the centre's clock — as the centre's staff
 * would mark them, in the pass's own transaction. A lesson marked already (by hand, or by an earlier pass) stays as it is.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LessonTurnstile {

    static final Duration EARLY = Duration.ofMinutes(45);
    static final Duration LATE = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(LessonTurnstile.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Centres centres;

    @Inject
    Attendance attendance;

    public void passed(@Observes CardPassed pass) {
        if (pass.direction() != Direction.ENTRY) {
            return;
        }
        List<LessonPupil> pupils = em.createQuery("SELECT p FROM LessonPupil p WHERE p.cardId = :card", LessonPupil.class)
                .setParameter("card", pass.cardId()).getResultList();
        for (LessonPupil pupil : pupils) {
            Centre centre = centres.centre(pupil.contractId());
            ZonedDateTime at = pass.occurredAt().atZone(centre.zone());
            LocalDate day = at.toLocalDate();
            for (LessonGroup group : groupsOf(pupil)) {
                if (group.meetsOn(day) && around(group.startsAt(), at.toLocalTime()) && !attendance.isMarked(group, day, pupil.id())) {
                    mark(group, day, pupil, centre, pass);
                }
            }
        }
    }

    private void mark(LessonGroup group, LocalDate day, LessonPupil pupil, Centre centre, CardPassed pass) {
        try {
            attendance.mark(group, day, pupil.id(), centre.today(), "terminal:" + pass.terminalId());
        } catch (Refusal refused) {
            // the pass stands; only the mark is not made (a lesson on a day still to come by the centre's clock)
            LOG.info(() -> "A pass of card " + pass.cardId() + " marked no lesson of " + group.name() + ": " + refused.getMessage());
        }
    }

    private static boolean around(LocalTime start, LocalTime entered) {
        long minutes = Duration.between(start, entered).toMinutes();
        long fromStart = Math.floorMod(minutes + 12 * 60, 24 * 60) - 12 * 60; // the nearer way round midnight
        return fromStart >= -EARLY.toMinutes() && fromStart <= LATE.toMinutes();
    }

    private List<LessonGroup> groupsOf(LessonPupil pupil) {
        return em.createQuery("SELECT g FROM LessonGroup g, Enrolment e WHERE e.groupId = g.id AND e.pupilId = :pupil",
                LessonGroup.class).setParameter("pupil", pupil.id()).getResultList();
    }
}
