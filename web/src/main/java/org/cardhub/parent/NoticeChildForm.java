package org.cardhub.parent;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.ChildNotices;
import org.cardhub.notifications.entity.InformerState;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One child's part of the notifications form: a row of channel boxes per kind of event, the thresholds as typed, the
 * SMS informer.
 */
public class NoticeChildForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boxes of one kind of event. */
    public static class TopicRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Topic topic;
        private boolean email;
        private boolean sms;
        private boolean push;

        TopicRow(Topic topic, Channels channels) {
            this.topic = topic;
            this.email = channels.email();
            this.sms = channels.sms();
            this.push = channels.push();
        }

        Channels channels() {
            return new Channels(email, sms, push);
        }

        public String getTopic() {
            return topic.name();
        }

        public boolean isEmail() {
            return email;
        }

        public void setEmail(boolean email) {
            this.email = email;
        }

        public boolean isSms() {
            return sms;
        }

        public void setSms(boolean sms) {
            this.sms = sms;
        }

        public boolean isPush() {
            return push;
        }

        public void setPush(boolean push) {
            this.push = push;
        }
    }

    private final long cardId;
    private final String name;
    private final String contractNumber;
    private final String timeZone;
    private final List<TopicRow> rows = new ArrayList<>();
    private String mainThreshold;
    private String canteenThreshold;
    private InformerState informer;
    private InformerTexts.Lines informerLines;

    NoticeChildForm(ChildNotices child, Locale locale) {
        this.cardId = child.cardId();
        this.name = child.name();
        this.contractNumber = child.schoolContractNumber();
        this.timeZone = child.timeZone();
        for (Topic topic : Topic.chosen()) {
            rows.add(new TopicRow(topic, child.channels().getOrDefault(topic, topic.defaults())));
        }
        this.mainThreshold = typed(child.thresholds().get(AccountPurpose.MAIN), locale);
        this.canteenThreshold = typed(child.thresholds().get(AccountPurpose.CANTEEN), locale);
        this.informer = child.informer();
    }

    /** The choices as the boxes show them, with thresholds already read from what was typed. */
    ChildChoices choices(Amount main, Amount canteen) {
        Map<Topic, Channels> channels = new EnumMap<>(Topic.class);
        rows.forEach(row -> channels.put(row.topic, row.channels()));
        Map<AccountPurpose, Amount> thresholds = new EnumMap<>(AccountPurpose.class);
        if (main != null) {
            thresholds.put(AccountPurpose.MAIN, main);
        }
        if (canteen != null) {
            thresholds.put(AccountPurpose.CANTEEN, canteen);
        }
        return new ChildChoices(cardId, channels, thresholds);
    }

    void show(InformerState state, InformerTexts.Lines lines) {
        this.informer = state;
        this.informerLines = lines;
    }

    /** A threshold as an input shows it: 100,00 in Russian, 100.00 in English, no unit. */
    static String typed(Amount amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale))
                .format(BigDecimal.valueOf(amount.minorUnits(), 2));
    }

    public long getCardId() {
        return cardId;
    }

    public String getName() {
        return name;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<TopicRow> getRows() {
        return rows;
    }

    public String getMainThreshold() {
        return mainThreshold;
    }

    public void setMainThreshold(String mainThreshold) {
        this.mainThreshold = mainThreshold;
    }

    public String getCanteenThreshold() {
        return canteenThreshold;
    }

    public void setCanteenThreshold(String canteenThreshold) {
        this.canteenThreshold = canteenThreshold;
    }

    public InformerState getInformer() {
        return informer;
    }

    public InformerTexts.Lines getInformerLines() {
        return informerLines;
    }
}
