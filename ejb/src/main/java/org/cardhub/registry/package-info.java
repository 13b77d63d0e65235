/**
 * The back office's registry of clients: organisations found by name or INN, contracts listed by organisation, kind,
 * status and number with their accounts, cards and lifecycle, and cards found by full number (through the keyed hash),
 * last four digits, barcode, school contract number or holder's name — with the staff's actions on them, each with a
 * reason, through the contracts' and cards' own boundaries. Reads what lies below it; nothing above names it.
 */
package org.cardhub.registry;
