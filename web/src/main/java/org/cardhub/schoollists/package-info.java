/**
 * The school's lists in the cabinets of its director and administrator and of the back office: the import of classes
 * and pupils from a file with its preview, progress, history and printable list of activation codes
 * ({@code import.xhtml}, {@code school-import.xhtml}), and the classes page with pupils and class teachers
 * ({@code classes.xhtml}, {@code school-classes.xhtml}); one view bean for each, whichever cabinet shows it.
 */
package org.cardhub.schoollists;
