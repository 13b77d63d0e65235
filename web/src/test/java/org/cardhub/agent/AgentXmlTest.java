package org.cardhub.agent;

import org.cardhub.partners.entity.AgentAnswer;
import org.cardhub.partners.entity.AgentResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AgentXmlTest {

    @Test
    void aPaidAnswerHasEveryElementOfTheProtocol() throws Exception {
        String xml = written(new AgentAnswer("1234567", 2016L, "10.45", AgentResult.OK, "OK"));

        assertThat(xml).startsWith("<?xml").containsPattern("encoding=.UTF-8.")
                .contains("<response><osmp_txn_id>1234567</osmp_txn_id><prv_txn>2016</prv_txn><sum>10.45</sum>"
                        + "<result>0</result><comment>OK</comment></response>");
    }

    @Test
    void aRefusalHasNoPaymentIdAndNoSum() throws Exception {
        String xml = written(AgentAnswer.of(null, AgentResult.ACCOUNT_NOT_FOUND));

        assertThat(xml).contains("<osmp_txn_id/>").contains("<result>5</result>")
                .doesNotContain("prv_txn").doesNotContain("<sum");
    }

    @Test
    void commentsAreEscapedAndStayWellFormedUtf8() throws Exception {
        String xml = written(AgentAnswer.of("1", AgentResult.OTHER, "неизвестный параметр <a>&\u0001"));

        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getElementsByTagName("comment").item(0).getTextContent())
                .isEqualTo("Другая ошибка: неизвестный параметр <a>&?");
    }

    private static String written(AgentAnswer answer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgentXml.write(answer, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
