package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.NO_OFFERS;

import org.cardhub.money.Amount;

import java.util.List;

/** How a group of an education centre is paid for: by the lesson, once for the whole course, or by subscriptions. */
public sealed interface GroupPricing {

    /** Each lesson attended is paid for on its own; unpaid ones are the pupil's debt. */
    record PerLesson(Amount price) implements GroupPricing {
        public PerLesson {
            Prices.requirePrice(price, "A lesson");
        }

        public Amount costOf(int lessons) {
            return Amount.ofMinorUnits(Math.multiplyExact(price.minorUnits(), (long) lessons), price.currency());
        }
    }

    /** One price for the whole course, which may be paid in parts. */
    record WholeCourse(Amount price) implements GroupPricing {
        public WholeCourse {
            Prices.requirePrice(price, "A course");
        }

        public Amount dueAfter(Amount paid) {
            Amount due = price.minus(Prices.requireRoubles(paid, "A payment"));
            return due.isNegative() ? Amount.zero(price.currency()) : due;
        }
    }

    /** Subscriptions of the offers listed, in the order the centre shows them. */
    record Subscriptions(List<SubscriptionOffer> offers) implements GroupPricing {
        public Subscriptions {
            offers = List.copyOf(offers);
            if (offers.isEmpty()) {
                throw new InvalidSubscriptionException(NO_OFFERS, "A group sold by subscription offers at least one");
            }
        }
    }
}
