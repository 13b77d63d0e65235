/**
 * An education centre's lessons (issue 24), as plain rules before they are mapped: a group's pricing (per lesson, a
 * one-time course price or subscription offers), the subscriptions ("абонементы") a pupil buys with their part
 * payments, and a pupil's {@link org.cardhub.lessons.entity.LessonBook} for one group — visits consume a lesson of the
 * oldest valid subscription or go into debt, cancellations give it back, expiry forfeits unused lessons — with the
 * deferred revenue each consumed lesson recognises ({@link org.cardhub.lessons.entity.LessonRevenue}).
 */
package org.cardhub.lessons.entity;
