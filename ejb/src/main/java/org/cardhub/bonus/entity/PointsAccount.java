package org.cardhub.bonus.entity;

/**
 * The accounts a points movement is posted between, once the ledger keeps points: the holder's points still
 * pending and those spendable, and the programme's account, which issues every point and takes back every point
 * spent, expired or taken back.
 */
public enum PointsAccount {
    HOLDER_PENDING,
    HOLDER_AVAILABLE,
    PROGRAMME
}
