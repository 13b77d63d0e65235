package org.cardhub.wallet.points;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.bonus.boundary.PointsStatements;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.bonus.entity.HolderStatement;
import org.cardhub.cabinet.PageMessages;

import java.io.Serializable;

/**
 * The wallet holder's points ({@code /cabinet/wallet/points.xhtml}): what is spendable, pending (and from when), spent
 * and expiring soon (and when), the bonus cards registered, and the movements a page at a time — or, before the first
 * point, how to earn them.
 */
@Named("walletPointsView")
@ViewScoped
public class PointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PointsStatements statements;

    private HolderStatement statement;
    private MovementTable movements;

    @PostConstruct
    void load() {
        try {
            statement = statements.mine();
            movements = new MovementTable(statements, statement.movements());
        } catch (BonusRefusal refused) {
            statement = null;
            PageMessages.refuse(null, "points.error." + refused.code().name());
        }
    }

    /** After a card was registered: the statement again, with the card. */
    public void reload() {
        load();
    }

    public HolderStatement getStatement() {
        return statement;
    }

    public MovementTable getMovements() {
        return movements;
    }

    public boolean isNothingYet() {
        return statement == null || statement.isEmpty();
    }
}
