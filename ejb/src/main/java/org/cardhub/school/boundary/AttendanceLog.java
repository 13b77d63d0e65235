package org.cardhub.school.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.school.entity.Attendance;
import org.cardhub.school.entity.CardPassed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Records turnstile passes. One row per terminal event: a redelivered or repeated event finds its row
 * and records nothing new (the database's unique key settles concurrent duplicates). A pass recorded is announced
 * ({@link CardPassed}) in the same transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AttendanceLog {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    GuardianNotices notifications;

    @Inject
    Event<CardPassed> passes;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** @return true when this call recorded the pass, false when the event was recorded before */
    public boolean record(Card card, String terminalId, String eventId, Attendance.Direction direction, Instant occurredAt) {
        boolean known = !em.createQuery("SELECT a.id FROM Attendance a WHERE a.terminalId = :terminal AND a.eventId = :event",
                        Long.class)
                .setParameter("terminal", terminalId).setParameter("event", eventId).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new Attendance(card.id(), terminalId, eventId, direction, occurredAt, Instant.now()));
        em.flush();
        Contract contract = em.find(Contract.class, card.contractId());
        ZoneId zone = contract.timeZone();
        String when = TIME.format(occurredAt.atZone(zone));
        String place = contract.kind() == ContractKind.CENTRE ? "центр" : "школу";
        String left = contract.kind() == ContractKind.CENTRE ? " ушёл из центра в " : " ушёл из школы в ";
        notifications.aboutCard(card.id(), "attendance:" + terminalId + ":" + eventId,
                NotificationPreference.Topic.ENTRY_EXIT,
                card.holderName() + (direction == Attendance.Direction.ENTRY ? " пришёл в " + place + " в " : left) + when,
                "Карта " + card.panMasked() + ", турникет " + terminalId + ", " + when + " (" + zone.getId() + ").");
        audit.record("terminal:" + terminalId, "school." + direction.name().toLowerCase(), AuditSubject.CARD, card.id(),
                direction + " at " + occurredAt);
        passes.fire(new CardPassed(card.id(), card.contractId(), terminalId, direction, occurredAt));
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Attendance> of(long cardId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.cardId = :card ORDER BY a.occurredAt", Attendance.class)
                .setParameter("card", cardId).getResultList();
    }

    /** Whether the pupil passed the turnstile into school in {@code [from, until)}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean entered(long cardId, Instant from, Instant until) {
        return !em.createQuery("SELECT a.id FROM Attendance a WHERE a.cardId = :card AND a.direction = :entry "
                        + "AND a.occurredAt >= :from AND a.occurredAt < :until", Long.class)
                .setParameter("card", cardId).setParameter("entry", Attendance.Direction.ENTRY)
                .setParameter("from", from).setParameter("until", until).setMaxResults(1).getResultList().isEmpty();
    }
}
