package org.cardhub.meals.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.cardhub.meals.entity.InvalidMenuException.Code.DATE_PAST;
import static org.cardhub.meals.entity.InvalidMenuException.Code.NOTHING_TO_COPY;
import static org.cardhub.meals.entity.InvalidMenuException.Code.SAME_WEEK;
import static org.cardhub.meals.entity.InvalidMenuException.Code.TARGET_TAKEN;

/**
 * What copying one school week's menus onto another does, day by day (Monday onto Monday): each day with a menu of dishes
 * becomes a draft of the same dishes; a day of the target week that has gone is left alone; a day that already has a menu
 * is replaced only when asked to — otherwise the copy is refused, naming those days, and nothing is copied.
 *
 * @param days        the days to copy: the source menu, the target date, and the menu there now (null: none)
 * @param past        target days left alone because they have gone
 * @param withoutMenu source days with no menu (or an empty one): nothing to copy for them
 */
public record WeekCopy(LocalDate from, LocalDate to, List<Day> days, List<LocalDate> past, List<LocalDate> withoutMenu) {

    public record Day(Menu source, LocalDate target, Menu existing) {
    }

    public WeekCopy {
        days = List.copyOf(days);
        past = List.copyOf(past);
        withoutMenu = List.copyOf(withoutMenu);
    }

    /**
     * The copy of the week of {@code fromDay} onto the week of {@code toDay}, from the menus of the two weeks by date;
     * {@code today} is the school's.
     */
    public static WeekCopy plan(LocalDate fromDay, LocalDate toDay, Map<LocalDate, Menu> sources, Map<LocalDate, Menu> targets,
                                LocalDate today, boolean replace) {
        LocalDate from = MenuWeek.mondayOf(fromDay);
        LocalDate to = MenuWeek.mondayOf(toDay);
        if (from.equals(to)) {
            throw new InvalidMenuException(SAME_WEEK, "A week is not copied onto itself");
        }
        List<Day> days = new ArrayList<>();
        List<LocalDate> past = new ArrayList<>();
        List<LocalDate> withoutMenu = new ArrayList<>();
        List<LocalDate> taken = new ArrayList<>();
        for (int offset = 0; offset < MenuWeek.SCHOOL_DAYS; offset++) {
            Menu source = sources.get(from.plusDays(offset));
            LocalDate target = to.plusDays(offset);
            Menu existing = targets.get(target);
            if (source == null || source.dishes().isEmpty()) {
                withoutMenu.add(from.plusDays(offset));
            } else if (target.isBefore(today)) {
                past.add(target);
            } else if (existing != null && !replace) {
                taken.add(target);
            } else {
                days.add(new Day(source, target, existing));
            }
        }
        if (!taken.isEmpty()) {
            throw InvalidMenuException.aboutDays(TARGET_TAKEN, taken, "Menus exist on " + taken + "; replace them or choose another week");
        }
        if (withoutMenu.size() == MenuWeek.SCHOOL_DAYS) {
            throw new InvalidMenuException(NOTHING_TO_COPY, "The week of " + from + " has no menu with dishes");
        }
        if (days.isEmpty()) {
            throw InvalidMenuException.aboutDays(DATE_PAST, past, "Every day of the week of " + to + " with a menu to copy has gone");
        }
        return new WeekCopy(from, to, days, past, withoutMenu);
    }

    /** What the copy did, once carried out. */
    public WeekCopied result() {
        return new WeekCopied(from, to, days.stream().filter(day -> day.existing() == null).map(Day::target).toList(),
                days.stream().filter(day -> day.existing() != null).map(Day::target).toList(), past, withoutMenu);
    }
}
