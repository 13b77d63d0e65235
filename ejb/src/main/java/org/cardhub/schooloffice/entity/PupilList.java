package org.cardhub.schooloffice.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The printable list of an import's new pupils, by class and name, with the school and the import it comes from. */
public record PupilList(long importId, String schoolName, String fileName, Instant importedAt, ZoneId zone,
                        List<PrintedPupil> pupils) {

    public PupilList {
        pupils = List.copyOf(pupils);
    }
}
