package org.cardhub.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import org.cardhub.partners.boundary.AgentPayments;

/**
 * The payment-agent protocol's check, pay and status for agents that speak SOAP: the same parameters as
 * text, the same result codes and the same idempotency by txnId within the agent as at
 * {@code /cardhub/agent}. Only a caller that is no payment agent gets a fault ({@code FORBIDDEN}), and a
 * request its schema refuses (an element given twice, such as two {@code sum}s, which JAXB would otherwise
 * read as the last one) a client fault {@code INVALID_REQUEST}.
 */
@SchemaValidation(outbound = false)
@WebService(name = "Agent", serviceName = "AgentService", portName = "AgentPort", targetNamespace = AgentService.NAMESPACE)
public class AgentService {

    public static final String NAMESPACE = "urn:cardhub:soap:agent:v1";

    @EJB
    AgentPayments payments;

    @WebMethod(operationName = "check")
    @WebResult(name = "answer")
    public AgentReply check(@WebParam(name = "txnId") String txnId, @WebParam(name = "account") String account,
                            @WebParam(name = "sum") String sum) throws CardhubFault {
        return CardhubFault.reporting(() -> AgentReply.of(payments.check(txnId, account, sum)));
    }

    @WebMethod(operationName = "pay")
    @WebResult(name = "answer")
    public AgentReply pay(@WebParam(name = "txnId") String txnId, @WebParam(name = "txnDate") String txnDate,
                          @WebParam(name = "account") String account, @WebParam(name = "sum") String sum) throws CardhubFault {
        return CardhubFault.reporting(() -> AgentReply.of(payments.pay(txnId, txnDate, account, sum)));
    }

    @WebMethod(operationName = "status")
    @WebResult(name = "answer")
    public AgentReply status(@WebParam(name = "txnId") String txnId) throws CardhubFault {
        return CardhubFault.reporting(() -> AgentReply.of(payments.status(txnId)));
    }
}
