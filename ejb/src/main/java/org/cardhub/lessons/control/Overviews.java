package org.cardhub.lessons.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.lessons.entity.VisitRecord;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a pupil's {@link LessonOverview} from the records, as of the centre's today. */
@Dependent
public class Overviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    LessonMoney money;

    @Inject
    Centres centres;

    public LessonOverview of(LessonPupil pupil) {
        Centre centre = centres.centre(pupil.contractId());
        var today = centre.today();
        List<Enrolment> enrolments = em.createQuery("SELECT e FROM Enrolment e WHERE e.pupilId = :pupil ORDER BY e.id",
                Enrolment.class).setParameter("pupil", pupil.id()).getResultList();
        Map<Long, LessonGroup> groupOf = new HashMap<>();
        enrolments.forEach(e -> groupOf.put(e.id(), em.find(LessonGroup.class, e.groupId())));
        List<Long> ids = enrolments.stream().map(Enrolment::id).toList();
        List<LessonOverview.SubscriptionLine> subscriptions = new ArrayList<>();
        List<LessonOverview.VisitLine> visits = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (SubscriptionRecord record : em.createQuery("SELECT s FROM SubscriptionRecord s WHERE s.enrolmentId IN :ids "
                    + "ORDER BY s.validFrom DESC, s.id DESC", SubscriptionRecord.class).setParameter("ids", ids).getResultList()) {
                LessonGroup group = groupOf.get(record.enrolmentId());
                Subscription rules = record.toSubscription();
                subscriptions.add(new LessonOverview.SubscriptionLine(record.id(), group.id(), group.name(),
                        record.kind() == SubscriptionRecord.Kind.COURSE, record.lessons(), rules.lessonsLeft(),
                        record.validFrom(), record.validUntil(), record.price(), record.paid(), rules.paymentDue(),
                        record.isExpired() || today.isAfter(record.validUntil()), rules.isEndingSoon(today)));
            }
            for (VisitRecord visit : em.createQuery("SELECT v FROM VisitRecord v WHERE v.enrolmentId IN :ids "
                    + "ORDER BY v.date DESC, v.id DESC", VisitRecord.class).setParameter("ids", ids).getResultList()) {
                visits.add(new LessonOverview.VisitLine(visit.date(), groupOf.get(visit.enrolmentId()).name(),
                        visit.subscriptionId(), visit.settled(), visit.isInDebt()));
            }
        }
        List<LessonOverview.GroupLine> groups = enrolments.stream().map(e -> line(groupOf.get(e.id()), visits)).toList();
        return new LessonOverview(pupil.id(), pupil.cardId(), pupil.name(), centre.name(),
                money.balanceOf(pupil).available(), pupil.settlesDebtsFirst(), today, groups, subscriptions, visits);
    }

    private LessonOverview.GroupLine line(LessonGroup group, List<LessonOverview.VisitLine> visits) {
        int inDebt = (int) visits.stream().filter(v -> v.inDebt() && v.group().equals(group.name())).count();
        Amount debt = group.lessonPrice().map(price -> Amount.ofMinorUnits(price.minorUnits() * inDebt, Currency.RUB))
                .orElse(Amount.zero(Currency.RUB));
        List<CentreGroups.Offer> offers = em.createQuery("SELECT o FROM GroupOffer o WHERE o.groupId = :group "
                        + "ORDER BY o.lessons, o.validDays", GroupOffer.class).setParameter("group", group.id())
                .getResultStream().map(o -> new CentreGroups.Offer(o.id(), o.lessons(), o.validDays(), o.price())).toList();
        return new LessonOverview.GroupLine(group.id(), group.name(), group.teacher(), group.days(), group.startsAt(),
                group.minutes(), group.pricing(),
                group.lessonPrice().orElse(null), group.coursePrice().orElse(null), offers, inDebt, debt);
    }
}
