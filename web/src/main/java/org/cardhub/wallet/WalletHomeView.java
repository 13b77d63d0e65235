package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.contracts.boundary.WalletLevels;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.entity.WalletOperation;
import org.cardhub.wallets.entity.WalletOverview;

import java.io.Serializable;
import java.util.Map;

/**
 * The wallet's home ({@code index.xhtml}): the balance, the tier with how full its caps are, a hint to get identified
 * while the wallet is not, and the statement, newest first, paged in the database.
 */
@Named
@ViewScoped
public class WalletHomeView implements Serializable {

    @EJB
    MyWallet wallet;

    @EJB
    WalletLevels levels;

    private WalletOverview overview;
    private WalletCaps identifiedCaps;
    private PagedTable<WalletOperation> operations;
    private long operationCount;

    @PostConstruct
    void load() {
        try {
            overview = wallet.overview();
            if (!isIdentified()) {
                identifiedCaps = levels.all().stream().filter(level -> level.tier() == WalletTier.IDENTIFIED)
                        .map(WalletLevelView::caps).findFirst().orElse(null);
            }
            operationCount = wallet.countOperations();
            operations = new PagedTable<>(() -> wallet.countOperations(), (first, max) -> wallet.operations(first, max),
                    operation -> Long.toString(operation.entryId()));
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
    }

    public WalletOverview getOverview() {
        return overview;
    }

    /** The caps identification would bring, for the hint; null once identified. */
    public WalletCaps getIdentifiedCaps() {
        return identifiedCaps;
    }

    public PagedTable<WalletOperation> getOperations() {
        return operations;
    }

    /** How many operations the statement had when the page opened; none shows how money comes in instead. */
    public long getOperationCount() {
        return operationCount;
    }

    public boolean isIdentified() {
        return overview != null && overview.tier() == WalletTier.IDENTIFIED;
    }

    public int getBalancePercent() {
        return overview == null ? 0 : WalletWords.percentOf(overview.balance(), overview.maxBalance());
    }

    public int getTurnoverPercent() {
        return overview == null ? 0 : WalletWords.percentOf(overview.turnoverThisMonth(), overview.maxTurnover());
    }
}
