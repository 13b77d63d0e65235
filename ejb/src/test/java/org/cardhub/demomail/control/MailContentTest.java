package org.cardhub.demomail.control;

import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailContentTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void thePlainPartOfAMailWithBothIsItsText() throws Exception {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part("<p>Подтвердите адрес: <a href=\"https://k/a?x=1&amp;y=2\">ссылка</a></p>", "text/html; charset=UTF-8"));
        alternative.addBodyPart(part("Подтвердите адрес:\nhttps://k/a?x=1&y=2\n", "text/plain; charset=UTF-8"));
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setContent(alternative);
        mail.saveChanges();

        assertThat(MailContent.textOf(mail)).isEqualTo("Подтвердите адрес:\nhttps://k/a?x=1&y=2");
    }

    @Test
    void aMailOfHtmlOnlyIsReadAsTextWithItsLinksAddressesAndNothingHidden() throws Exception {
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setContent("<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<script>alert('x')</script><p>Hello&nbsp;Anna,</p><p>Set a password: "
                + "<a href=\"https://k/action-token?key=1&amp;tab_id=2\" rel=\"nofollow\">Set&#160;password</a></p>"
                + "<p>Or open <a href='https://k/b'>https://k/b</a> &lt;here&gt; &#x20BD;</p></body></html>", "text/html; charset=UTF-8");
        mail.saveChanges();

        assertThat(MailContent.textOf(mail)).isEqualTo("Hello Anna,\nSet a password: Set password (https://k/action-token?key=1&tab_id=2)\n"
                + "Or open https://k/b <here> ₽");
    }

    @Test
    void attachmentsAreNotTheText() throws Exception {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart attached = part("attached words", "text/plain; charset=UTF-8");
        attached.setDisposition(Part.ATTACHMENT);
        attached.setFileName("a.txt");
        mixed.addBodyPart(attached);
        mixed.addBodyPart(part("<b>the body</b>", "text/html; charset=UTF-8"));
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setContent(mixed);
        mail.saveChanges();

        assertThat(MailContent.textOf(mail)).isEqualTo("the body");
    }

    @Test
    void aMailWithoutTextHasNone() throws Exception {
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {1, 2, 3}, "application/octet-stream")));
        mail.saveChanges();

        assertThat(MailContent.textOf(mail)).isEmpty();
    }

    private static MimeBodyPart part(String text, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(text, type);
        return part;
    }
}
