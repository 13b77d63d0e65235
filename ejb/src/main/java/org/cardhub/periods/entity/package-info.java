/**
 * What month close decides: when a month is due to close by itself ({@link org.cardhub.periods.entity.ClosingSchedule},
 * the grace period after its end in the contract's zone), a contract's books as a range of months
 * ({@link org.cardhub.periods.entity.ContractBooks}) and a month's status from its story of closes and reopens
 * ({@link org.cardhub.periods.entity.MonthStatus}). The closed months themselves are the ledger's.
 */
package org.cardhub.periods.entity;
