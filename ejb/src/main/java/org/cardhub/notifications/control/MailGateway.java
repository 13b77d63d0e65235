package org.cardhub.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;

/** Email through the server's mail session {@code mail/cardhub} (host, port and sender set by the launcher). */
@ApplicationScoped
public class MailGateway implements Gateway {

    @Resource(lookup = "mail/cardhub")
    Session session;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mail.setSubject(message.subject(), "UTF-8");
        mail.setText(message.body(), "UTF-8");
        Transport.send(mail);
    }
}
