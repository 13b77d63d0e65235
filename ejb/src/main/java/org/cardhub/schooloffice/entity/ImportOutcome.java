package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/**
 * An applied import: its line in the history (whose printable list names the new pupils), what it did, and the new
 * cards' activation codes, handed back this once.
 */
public record ImportOutcome(long importId, ImportStatus status, ImportSummary summary, long durationMs, IssuedCodes codes)
        implements Serializable {
}
