/** A proposal and its rules (who may decide it, when it needs a second person), the thresholds, the refusals. */
package org.cardhub.corrections.entity;
