package org.cardhub.wallets.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.PersonAccounts;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.contracts.boundary.WalletContracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.wallets.boundary.PhoneCodes;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OpenedWallet;
import org.cardhub.wallets.entity.PersonName;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What opening a wallet and resetting its password write, each in one transaction after the code to the phone was
 * accepted: the Keycloak account (deleted again if the transaction fails), the contract, the holder, the virtual card.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class WalletWork {

    /** People's wallets keep Moscow time: their months, statements and dormancy count in it. */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @EJB
    PersonAccounts accounts;

    @EJB
    WalletContracts contracts;

    @EJB
    WalletCards cards;

    @Inject
    WalletHolderBook holders;

    @EJB
    AuditLog audit;

    @EJB
    PhoneCodes codes;

    /** The login a wallet signs in with: the phone's digits, without the plus. */
    public static String loginOf(PhoneNumber phone) {
        return phone.value().substring(1);
    }

    public boolean isTaken(PhoneNumber phone) {
        return contracts.liveOnPhone(phone.value()).isPresent();
    }

    /**
     * Opens the wallet if the code is accepted. A wrong code is answered, not thrown, so its count commits; when the
     * account or the wallet cannot be made, the code's spending rolls back with everything else and it may be used again.
     */
    public Coded<OpenedWallet> open(PhoneNumber phone, String code, PersonName name, String password) {
        if (isTaken(phone)) {
            throw taken();
        }
        CodeCheck check = codes.verify(phone.value(), CodePurpose.OPEN_WALLET, code);
        return check.isAccepted() ? new Coded<>(check, open(phone, name, password)) : new Coded<>(check, null);
    }

    private OpenedWallet open(PhoneNumber phone, PersonName name, String password) {
        String login = loginOf(phone);
        String subject = accounts.open(login, name.first(), name.last(), phone.value(), password, Role.WALLET);
        Contract contract = contracts.open(subject, phone.value(), ZONE);
        holders.add(new WalletHolder(contract.id(), subject, name, Instant.now()));
        Cards.IssuedCard card = cards.virtual(contract.id(), name.toString(), subject);
        audit.record(audit.actor(login), "wallet.open", AuditSubject.CONTRACT, contract.id(),
                "wallet " + contract.number() + " opened on " + phone.masked());
        return new OpenedWallet(contract.number(), login, card.number().digits(), card.card().panMasked());
    }

    /** Sets the password if the code is accepted; a password Keycloak refuses leaves the code unspent. */
    public CodeCheck resetPassword(PhoneNumber phone, String code, String password, boolean endSessions) {
        Contract wallet = liveWallet(phone);
        CodeCheck check = codes.verify(phone.value(), CodePurpose.RESET_PASSWORD, code);
        if (!check.isAccepted()) {
            return check;
        }
        accounts.changePassword(wallet.holderSubject(), password, endSessions);
        audit.record(audit.actor(loginOf(phone)), "wallet.password", AuditSubject.CONTRACT, wallet.id(),
                endSessions ? "password reset by code; all sessions ended" : "password reset by code");
        return check;
    }

    /** What a step guarded by a code came to: the code's check, and the step's result when it was accepted. */
    public record Coded<T>(CodeCheck check, T result) {
    }

    public Contract liveWallet(PhoneNumber phone) {
        Optional<Contract> wallet = contracts.liveOnPhone(phone.value());
        return wallet.orElseThrow(() -> new WalletRefusal(WalletRefusal.Code.NO_WALLET, "No open wallet has the phone "
                + phone.masked()));
    }

    static WalletRefusal taken() {
        return new WalletRefusal(WalletRefusal.Code.PHONE_TAKEN, "A wallet is open on this phone already: sign in, or "
                + "reset the password");
    }
}
