package org.cardhub.meals.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A week copied onto another ({@link WeekCopy}): the target days that got a new draft, those whose menu was replaced by
 * a draft, those left alone because they had gone, and the source days that had nothing to copy.
 */
public record WeekCopied(LocalDate from, LocalDate to, List<LocalDate> copied, List<LocalDate> replaced, List<LocalDate> past,
                         List<LocalDate> withoutMenu) {

    public WeekCopied {
        copied = List.copyOf(copied);
        replaced = List.copyOf(replaced);
        past = List.copyOf(past);
        withoutMenu = List.copyOf(withoutMenu);
    }

    public int days() {
        return copied.size() + replaced.size();
    }
}
