/**
 * The bonus points programme's rules (issue 25, seed 003: Kari's club), as plain Java before anything is mapped or
 * posted: the {@link org.cardhub.bonus.entity.BonusRules} as data (10 % in the network, 3.1 % cashback outside,
 * excluded categories, 3 days pending, 3 months' life, at most 30 % of a purchase), and one holder's
 * {@link org.cardhub.bonus.entity.PointsBook} — a lot per purchase that earned, spent and expired oldest first,
 * returns that take back what a purchase earned and give back what paid for it without the points ever going
 * negative — with every change a {@link org.cardhub.bonus.entity.PointsMovement} balanced between the holder's and
 * the programme's accounts, ready for the ledger to post in {@link org.cardhub.money.Currency#POINTS}.
 */
package org.cardhub.bonus.entity;
