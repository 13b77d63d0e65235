package org.cardhub.wallets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.secrets.SecretVault;
import org.cardhub.wallets.control.CodeTexts;
import org.cardhub.wallets.control.PhoneCodeBook;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeHasher;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.PhoneCode;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.PhoneNumber;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One-time codes sent by SMS to a phone, for opening a wallet, resetting its password or confirming an operation:
 * asked for and checked by anyone, as a wallet is opened and its password reset before anyone signs in. A wrong code
 * is an answer, not a refusal, so its count commits with it; a caller that joins this transaction must not roll it
 * back on a wrong code, or the count of wrong codes goes with it. The trail names the number and purpose, never a code.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PhoneCodes {

    /** Who the trail names when nobody is signed in (a wallet being opened, a password being reset). */
    static final String ANONYMOUS = "system:phone-codes";

    @Inject
    PhoneCodeBook book;

    @Inject
    SecretVault vault;

    @EJB
    PersonNotices sms;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    RandomGenerator random = new SecureRandom();

    /**
     * Sends a new code to the number for the purpose, replacing the one sent before, unless the number is blocked for
     * it or the last code was sent less than a minute ago.
     */
    public CodeSending send(String phone, CodePurpose purpose) {
        PhoneNumber number = PhoneNumber.parse(phone);
        requirePurpose(purpose);
        Instant now = clock.instant();
        Optional<PhoneCode> latest = book.latest(number, purpose);
        Optional<CodeSending> heldBack = PhoneCode.holdsBack(latest, now);
        if (heldBack.isPresent()) {
            return heldBack.get();
        }
        OneTimeCode code = OneTimeCode.drawn(random);
        PhoneCode issued = PhoneCode.issue(number, purpose, code, hasher(), latest, now);
        book.add(issued);
        sms.codeBySms("phone-code:" + purpose + ":" + now.toEpochMilli(), number.value(), CodeTexts.sms(code, purpose));
        audit.record(audit.actor(ANONYMOUS), "phone-code.sent", AuditSubject.PHONE_NUMBER, number.value(),
                purpose + "; valid until " + issued.expiresAt());
        return issued.sending();
    }

    /** Checks the code typed for the number and purpose against the latest code sent; an accepted code is spent. */
    public CodeCheck verify(String phone, CodePurpose purpose, String typed) {
        PhoneNumber number = PhoneNumber.parse(phone);
        requirePurpose(purpose);
        OneTimeCode code = OneTimeCode.typed(typed);
        Optional<PhoneCode> latest = book.latest(number, purpose);
        if (latest.isEmpty()) {
            return CodeCheck.notSent();
        }
        CodeCheck check = latest.get().verify(code, hasher(), clock.instant());
        if (check.isAccepted()) {
            audit.record(audit.actor(ANONYMOUS), "phone-code.accepted", AuditSubject.PHONE_NUMBER, number.value(),
                    purpose.name());
        } else if (check.blockedNow()) {
            audit.record(audit.actor(ANONYMOUS), "phone-code.blocked", AuditSubject.PHONE_NUMBER, number.value(),
                    purpose + "; " + PhoneCode.MAX_WRONG + " wrong codes; blocked until " + check.blockedUntil());
        }
        return check;
    }

    private CodeHasher hasher() {
        return (phone, purpose, code) -> vault.phoneCodeHash(phone.value(), purpose.name(), code.digits());
    }

    private static void requirePurpose(CodePurpose purpose) {
        if (purpose == null) {
            throw new PhoneCodeRefusal(PhoneCodeRefusal.Code.PURPOSE_MISSING, "A code is sent for a purpose");
        }
    }
}
