/**
 * The register of a class from the school's turnstiles in the teacher's cabinet: the teacher's home with today's picture
 * of their classes, the page of a class's day or school week (pupils by days, a coloured mark and a word for each day,
 * the first entry's time, a legend), moving from day to day and week to week, and the register as an Excel workbook or
 * a PDF, in the reader's language.
 */
package org.cardhub.attendance;
