package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/** An applied import: its line in the history (whose printable list names the new pupils) and what it did. */
public record ImportOutcome(long importId, ImportStatus status, ImportSummary summary, long durationMs) implements Serializable {
}
