package org.cardhub.school.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMS informer's month is a charge on the school day, not a transfer to somebody; a transfer stays a transfer. */
class ServiceChargeOnTheDayTest {

    private static final Instant AT = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    void aPaidServiceTakenFromThePurseIsACharge() {
        Movement charge = Movement.of(1, EntryKind.TRANSFER, AT, true, "SERVICE", "system:sms-informer", null, 5_032)
                .plus(-5_032);

        assertThat(charge.dayKind()).isEqualTo(DayEvent.Kind.CHARGE);
    }

    @Test
    void aTransferToAnotherPurseIsStillATransfer() {
        Movement transfer = Movement.of(2, EntryKind.TRANSFER, AT, true, null, "parent", null, 10_000).plus(-10_000);

        assertThat(transfer.dayKind()).isEqualTo(DayEvent.Kind.TRANSFER_OUT);
    }
}
