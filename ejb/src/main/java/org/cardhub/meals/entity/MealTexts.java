package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What parents are told about their child's meal orders, in Russian: amounts as 1 500,00 ₽, days as 07.12.2026. */
public final class MealTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private MealTexts() {
    }

    public static String roubles(Amount amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(RUSSIAN));
        return format.format(new BigDecimal(amount.toPlainString())) + "\u00a0₽";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String dishes(List<PreOrderLine> lines) {
        return lines.stream().map(line -> line.name() + " × " + line.quantity()).collect(Collectors.joining(", "));
    }

    public static String absentSubject(String pupil, LocalDate day, Amount total) {
        return pupil + ": нет прихода в школу " + day(day) + " — предзаказ на " + roubles(total)
                + " отменён, деньги снова доступны";
    }

    public static String absentBody(String pupil, PreOrder order, String deadline, String zone, Amount canteenLeft) {
        return "Турникет школы не отметил приход (" + pupil + ") до " + deadline + " (" + zone + ").\n"
                + "Предзаказ на " + day(order.mealDate()) + " отменён: " + dishes(order.lines()) + " — " + roubles(order.total())
                + ".\nДеньги снова доступны на балансе столовой: " + roubles(canteenLeft) + ".";
    }

    public static String notServedSubject(String pupil, LocalDate day, Amount total) {
        return pupil + ": обед по предзаказу " + day(day) + " не выдан — " + roubles(total) + " снова доступны";
    }

    public static String notServedBody(PreOrder order, Amount canteenLeft) {
        return "Столовая отметила, что обед по предзаказу на " + day(order.mealDate()) + " не выдан: "
                + dishes(order.lines()) + " — " + roubles(order.total()) + ".\nДеньги снова доступны на балансе столовой: "
                + roubles(canteenLeft) + ".";
    }

    /** The journal description of a served pre-order. */
    public static String servedDescription(LocalDate day) {
        return "Обед по предзаказу на " + day(day);
    }

    /** The journal description of a pupil's part of a served group meal. */
    public static String groupMealDescription(String className, LocalDate day) {
        return "Обед класса " + className + " на " + day(day);
    }

    /** The same, paid from the school's meal budget for a beneficiary. */
    public static String groupMealFreeDescription(String className, LocalDate day, BenefitKind kind) {
        return groupMealDescription(className, day) + " за счёт школы (льгота: " + kind.nameRu() + ")";
    }
}
