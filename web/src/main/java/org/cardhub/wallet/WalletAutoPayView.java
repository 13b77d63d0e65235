package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyAutoPayments;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentSchedule;
import org.cardhub.wallets.entity.AutoPaymentView;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletRefusal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The wallet's auto-payments ({@code autopay.xhtml}): a form for a new one — whom, how much, weekly on a day of the
 * week or monthly on a day 1–28 — answered with the receiver's masked name, and the list with each one's next run, its
 * last outcome in words, pause, resume and delete.
 */
@Named
@ViewScoped
public class WalletAutoPayView implements Serializable {

    private static final String REFERENCE = "autopay:reference";
    private static final String AMOUNT = "autopay:amount";
    private static final Map<Object, String> FORM_INPUTS = Map.ofEntries(
            Map.entry(WalletRefusal.Code.RECEIVER_NOT_FOUND, REFERENCE),
            Map.entry(WalletRefusal.Code.SELF_TRANSFER, REFERENCE),
            Map.entry(WalletRefusal.Code.CARD_NUMBER_INVALID, REFERENCE),
            Map.entry(WalletRefusal.Code.AMOUNT_INVALID, AMOUNT),
            Map.entry(WalletRefusal.Code.AUTO_PAYMENT_TOO_LARGE, AMOUNT),
            Map.entry(InvalidAmountException.Code.AMOUNT_FORMAT, AMOUNT),
            Map.entry(InvalidAmountException.Code.AMOUNT_SCALE, AMOUNT),
            Map.entry(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, AMOUNT),
            Map.entry(InvalidAmountException.Code.AMOUNT_TOO_LARGE, AMOUNT));

    @EJB
    MyAutoPayments autoPayments;

    @Inject
    WalletWords words;

    private List<AutoPaymentView> payments = List.of();
    private Receiver.Kind kind = Receiver.Kind.WALLET;
    private String reference;
    private String amountText;
    private AutoPaymentSchedule.Kind scheduleKind = AutoPaymentSchedule.Kind.WEEKLY;
    private int weekDay = 1;
    private int monthDay = 1;

    @PostConstruct
    void load() {
        try {
            payments = autoPayments.list();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
    }

    /** «Создать»: the auto-payment saved, and whom it pays said back. */
    public void create() {
        try {
            int day = scheduleKind == AutoPaymentSchedule.Kind.WEEKLY ? weekDay : monthDay;
            AutoPaymentView created = autoPayments.create(kind, reference,
                    Formats.typed(amountText, Currency.RUB), new AutoPaymentSchedule(scheduleKind, day));
            PageMessages.info("autopay.created", created.target().maskedName(), words.amount(created.amount()),
                    words.date(created.nextRun()));
            reference = null;
            amountText = null;
            payments = autoPayments.list();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, FORM_INPUTS, null);
        }
    }

    public void pause(AutoPaymentView payment) {
        act(() -> autoPayments.pause(payment.id()), "autopay.paused");
    }

    public void resume(AutoPaymentView payment) {
        act(() -> autoPayments.resume(payment.id()), "autopay.resumed");
    }

    public void delete(AutoPaymentView payment) {
        act(() -> {
            autoPayments.delete(payment.id());
            return null;
        }, "autopay.deleted");
    }

    private void act(Supplier<?> change, String doneKey) {
        try {
            change.get();
            PageMessages.info(doneKey);
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
        payments = autoPayments.list();
    }

    /** «Каждый понедельник», «Каждый месяц, 15-го». */
    public String schedule(AutoPaymentView payment) {
        AutoPaymentSchedule schedule = payment.schedule();
        return schedule.kind() == AutoPaymentSchedule.Kind.WEEKLY
                ? PageMessages.text("autopay.every." + schedule.day())
                : PageMessages.text("autopay.monthlyOn", schedule.day());
    }

    /** The last run's outcome in words, or that it has not run yet. */
    public String outcome(AutoPaymentView payment) {
        return PageMessages.text(outcomeKey(payment.lastOutcome()));
    }

    static String outcomeKey(String lastOutcome) {
        if (lastOutcome == null) {
            return "autopay.outcome.none";
        }
        if (AutoPayment.SENT.equals(lastOutcome) || AutoPayment.TARGET_GONE.equals(lastOutcome)) {
            return "autopay.outcome." + lastOutcome;
        }
        return WalletRefusals.declineKey(lastOutcome, false);
    }

    public boolean isFailed(AutoPaymentView payment) {
        return payment.lastOutcome() != null && !AutoPayment.SENT.equals(payment.lastOutcome());
    }

    public boolean isRoomForMore() {
        return payments.size() < MyAutoPayments.MAX_PER_WALLET;
    }

    public List<AutoPaymentView> getPayments() {
        return payments;
    }

    public Receiver.Kind getKind() {
        return kind;
    }

    public void setKind(Receiver.Kind kind) {
        this.kind = kind == null ? Receiver.Kind.WALLET : kind;
    }

    public Receiver.Kind[] getKinds() {
        return Receiver.Kind.values();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAmountText() {
        return amountText;
    }

    public void setAmountText(String amountText) {
        this.amountText = amountText;
    }

    public AutoPaymentSchedule.Kind getScheduleKind() {
        return scheduleKind;
    }

    public void setScheduleKind(AutoPaymentSchedule.Kind scheduleKind) {
        this.scheduleKind = scheduleKind == null ? AutoPaymentSchedule.Kind.WEEKLY : scheduleKind;
    }

    public AutoPaymentSchedule.Kind[] getScheduleKinds() {
        return AutoPaymentSchedule.Kind.values();
    }

    public int getWeekDay() {
        return weekDay;
    }

    public void setWeekDay(int weekDay) {
        this.weekDay = weekDay;
    }

    public int getMonthDay() {
        return monthDay;
    }

    public void setMonthDay(int monthDay) {
        this.monthDay = monthDay;
    }

    public List<Integer> getWeekDays() {
        return IntStream.rangeClosed(1, 7).boxed().toList();
    }

    public List<Integer> getMonthDays() {
        return IntStream.rangeClosed(1, AutoPaymentSchedule.LAST_MONTHLY_DAY).boxed().toList();
    }
}
