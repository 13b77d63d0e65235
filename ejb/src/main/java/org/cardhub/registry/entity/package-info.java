/**
 * What the back office types to find a card ({@link org.cardhub.registry.entity.CardQuery}), the reasons its actions
 * need, and the rows and sheets the registry hands out.
 */
package org.cardhub.registry.entity;
