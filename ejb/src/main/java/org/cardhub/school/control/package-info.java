/** What the school's boundaries need and nobody else calls: the rows of guardians' links and of linking locks. */
package org.cardhub.school.control;
