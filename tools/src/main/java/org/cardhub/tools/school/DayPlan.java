package org.cardhub.tools.school;

import org.cardhub.tools.school.Canteen.Meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pupil (or one of the staff) does on one school day, from their number and the day alone — modular
 * arithmetic, no chance, so a run writes the same year as the last: about one pupil in twenty absent (and now and then
 * a spell off sick), one in twelve late after 08:30, one in fourteen gone before 14:00; a paying pupil's lunch at the
 * long break, a beneficiary's free meal at lunch time, the buffet now and then for those still there; the teacher's
 * lunch and the cook's breakfast on most days. Times are minutes after midnight on the school's clock.
 *
 * @param entry  the first pass in, or -1 when absent
 * @param exit   the last pass out, or -1 when absent
 * @param buys   what is bought or given, in time order
 */
record DayPlan(int entry, int exit, List<Purchase> buys) {

    /** A purchase (or a free meal) at a time of the day. */
    record Purchase(int minute, Meal meal) {
    }

    static final int LESSONS_START = 8 * 60 + 30;
    static final int LESSONS_END = 14 * 60;

    boolean present() {
        return entry >= 0;
    }

    boolean late() {
        return present() && entry > LESSONS_START;
    }

    boolean leftEarly() {
        return present() && exit < LESSONS_END;
    }

    /** A pupil's day; a beneficiary gets the free complex instead of paying for lunch. */
    static DayPlan pupil(int pupil, LocalDate day, boolean beneficiary, boolean mayBuyAtBuffet) {
        int dn = (int) day.toEpochDay();
        int chance = mod(pupil * 37 + dn * 53, 100);
        boolean sick = mod(pupil, 17) == 3 && mod(dn + pupil, 60) < 4;
        if (chance < 5 || sick) {
            return new DayPlan(-1, -1, List.of());
        }
        int entry = chance < 13 ? 8 * 60 + 31 + mod(pupil * 3 + dn, 25) : 7 * 60 + 40 + mod(pupil * 7 + dn * 11, 46);
        boolean early = mod(pupil * 13 + dn * 29, 100) < 7;
        int exit = early ? 11 * 60 + 30 + mod(pupil + dn * 3, 120) : 14 * 60 + 5 + mod(pupil * 11 + dn * 5, 150);
        List<Purchase> buys = new ArrayList<>();
        if (beneficiary) {
            buys.add(new Purchase(12 * 60 + mod(pupil + dn, 5), Meal.FREE));
        } else {
            Meal[] lunches = {Meal.COMPLEX, Meal.MAIN_AND_DRINK, Meal.BREAKFAST_AND_DRINK, Meal.SOUP_AND_MAIN, Meal.BREAKFAST};
            int lunch = mod(pupil * 5 + dn * 3, 6);
            if (lunch < lunches.length) {
                buys.add(new Purchase(10 * 60 + 5 + mod(pupil * 7 + dn, 35), lunches[lunch]));
            }
        }
        if (mayBuyAtBuffet && !early && mod(pupil * 11 + dn * 7, 3) == 0) {
            buys.add(new Purchase(12 * 60 + 35 + mod(pupil + dn * 5, 30), Meal.BUFFET));
        }
        buys.sort(java.util.Comparator.comparingInt(Purchase::minute));
        return new DayPlan(entry, exit, List.copyOf(buys));
    }

    /** One of the staff: lunch (soup and main course) four days in five, or — every other one — breakfast at 09:30. */
    static DayPlan staff(int member, LocalDate day) {
        int dn = (int) day.toEpochDay();
        if (mod(member + dn, 5) == 0) {
            return new DayPlan(-1, -1, List.of());
        }
        Purchase purchase = member % 2 == 0 ? new Purchase(12 * 60 + 45 + mod(member + dn * 7, 20), Meal.SOUP_AND_MAIN)
                : new Purchase(9 * 60 + 30 + mod(member + dn * 3, 20), Meal.BREAKFAST_AND_DRINK);
        return new DayPlan(-1, -1, List.of(purchase));
    }

    private static int mod(int value, int modulus) {
        return Math.floorMod(value, modulus);
    }
}
