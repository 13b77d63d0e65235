/**
 * {@link org.cardhub.schooloffice.boundary.PupilImports}: a file of pupils previewed with every bad row named, applied
 * all or nothing, its history and the printable list of the new pupils' activation codes;
 * {@link org.cardhub.schooloffice.boundary.ClassRegister}: the school's classes, their pupils and class teachers.
 */
package org.cardhub.schooloffice.boundary;
