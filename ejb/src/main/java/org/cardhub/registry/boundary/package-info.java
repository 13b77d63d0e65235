/** The back office's facades of the registry: contracts ({@code ContractRegistry}) and cards ({@code CardRegistry}). */
package org.cardhub.registry.boundary;
