/** How Java types meet the schema's column types where Jakarta Persistence 3.1 does not say. */
package org.cardhub.schema.control;
