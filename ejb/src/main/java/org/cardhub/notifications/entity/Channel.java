package org.cardhub.notifications.entity;

public enum Channel {
    EMAIL,
    SMS,
    PUSH
}
