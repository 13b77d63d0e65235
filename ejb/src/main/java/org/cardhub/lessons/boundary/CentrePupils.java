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
import org.cardhub.cards.boundary.SchoolCardRolls;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.control.Overviews;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.notifications.boundary.PersonNotices;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An education centre's pupils: enrolled with the parent's e-mail (a card on the centre's contract is made for the
 * pupil, whose main purse is the balance, and its number and activation code are mailed to the parent, who links it in
 * the parent's cabinet as any child's card), put into groups (a course's price is owed from then on), listed page by
 * page in the database, and each one's lessons. Only the caller's centre's pupils.
 */
@Stateless
@RolesAllowed(Role.Names.CENTER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class CentrePupils {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Centres centres;

    @Inject
    Overviews overviews;

    @EJB
    SchoolCardRolls cardRolls;

    @EJB
    PersonNotices mail;

    @EJB
    AuditLog audit;

    /** A pupil as the centre's list shows it. */
    public record PupilRow(long id, String name, String parentEmail, String number) implements Serializable {
    }

    /** A pupil just enrolled: the card's number and activation code, shown once to the centre and mailed to the parent. */
    public record NewPupil(long id, String name, String number, String activationCode) implements Serializable {
    }

    public NewPupil enrol(String name, String parentEmail, List<Long> groupIds) {
        String tidied = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String email = parentEmail == null ? "" : parentEmail.strip().toLowerCase(java.util.Locale.ROOT);
        if (tidied.isEmpty() || tidied.length() > MAX_NAME) {
            throw new LessonRefusal(LessonRefusal.Code.PUPIL_NAME_INVALID, "A pupil needs a name of " + MAX_NAME + " at most");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new LessonRefusal(LessonRefusal.Code.PARENT_EMAIL_INVALID, "Not an e-mail address: " + email);
        }
        List<LessonGroup> chosen = groupIds.stream().distinct().map(this::group).toList();
        Centre centre = centre();
        SchoolCardRolls.NewSchoolCard card = cardRolls.issue(centre.contractId(),
                List.of(new SchoolCardRolls.SchoolHolder(HolderKind.PUPIL, tidied, null, null)),
                "enrolled at " + centre.name(), made -> { }).get(0);
        LessonPupil pupil = new LessonPupil(centre.contractId(), card.cardId(), tidied, email, Instant.now());
        em.persist(pupil);
        em.flush();
        chosen.forEach(group -> enrol(pupil, group));
        mail.toAddress("lesson-invite:" + pupil.id(), email, centre.name() + ": доступ к кабинету родителя — " + tidied,
                "Здравствуйте! " + centre.name() + " записал(а) " + tidied + " на занятия. В кабинете родителя Cardhub "
                        + "(раздел «Привязать карту») укажите номер договора " + card.number() + " и код активации "
                        + card.activationCode() + " — и вы увидите абонементы, посещения и оплаты.");
        audit.record(caller(), "lessons.pupil.enrolled", AuditSubject.CARD, card.cardId(), tidied + ", " + email);
        return new NewPupil(pupil.id(), tidied, card.number(), card.activationCode());
    }

    /** Puts a pupil of the centre into one of its groups; a course's price is owed from now. */
    public void enrol(long pupilId, long groupId) {
        enrol(mine(pupilId), group(groupId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PupilRow> pupils(String search, int first, int max) {
        return em.createQuery("SELECT p.id, p.name, p.parentEmail, c.schoolContractNumber FROM LessonPupil p, Card c "
                        + "WHERE c.id = p.cardId AND p.contractId = :contract AND LOWER(p.name) LIKE :search "
                        + "ORDER BY p.name, p.id", Object[].class)
                .setParameter("contract", centre().contractId()).setParameter("search", like(search))
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(row -> new PupilRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String search) {
        return em.createQuery("SELECT COUNT(p) FROM LessonPupil p WHERE p.contractId = :contract "
                        + "AND LOWER(p.name) LIKE :search", Long.class)
                .setParameter("contract", centre().contractId()).setParameter("search", like(search))
                .getSingleResult();
    }

    /** One pupil's balance, groups, subscriptions and visits, as the parents see them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LessonOverview lessonsOf(long pupilId) {
        return overviews.of(mine(pupilId));
    }

    private LessonPupil mine(long pupilId) {
        return centres.pupil(centre(), pupilId);
    }

    private LessonGroup group(long groupId) {
        return centres.group(centre(), groupId);
    }

    private Centre centre() {
        return centres.of(caller());
    }

    private void enrol(LessonPupil pupil, LessonGroup group) {
        boolean already = !em.createQuery("SELECT e.id FROM Enrolment e WHERE e.groupId = :group AND e.pupilId = :pupil",
                        Long.class).setParameter("group", group.id()).setParameter("pupil", pupil.id())
                .getResultList().isEmpty();
        if (already) {
            throw new LessonRefusal(LessonRefusal.Code.ALREADY_ENROLLED, pupil.name() + " is in " + group.name());
        }
        Enrolment enrolment = new Enrolment(group.id(), pupil.id(), centres.centre(pupil.contractId()).today());
        em.persist(enrolment);
        em.flush();
        if (group.pricing() == Pricing.COURSE) {
            em.persist(new SubscriptionRecord(enrolment.id(), SubscriptionRecord.Kind.COURSE, group.courseLessons(),
                    group.courseFrom(), group.courseUntil(), group.coursePrice().orElseThrow(),
                    "course:" + enrolment.id(), Instant.now(), caller()));
        }
        audit.record(caller(), "lessons.pupil.grouped", AuditSubject.CARD, pupil.cardId(), pupil.name() + " → " + group.name());
    }

    private static String like(String search) {
        return "%" + (search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
