/**
 * What the entities of every component share with the schema: their keys come from sequences handed out in
 * blocks of {@link org.cardhub.schema.entity.SequenceKeys#BLOCK}, which the migration that introduced them
 * ({@link org.cardhub.schema.entity.SequenceKeys}, version 7) and their {@code @SequenceGenerator}s must agree on.
 */
package org.cardhub.schema.entity;
