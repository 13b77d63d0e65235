package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.LESSONS_NOT_POSITIVE;

import org.cardhub.money.Amount;

/**
 * The deferred revenue a subscription's lessons recognise one by one: the price divided by the lessons in kopecks,
 * with what does not divide on the last lesson, so that the lessons together recognise exactly the price.
 */
public record LessonRevenue(Amount perLesson, Amount lastLesson) {

    public static LessonRevenue of(Amount price, int lessons) {
        Prices.requirePrice(price, "A subscription");
        if (lessons <= 0) {
            throw new InvalidSubscriptionException(LESSONS_NOT_POSITIVE, "A subscription has at least one lesson, was " + lessons);
        }
        long share = price.minorUnits() / lessons;
        Amount perLesson = Amount.ofMinorUnits(share, price.currency());
        return new LessonRevenue(perLesson, price.minus(Amount.ofMinorUnits(share * (lessons - 1L), price.currency())));
    }

    /** What the last lesson recognises beyond an ordinary one: the kopecks the division left over. */
    public Amount remainder() {
        return lastLesson.minus(perLesson);
    }

    /** What one lesson recognises: the ordinary share, or the last one's. */
    public Amount share(boolean last) {
        return last ? lastLesson : perLesson;
    }
}
