/**
 * The school's office: what a school's director and administrator (and the back office) do with the school's lists —
 * import classes and pupils from a spreadsheet, keep the classes and their class teachers — above {@code school} (who
 * reaches which school), {@code cards} (the pupils' cards) and {@code meals} (free-meal benefits).
 */
package org.cardhub.schooloffice;
