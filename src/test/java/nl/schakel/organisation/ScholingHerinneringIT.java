package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily job sends the training reminder by e-mail through Spring's mail support to a real SMTP server (GreenMail,
 * in this JVM): in Dutch, once per expiry date, only for a training that expires within 30 days, and with nothing in
 * it but the member's name, the date and where to look.
 */
@SpringBootTest(properties = "schakel.scholing.herinnering-lock-at-least=PT0S")
class ScholingHerinneringIT {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("schakel.scholing.afzender", () -> "schakel@school.example.nl");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    ScholingHerinnering job;

    @Autowired
    Scholingsregister register;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTrainingThatExpiresWithinThirtyDaysGetsOneDutchEmailAndNoSecond() throws Exception {
        ScholingTestOrganisatie org = ScholingTestOrganisatie.maak(organisation, identity, jdbc);
        Actor verlopen = ScholingTestOrganisatie.lid(
                identity, jdbc, org.tenant(), "sverl", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
        LocalDate gevolgd = register.today().minusMonths(24).plusDays(10);
        LocalDate geldigTot = gevolgd.plusMonths(24).minusDays(1);
        register.registreer(org.beheerder(), org.beroepskrachtId(), ScholingSoort.MELDCODE, gevolgd, "");
        register.registreer(
                org.beheerder(),
                verlopen.userId(),
                ScholingSoort.MELDCODE,
                register.today().minusMonths(30),
                "");
        String adres = address();
        String adresVerlopen = address();
        register.zetEmail(org.beheerder(), org.beroepskrachtId(), adres);
        register.zetEmail(org.beheerder(), verlopen.userId(), adresVerlopen);

        job.run();
        job.run();

        List<MimeMessage> mails = to(adres);
        assertThat(mails).as("one e-mail, not a second the next run").hasSize(1);
        MimeMessage mail = mails.getFirst();
        String datum = DateTimeFormatter.ofPattern("d-M-yyyy").format(geldigTot);
        assertThat(mail.getSubject()).isEqualTo("Schakel: uw scholing meldcode is geldig tot en met " + datum);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("schakel@school.example.nl");
        assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                .as("the member's name, the date and where to look: no client data")
                .isEqualTo("Beste " + org.beroepskracht().displayName() + ",\n\n"
                        + "Uw scholing over de meldcode huiselijk geweld en kindermishandeling is geldig tot en met "
                        + datum + ". Plan op tijd een opfrissing, zodat u de meldcode goed blijft toepassen.\n\n"
                        + "In Schakel ziet u bij \"Mijn scholing\" welke scholing u volgde. Vraag de beheerder of de"
                        + " aandachtsfunctionaris van uw organisatie om een nieuwe scholing.\n\n"
                        + "Dit is een automatisch bericht van Schakel. U kunt er niet op antwoorden.");
        assertThat(to(adresVerlopen))
                .as("an expired training is listed, not mailed")
                .isEmpty();
        assertThat(reminder(org.beroepskrachtId())).isEqualTo("VERZONDEN");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.scholing.herinnering'"
                                + " AND object_id = ? AND tenant_id = ?",
                        Integer.class,
                        org.beroepskrachtId().toString(),
                        org.tenant().value()))
                .isEqualTo(1);
    }

    @Test
    void aMemberWithoutAddressGetsTheEmailOnceTheBeheerderEntersOne() throws Exception {
        ScholingTestOrganisatie org = ScholingTestOrganisatie.maak(organisation, identity, jdbc);
        register.registreer(
                org.beheerder(),
                org.beroepskrachtId(),
                ScholingSoort.MELDCODE,
                register.today().minusMonths(24).plusDays(3),
                "");

        job.run();
        assertThat(reminder(org.beroepskrachtId())).isEqualTo("GEEN_ADRES");

        String adres = address();
        register.zetEmail(org.beheerder(), org.beroepskrachtId(), adres);
        job.run();
        job.run();

        assertThat(to(adres)).hasSize(1);
        assertThat(reminder(org.beroepskrachtId())).isEqualTo("VERZONDEN");
    }

    private String reminder(UserId member) {
        return jdbc.queryForObject(
                "SELECT email FROM organisation.scholing_herinnering WHERE user_id = ?", String.class, member.value());
    }

    private static String address() {
        return "lid-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
