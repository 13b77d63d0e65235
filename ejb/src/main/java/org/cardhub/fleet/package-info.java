/**
 * The fleet manager's view of a company: read models over contracts, their accounts, cards and journal entries for
 * the corporate cabinet. Above {@code contracts}, {@code cards}, {@code ledger} and {@code terminals} (where stations
 * stand); nothing below depends on it.
 */
package org.cardhub.fleet;
