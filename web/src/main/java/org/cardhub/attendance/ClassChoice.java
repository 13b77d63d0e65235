package org.cardhub.attendance;

import java.io.Serializable;
import java.time.ZoneId;

/** A class the teacher may open, as the chooser names it («5А», or «5А · Школа № 7» for a teacher of several schools). */
public record ClassChoice(long id, String label, String className, String schoolName, ZoneId zone) implements Serializable {
}
