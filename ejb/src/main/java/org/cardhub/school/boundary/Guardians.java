package org.cardhub.school.boundary;

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
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.RealmRoles;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.school.control.GuardianLinks;
import org.cardhub.school.control.NumberLocks;
import org.cardhub.school.entity.ActivationCode;
import org.cardhub.secrets.SecretVault;
import org.cardhub.school.entity.GuardianLinkLock;
import org.cardhub.school.entity.LinkResult;
import org.cardhub.school.entity.LinkedChild;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A parent links their child's card with the school contract number and the activation code from the school's letter,
 * sees the children they linked, and unlinks one. Someone who registered themselves (an applicant) becomes a parent by
 * their first link. Guessing is limited per number ({@link GuardianLinkLock}); the other parents of the child hear of
 * every link and unlink, so a stranger who got hold of a code does not go unnoticed.
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.APPLICANT})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Guardians {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @EJB
    GuardianNotices notices;

    @EJB
    RealmRoles realmRoles;

    @Inject
    CardDirectory cards;

    @Inject
    NumberLocks locks;

    @Inject
    SecretVault vault;

    @Inject
    GuardianLinks links;

    Clock clock = Clock.systemUTC();

    /**
     * Links the caller to the pupil's card the number and code name. A malformed number or code is refused before
     * anything is written; an unknown number and a wrong code are one answer, counted against the number; a locked
     * number checks no code.
     */
    public LinkResult link(String contractNumber, String activationCode) {
        SchoolContractNumber number = SchoolContractNumber.of(contractNumber == null ? null : contractNumber.strip());
        ActivationCode code = ActivationCode.typed(activationCode);
        Instant now = clock.instant();
        GuardianLinkLock lock = locks.lockFor(number.value());
        Optional<Instant> locked = lock.lockedAt(now);
        if (locked.isPresent()) {
            return LinkResult.locked(locked.get(), false);
        }
        Optional<Card> card = cards.find(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, number.value()));
        if (!code.matches(card.map(Card::activationCodeHash).orElse(null), vault::activationCodeHash)) {
            return wrongCode(lock, now);
        }
        lock.succeeded();
        Card child = card.get();
        if (child.status() == CardStatus.CLOSED || child.status() == CardStatus.REISSUED) {
            return LinkResult.cardClosed();
        }
        String caller = caller();
        boolean signInAgain = !session.isCallerInRole(Role.Names.PARENT);
        if (signInAgain) {
            realmRoles.grant(caller, Role.PARENT);
        }
        if (links.isLinked(child.id(), caller)) {
            return signInAgain ? LinkResult.linked(child.id(), child.holderName(), true)
                    : LinkResult.alreadyLinked(child.id(), child.holderName());
        }
        tellTheOtherGuardians(child, now, "guardian-linked", " — к карте привязан ещё один родитель",
                "Карту " + child.panMasked() + " привязали в кабинете родителя по номеру договора и коду активации");
        links.link(child, caller);
        audit.record(caller, "guardian.linked", AuditSubject.CARD, child.id(),
                "by school contract number " + number.value() + (signInAgain ? "; became a parent" : ""));
        return LinkResult.linked(child.id(), child.holderName(), signInAgain);
    }

    /** The caller's link to the child's card (and to the cards it replaced) ends; another parent's stays. */
    public void unlink(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        String caller = caller();
        List<Long> unlinked = links.unlink(card, caller);
        if (unlinked.isEmpty()) {
            throw new AccessDeniedException("linked card", cardId);
        }
        audit.record(caller, "guardian.unlinked", AuditSubject.CARD, cardId,
                card.holderName() + (unlinked.size() > 1 ? "; also earlier cards " + unlinked.subList(1, unlinked.size()) : ""));
        tellTheOtherGuardians(card, clock.instant(), "guardian-unlinked", " — один из родителей отвязал карту",
                "Карту " + card.panMasked() + " отвязали от кабинета одного из родителей");
    }

    /** The children the caller linked, by name, each with their school. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LinkedChild> mine() {
        return cards.guardedBy(caller()).stream().map(card -> {
            Contract contract = em.find(Contract.class, card.contractId());
            Organization school = contract.organizationId() == null ? null : em.find(Organization.class, contract.organizationId());
            return new LinkedChild(card.id(), card.holderName(), school == null ? "" : school.name(),
                    card.schoolContractNumber(), card.panMasked());
        }).toList();
    }

    private LinkResult wrongCode(GuardianLinkLock lock, Instant now) {
        Optional<Instant> lockedNow = lock.fail(now);
        if (lockedNow.isEmpty()) {
            return LinkResult.wrong(lock.attemptsLeft(now));
        }
        audit.record(caller(), "guardian.link-locked", AuditSubject.SCHOOL_CONTRACT_NUMBER, lock.contractNumber(),
                lock.failedCount() + " wrong activation codes; linking locked until " + lockedNow.get());
        return LinkResult.locked(lockedNow.get(), true);
    }

    /** The child's other parents hear of it at once, in this transaction, in the school's time. */
    private void tellTheOtherGuardians(Card card, Instant now, String event, String subject, String body) {
        Contract contract = em.find(Contract.class, card.contractId());
        notices.aboutCard(card.id(), event + ":" + card.id() + ":" + caller() + ":" + now.toEpochMilli(),
                NotificationPreference.Topic.CARD, card.holderName() + subject,
                body + " " + TIME.format(now.atZone(contract.timeZone())) + " (" + contract.timeZone().getId() + ")."
                        + " Если вы этого не ждали, позвоните в школу.");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
