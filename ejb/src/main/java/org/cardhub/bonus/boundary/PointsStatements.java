package org.cardhub.bonus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.bonus.control.BonusProgrammes;
import org.cardhub.bonus.control.PointsBooks;
import org.cardhub.bonus.control.StatementQuery;
import org.cardhub.bonus.control.WalletHolders;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.HolderStatement;
import org.cardhub.bonus.entity.MovementPage;
import org.cardhub.bonus.entity.PointsBook;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A wallet holder's own points, and nobody else's: the wallet is the caller's (by their Keycloak id), never one named
 * by the caller. The statement is as of today where the wallet lives — points due are shown spendable or expired even
 * before the daily run has kept it — or as of the book's own day should that be later.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PointsStatements {

    @Inject
    WalletHolders wallets;

    @Inject
    BonusProgrammes programmes;

    @Inject
    PointsBooks books;

    @Inject
    StatementQuery query;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The caller's statement; refused as NO_WALLET when the caller has no wallet. */
    public HolderStatement mine() {
        Contract wallet = wallets.requireOfSubject(subject());
        LocalDate today = LocalDate.ofInstant(clock.instant(), wallet.timeZone());
        BonusRules rules = programmes.active().rules();
        Optional<PointsBook> kept = books.read(wallet.number(), rules);
        if (kept.isEmpty()) {
            return HolderStatement.empty(wallet.number(), today, query.cards(wallet.id()));
        }
        PointsBook book = kept.get();
        if (book.today() == null || !today.isBefore(book.today())) {
            book.passTime(today);
        }
        return HolderStatement.of(wallet.number(), book, query.cards(wallet.id()), query.count(wallet.number()));
    }

    /** A page of the caller's movements, newest first ({@code first} counted from 0, at most 100 a page). */
    public MovementPage movements(int first, int size) {
        Contract wallet = wallets.requireOfSubject(subject());
        return query.page(wallet.number(), first, size);
    }

    private String subject() {
        return session.getCallerPrincipal().getName();
    }
}
