package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server configured, e-mail is off and the log says so, once, at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class ScholingMailTests {

    @Test
    void withoutAMailSenderEmailIsOffAndTheLogSaysSoOnce(CapturedOutput output) {
        ScholingMail mail = new ScholingMail(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new StaticMessageSource(),
                "schakel@example.org");

        assertThat(mail.aan()).isFalse();
        assertThat(output.getOut().split("E-mail is off", -1)).hasSize(2);
    }
}
