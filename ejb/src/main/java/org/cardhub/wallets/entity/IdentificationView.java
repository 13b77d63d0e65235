package org.cardhub.wallets.entity;

import java.io.Serializable;
import java.time.Instant;

/** A request for identification as the holder and the back office read it. */
public record IdentificationView(long id, String contractNumber, String phone, PassportData data,
                                 Identification.Status status, String reason, Instant submittedAt, Instant decidedAt)
        implements Serializable {

    public static IdentificationView of(Identification request, String contractNumber, String phone) {
        return new IdentificationView(request.id(), contractNumber, phone, request.data(), request.status(),
                request.reason().orElse(null), request.submittedAt(), request.decidedAt().orElse(null));
    }
}
