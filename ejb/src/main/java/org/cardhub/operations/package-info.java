/**
 * Operations (issue 23): the continuous ledger check — every journal entry balanced per currency, every cached balance
 * and held amount equal to its postings and open holds, answered by one set-based statement each every five minutes,
 * recorded, kept in memory for the readiness check {@code ledger} and mailed to operations once when the books turn
 * from sound to broken — and the metrics of the running system (terminal messages, reply latency, dead letters, the
 * outbox's lag, partner requests, the ledger check) in the application's MicroProfile metric registry, sampled each
 * minute for the back office's operations page. Above {@code terminals}, {@code partners} and {@code notifications},
 * whose figures it reads; beside {@code documents}; below {@code health}.
 */
package org.cardhub.operations;
