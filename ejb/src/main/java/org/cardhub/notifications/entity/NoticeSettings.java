package org.cardhub.notifications.entity;

import java.io.Serializable;
import java.util.List;

/** A parent's notification settings as the page shows them: their addresses and each of their children's choices. */
public record NoticeSettings(Addresses addresses, List<ChildNotices> children) implements Serializable {
}
