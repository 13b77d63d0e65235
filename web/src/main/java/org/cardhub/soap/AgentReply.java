package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.cardhub.partners.entity.AgentAnswer;

/**
 * The payment-agent protocol's answer over SOAP: the echoed txnId, our id of the payment (prvTxn) and
 * the sum credited when there was one, the protocol's result code and a comment.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "agentAnswer", namespace = AgentService.NAMESPACE,
        propOrder = {"txnId", "prvTxn", "sum", "result", "comment"})
public class AgentReply {

    private String txnId;
    private Long prvTxn;
    private String sum;
    @XmlElement(required = true)
    private int result;
    private String comment;

    protected AgentReply() {
    }

    static AgentReply of(AgentAnswer answer) {
        AgentReply reply = new AgentReply();
        reply.txnId = answer.txnId();
        reply.prvTxn = answer.prvTxn();
        reply.sum = answer.sum();
        reply.result = answer.result().code();
        reply.comment = answer.comment();
        return reply;
    }
}
