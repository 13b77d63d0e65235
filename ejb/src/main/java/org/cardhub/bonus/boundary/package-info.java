/**
 * The bonus programme's ways in: its tills record checks and returns ({@link org.cardhub.bonus.boundary.BonusTills},
 * partner role {@code partner-bonus}); a wallet holder registers bonus cards and reads their own points
 * ({@link org.cardhub.bonus.boundary.BonusCards}, {@link org.cardhub.bonus.boundary.PointsStatements}, role
 * {@code wallet}); its timer earns cashback on wallet purchases elsewhere and lets time pass
 * ({@link org.cardhub.bonus.boundary.BonusRuns}).
 */
package org.cardhub.bonus.boundary;
