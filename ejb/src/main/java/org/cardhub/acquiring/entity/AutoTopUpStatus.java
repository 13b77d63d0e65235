package org.cardhub.acquiring.entity;

/** An auto top-up rule charges only while {@link #ACTIVE}; a failed charge {@link #SUSPENDED suspends} it until the parent resumes it. */
public enum AutoTopUpStatus {
    ACTIVE, OFF, SUSPENDED
}
