/**
 * The rules of a school's lists: a file's rows and what is wrong with them, the plan of an import against the school's
 * roll (who is new, who moved, which classes and benefits change), the import's history, and the refusals.
 */
package org.cardhub.schooloffice.entity;
