/**
 * The faces of bank-card top-ups: the parent's top-up and its status, auto top-up rules and saved cards, the acquirer's
 * notifications, the settlement every path goes through, the minute poll and the auto top-up trigger.
 */
package org.cardhub.acquiring.boundary;
