package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.contracts.boundary.WalletContracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.notifications.entity.NoticeTexts;
import org.cardhub.wallets.entity.Identification;
import org.cardhub.wallets.entity.IdentificationView;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.util.List;

/**
 * The back office's queue of wallet holders asking to be identified, oldest first, paged in the database: each is
 * approved (the wallet takes the identified tier's caps from then on) or rejected with a reason the holder reads. The
 * holder hears of the decision by SMS.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class IdentificationDesk {

    @PersistenceContext
    EntityManager em;

    @EJB
    WalletContracts contracts;

    @EJB
    PersonNotices sms;

    @EJB
    AuditLog audit;

    public List<IdentificationView> waiting(int first, int max) {
        return em.createQuery("SELECT i, c.number, c.holderPhone FROM Identification i, Contract c "
                        + "WHERE c.id = i.contractId AND i.status = :waiting ORDER BY i.submittedAt, i.id", Object[].class)
                .setParameter("waiting", Identification.Status.WAITING)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultStream()
                .map(row -> IdentificationView.of((Identification) row[0], (String) row[1], (String) row[2])).toList();
    }

    public long countWaiting() {
        return em.createQuery("SELECT COUNT(i) FROM Identification i WHERE i.status = :waiting", Long.class)
                .setParameter("waiting", Identification.Status.WAITING).getSingleResult();
    }

    public IdentificationView approve(long requestId) {
        Identification request = waitingRequest(requestId);
        String actor = audit.actor(null);
        request.approve(actor, Instant.now());
        contracts.identify(request.contractId(), "identification " + requestId + " approved");
        WalletCaps caps = em.find(WalletLevel.class, WalletTier.IDENTIFIED).caps();
        return decided(request, "approved", "Кошелёк идентифицирован: лимиты повышены до "
                + NoticeTexts.roubles(caps.maxBalance()) + " на балансе и " + NoticeTexts.roubles(caps.maxMonthlyTurnover())
                + " оборота в месяц.");
    }

    public IdentificationView reject(long requestId, String reason) {
        Identification request = waitingRequest(requestId);
        request.reject(reason, audit.actor(null), Instant.now());
        return decided(request, "rejected: " + request.reason().orElseThrow(),
                "Заявка на идентификацию отклонена: " + request.reason().orElseThrow());
    }

    private IdentificationView decided(Identification request, String what, String text) {
        Contract wallet = em.find(Contract.class, request.contractId());
        audit.record(audit.actor(null), "wallet.identification.decide", AuditSubject.CONTRACT, request.contractId(),
                "identification " + request.id() + " " + what);
        if (wallet.holderPhone() != null) {
            sms.bySms("identification:" + request.id(), wallet.holderPhone(), "Cardhub: " + text);
        }
        return IdentificationView.of(request, wallet.number(), wallet.holderPhone());
    }

    private Identification waitingRequest(long requestId) {
        Identification request = em.find(Identification.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new WalletRefusal(WalletRefusal.Code.IDENTIFICATION_NOT_FOUND, "No request for identification " + requestId);
        }
        return request;
    }
}
