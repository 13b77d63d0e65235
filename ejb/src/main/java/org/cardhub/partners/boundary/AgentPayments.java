package org.cardhub.partners.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.partners.entity.AgentAnswer;
import org.cardhub.partners.entity.AgentResult;
import org.cardhub.partners.entity.AgentTxn;
import org.cardhub.partners.entity.PayeeAccount;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The payment-agent protocol's check, pay and status (docs/payment-agent-protocol.md), for the
 * HTTP and SOAP adapters alike. Parameters arrive as the agent sent them, as text; every answer is a
 * result code, never an exception. A pay is idempotent by {@code txn_id} within the calling agent.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER_AGENT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgentPayments {

    private static final Logger LOG = Logger.getLogger(AgentPayments.class.getName());
    private static final Pattern SUM = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    @Resource
    SessionContext session;

    @EJB
    Payments payments;

    @Inject
    @ConfigProperty(name = "cardhub.agent.min-payment", defaultValue = "1.00")
    String minPayment;

    @Inject
    @ConfigProperty(name = "cardhub.agent.max-payment", defaultValue = "100000.00")
    String maxPayment;

    /** Whether {@code account} exists for this agent and can take {@code sum}; posts nothing. */
    public AgentAnswer check(String txnId, String account, String sum) {
        return answer(txnId, () -> {
            PayeeAccount payee = PayeeAccount.parse(account);
            Amount amount = sumOf(txnId, sum);
            Outcome outcome = payments.checkTopUp(payee.purse(), amount, TopUpChannel.PAYMENT_AGENT);
            return outcome.isApproved() ? AgentAnswer.of(txnId, AgentResult.OK) : answerOf(txnId, outcome, amount);
        });
    }

    /** Credits {@code account} once per {@code txnId}; a repeat gets the first answer. */
    public AgentAnswer pay(String txnId, String txnDate, String account, String sum) {
        return answer(txnId, () -> {
            LocalDateTime paidAt = paidAt(txnId, txnDate);
            PayeeAccount payee = PayeeAccount.parse(account);
            Amount amount = sumOf(txnId, sum);
            Outcome outcome = payments.topUp(key(txnId), payee.purse(), amount, TopUpChannel.PAYMENT_AGENT, scope(),
                    "agent's txn_date " + paidAt);
            return answerOf(txnId, outcome, amount);
        });
    }

    /** The answer a pay under {@code txnId} got, or 90 when there was none. */
    public AgentAnswer status(String txnId) {
        return answer(txnId, () -> payments.outcomeOf(key(txnId))
                .map(outcome -> answerOf(txnId, outcome, outcome.approvedAmount()))
                .orElse(AgentAnswer.of(txnId, AgentResult.NOT_COMPLETED, "платежа с таким txn_id нет")));
    }

    private interface Work {
        AgentAnswer run();
    }

    private AgentAnswer answer(String txnId, Work work) {
        if (!AgentTxn.isTxnId(txnId)) {
            return AgentAnswer.of(txnId == null || txnId.length() > 20 ? null : txnId, AgentResult.OTHER,
                    "txn_id — целое число до 20 цифр без ведущих нулей");
        }
        try {
            return work.run();
        } catch (Answered answered) {
            return answered.answer;
        } catch (Refusal refused) {
            return answerOf(txnId, refused);
        } catch (EJBException | IllegalStateException e) {
            return technicalFailure(txnId, e);
        }
    }

    /**
     * The result code for a refusal by the money core, once for all of them: the protocol's own codes for an account
     * in the wrong format or one that is not there for this agent, 1 for a guard of the books that fired (a technical
     * failure), 300 for the rest, with the refusal's text unless it is one of the money operations' own.
     */
    static AgentAnswer answerOf(String txnId, Refusal refused) {
        RefusalCode code = refused.code();
        if (code.kind() == Refusal.Kind.GUARD) {
            return technicalFailure(txnId, refused);
        }
        if (code == InvalidOperationException.Code.ACCOUNT_FORMAT) {
            return AgentAnswer.of(txnId, AgentResult.ACCOUNT_FORMAT);
        }
        if (code.kind() == Refusal.Kind.NOT_FOUND || code == InvalidOperationException.Code.CONTRACT_UNKNOWN
                || code == InvalidOperationException.Code.PURSE_UNKNOWN) {
            return AgentAnswer.of(txnId, AgentResult.ACCOUNT_NOT_FOUND);
        }
        return code instanceof InvalidOperationException.Code ? AgentAnswer.of(txnId, AgentResult.OTHER)
                : AgentAnswer.of(txnId, AgentResult.OTHER, refused.getMessage());
    }

    private static AgentAnswer technicalFailure(String txnId, RuntimeException failure) {
        LOG.log(Level.WARNING, "Agent request " + txnId + " failed for a technical reason", failure);
        return AgentAnswer.of(txnId, AgentResult.TEMPORARY);
    }

    private AgentAnswer answerOf(String txnId, Outcome outcome, Amount amount) {
        if (outcome.isApproved()) {
            return new AgentAnswer(txnId, outcome.entryId(), amount.toPlainString(), AgentResult.OK, AgentResult.OK.comment());
        }
        AgentResult result = switch (outcome.reason()) {
            case CARD_UNKNOWN -> AgentResult.ACCOUNT_NOT_FOUND;
            case CARD_BLOCKED, CARD_EXPIRED, CONTRACT_INACTIVE -> AgentResult.ACCOUNT_INACTIVE;
            case WALLET_CAP -> AgentResult.SUM_TOO_LARGE;
            case DUPLICATE_CONFLICT -> AgentResult.OTHER;
            default -> AgentResult.NOT_COMPLETED;
        };
        return switch (outcome.reason()) {
            case DUPLICATE_CONFLICT -> AgentAnswer.of(txnId, result, "txn_id уже использован для другого платежа");
            case WALLET_CAP -> AgentAnswer.of(txnId, result, "превышен лимит остатка кошелька");
            default -> AgentAnswer.of(txnId, result);
        };
    }

    private Amount sumOf(String txnId, String sum) {
        if (sum == null || !SUM.matcher(sum).matches()) {
            throw new Answered(AgentAnswer.of(txnId, AgentResult.OTHER, "sum — рубли с точкой и двумя знаками, например 10.45"));
        }
        BigDecimal value = new BigDecimal(sum);
        if (value.compareTo(new BigDecimal(minPayment)) < 0) {
            throw new Answered(AgentAnswer.of(txnId, AgentResult.SUM_TOO_SMALL, "не меньше " + minPayment));
        }
        if (value.compareTo(new BigDecimal(maxPayment)) > 0) {
            throw new Answered(AgentAnswer.of(txnId, AgentResult.SUM_TOO_LARGE, "не больше " + maxPayment));
        }
        return Amount.parse(value.setScale(2).toPlainString(), Currency.RUB);
    }

    private static LocalDateTime paidAt(String txnId, String txnDate) {
        return AgentTxn.txnDate(txnDate, LocalDateTime.now(ZoneOffset.UTC)).orElseThrow(() -> new Answered(AgentAnswer.of(
                txnId, AgentResult.OTHER, "txn_date — дата платежа в виде ГГГГММДДччммсс, не раньше 2000 года и не позже завтрашнего дня")));
    }

    private OperationKey key(String txnId) {
        return new OperationKey(scope(), txnId);
    }

    private String scope() {
        return "agent:" + session.getCallerPrincipal().getName();
    }

    /** A request the protocol answers with a result code before anything is looked up. */
    private static final class Answered extends RuntimeException {
        private final transient AgentAnswer answer;

        Answered(AgentAnswer answer) {
            super(answer.comment(), null, false, false);
            this.answer = answer;
        }
    }
}
