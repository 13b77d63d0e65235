package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.IdentificationDesk;
import org.cardhub.wallets.boundary.MyIdentification;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletClosure;
import org.cardhub.wallets.boundary.WalletTransfers;
import org.cardhub.wallets.boundary.WalletWithdrawals;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletRefusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which wallet object, cell by cell: each holder their own wallet, cards, identification, closure and
 * withdrawals to a card and nobody else's (another's card is «not found», never refused by name); a parent, a centre
 * and the back office reach no holder's cabinet; only the back office decides identifications.
 */
@ExtendWith(ArquillianExtension.class)
class WalletAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    MyWallet myWallet;

    @EJB
    MyIdentification identification;

    @EJB
    IdentificationDesk desk;

    @EJB
    WalletTransfers transfers;

    @EJB
    WalletClosure closure;

    @EJB
    WalletWithdrawals withdrawals;

    @EJB
    HolderSteps steps;

    @EJB
    WalletFixtures wallets;

    @EJB
    AsWalletHolder first;

    @EJB
    AsOtherWalletHolder second;

    @EJB
    AsParent parent;

    @EJB
    AsCentre centre;

    @EJB
    BackOffice backOffice;

    @Test
    void everyPersonReachesTheirOwnWalletOnlyAndOnlyTheBackOfficeDecidesIdentifications() throws Exception {
        WalletFixtures.Wallet one = wallets.of(WalletFixtures.FIRST);
        WalletFixtures.Wallet two = wallets.of(WalletFixtures.SECOND);
        long cardOfOne = first.call(() -> myWallet.cards()).stream().map(WalletCard::id).findFirst()
                .orElseGet(() -> call(first, () -> steps.addCard(CardForm.PLASTIC).id()));

        assertThat(first.call(() -> myWallet.overview()).number()).isEqualTo(one.number());
        assertThat(second.call(() -> myWallet.overview()).number()).isEqualTo(two.number());
        assertThat(second.call(() -> myWallet.cards())).extracting(WalletCard::id).doesNotContain(cardOfOne);
        assertThat(outcome(() -> second.call(() -> myWallet.blockCard(cardOfOne)))).isEqualTo(WalletRefusal.Code.CARD_NOT_FOUND);
        assertThat(outcome(() -> second.call(() -> myWallet.activateCard(cardOfOne)))).isEqualTo(WalletRefusal.Code.CARD_NOT_FOUND);
        assertThat(second.call(() -> transfers.receiver(Receiver.Kind.WALLET, one.phone())).maskedName())
                .as("a receiver is its masked name, nothing more").isEqualTo("Иван П.");

        Map<String, Callable<?>> holderCells = new LinkedHashMap<>();
        holderCells.put("overview", () -> myWallet.overview());
        holderCells.put("statement", () -> myWallet.operations(0, 10));
        holderCells.put("cards", () -> myWallet.cards());
        holderCells.put("identification", () -> identification.latest());
        holderCells.put("receiver", () -> transfers.receiver(Receiver.Kind.WALLET, one.phone()));
        holderCells.put("closure", () -> closure.balance());
        holderCells.put("withdrawal", () -> withdrawals.available());
        for (Map.Entry<String, Callable<?>> cell : holderCells.entrySet()) {
            assertThat(outcome(() -> parent.call(cell.getValue()))).as("parent × " + cell.getKey()).isEqualTo("DENIED");
            assertThat(outcome(() -> centre.call(cell.getValue()))).as("centre × " + cell.getKey()).isEqualTo("DENIED");
            assertThat(outcome(() -> backOffice.call(cell.getValue()))).as("back office × " + cell.getKey()).isEqualTo("DENIED");
        }
        assertThat(outcome(() -> first.call(() -> desk.waiting(0, 10)))).as("holder × identification queue").isEqualTo("DENIED");
        assertThat(outcome(() -> parent.call(() -> desk.countWaiting()))).as("parent × identification queue").isEqualTo("DENIED");
        assertThat(backOffice.call(() -> desk.countWaiting())).isNotNegative();
    }

    private static long call(AsWalletHolder holder, Callable<Long> work) {
        try {
            return holder.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a cell came to: "DENIED" by the container, a refusal's code, or "ALLOWED". */
    private static Object outcome(WalletsIT.ThrowingRunnable work) {
        try {
            work.run();
            return "ALLOWED";
        } catch (Exception e) {
            Throwable cause = Thrown.by(() -> {
                throw e;
            });
            if (cause instanceof EJBAccessException) {
                return "DENIED";
            }
            return cause instanceof Refusal refusal ? refusal.code() : cause.toString();
        }
    }
}
