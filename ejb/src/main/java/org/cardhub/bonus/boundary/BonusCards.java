package org.cardhub.bonus.boundary;

import static org.cardhub.bonus.entity.BonusRefusal.Code.CARD_UNKNOWN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.wallets.boundary.PhoneCodes;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.bonus.control.HolderBooks;
import org.cardhub.bonus.control.StatementQuery;
import org.cardhub.bonus.control.WalletHolders;
import org.cardhub.bonus.entity.BonusCard;
import org.cardhub.bonus.entity.BonusCardBarcode;
import org.cardhub.bonus.entity.BonusCardView;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;

import java.time.Clock;
import java.time.Instant;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A wallet holder's bonus cards: a card the programme issued is registered to the caller's own wallet by its barcode
 * and the holder's birth date (adults only), confirmed by a code sent to the wallet's phone: {@link #sendCode} once the
 * card may be registered, {@link #register} with the code. A wrong code is answered, not thrown, so its count is kept.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BonusCards {

    @PersistenceContext
    EntityManager em;

    @Inject
    WalletHolders wallets;

    @Inject
    HolderBooks books;

    @Inject
    StatementQuery query;

    @EJB
    AuditLog audit;

    @EJB
    PhoneCodes codes;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** What registering came to: the code's check, and the card when the code was accepted. */
    public record Registration(CodeCheck check, BonusCardView card) implements Serializable {
    }

    /** Checks the card may be registered to the caller's wallet with that birth date, then sends the code to its phone. */
    public CodeSending sendCode(String barcode, LocalDate birthDate) {
        Contract wallet = wallets.requireOfSubject(subject());
        BonusCard card = issued(BonusCardBarcode.parse(barcode), LockModeType.NONE);
        card.refusalToRegister(birthDate, today(wallet)).ifPresent(refusal -> {
            throw refusal;
        });
        return codes.send(wallet.holderPhone(), CodePurpose.BONUS_CARD);
    }

    /** Registers the card to the caller's wallet if the code is accepted; the wallet's points book is opened with it. */
    public Registration register(String barcode, LocalDate birthDate, String code) {
        Contract wallet = wallets.requireOfSubject(subject());
        BonusCard card = issued(BonusCardBarcode.parse(barcode), LockModeType.PESSIMISTIC_WRITE);
        card.refusalToRegister(birthDate, today(wallet)).ifPresent(refusal -> {
            throw refusal;
        });
        CodeCheck check = codes.verify(wallet.holderPhone(), CodePurpose.BONUS_CARD, code);
        if (!check.isAccepted()) {
            return new Registration(check, null);
        }
        Instant now = clock.instant();
        card.register(wallet.id(), birthDate, today(wallet), now);
        books.ensure(wallet.number(), now);
        audit.record(subject(), "bonus-card.registered", AuditSubject.CONTRACT, wallet.id(),
                "bonus card " + card.barcode());
        return new Registration(check, BonusCardView.of(card));
    }

    /** The bonus cards registered to the caller's wallet (none without a wallet). */
    public List<BonusCardView> mine() {
        return wallets.ofSubject(subject()).map(wallet -> query.cards(wallet.id())).orElse(List.of());
    }

    private BonusCard issued(BonusCardBarcode barcode, LockModeType lock) {
        BonusCard card = em.find(BonusCard.class, barcode.digits(), lock);
        if (card == null) {
            throw new BonusRefusal(CARD_UNKNOWN, "The programme issued no bonus card " + barcode);
        }
        return card;
    }

    private LocalDate today(Contract wallet) {
        return LocalDate.ofInstant(clock.instant(), wallet.timeZone());
    }

    private String subject() {
        return session.getCallerPrincipal().getName();
    }
}
