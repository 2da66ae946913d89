package nl.schakel.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The training reminder by e-mail, through Spring's mail support (ADR-0033). E-mail is on only when the deployment
 * points Schakel at the organisation's SMTP server ({@code spring.mail.host}); Spring Boot then provides the
 * {@link JavaMailSender}. Without it e-mail is off: the start-up log says so once and the register page shows it. The
 * mail is Dutch and names only the member, the expiry date and where to look in Schakel: never client data.
 */
@Component
class ScholingMail {

    private static final Logger log = LoggerFactory.getLogger(ScholingMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final @Nullable JavaMailSender sender;
    private final MessageSource messages;
    private final String afzender;

    ScholingMail(
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value("${schakel.scholing.afzender:schakel@example.org}") String afzender) {
        this.sender = sender.getIfAvailable();
        this.messages = messages;
        this.afzender = afzender;
        if (this.sender == null) {
            log.info("E-mail is off: spring.mail.host is not set, so training reminders show in Schakel only"
                    + " (see README, \"E-mail\")");
        }
    }

    /** Whether e-mail is on in this deployment. */
    boolean aan() {
        return sender != null;
    }

    /** Sends the reminder that the member's training expires on the day given; throws when sending fails. */
    void verstuur(String adres, String naam, LocalDate geldigTot) throws MailException {
        if (sender == null) {
            throw new IllegalStateException("e-mail is off");
        }
        String datum = DATE.format(geldigTot);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(afzender);
        mail.setTo(adres);
        mail.setSubject(messages.getMessage("scholing.mail.onderwerp", new Object[] {datum}, DUTCH));
        mail.setText(messages.getMessage("scholing.mail.tekst", new Object[] {naam, datum}, DUTCH));
        sender.send(mail);
    }
}
