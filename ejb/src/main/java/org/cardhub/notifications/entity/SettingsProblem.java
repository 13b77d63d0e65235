package org.cardhub.notifications.entity;

import java.io.Serializable;

/** One thing wrong with a parent's notification settings, and the field it is about (as {@link NoticeSettings} names them). */
public record SettingsProblem(String field, InvalidNoticeSettingsException.Code code) implements Serializable {
}
