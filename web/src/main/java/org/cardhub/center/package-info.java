/**
 * The education centre staff's cabinet (issue 24): today's lessons at home, the groups with their schedule, pricing
 * and subscription offers, the pupils page by page with their lessons, and a lesson's register where a visit is marked
 * or cancelled — every refusal of the centre's boundaries in words, at the field it is about.
 */
package org.cardhub.center;
