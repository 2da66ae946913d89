package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.schakel.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain's side of the VT-register in the all-in-one instance (rule 46): a region's registration reaches the
 * register in the caller's transaction, and each region of this instance gets its own copy of the match and is told.
 */
@SpringBootTest
@Import({TestClockConfiguration.class, KetenRegisterIT.Gehoord.class})
class KetenRegisterIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    KetenRegister keten;

    @Autowired
    KetenManagement regios;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Gehoord gehoord;

    /** What this instance's regions were told. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Gehoord {
        final Queue<RegisterMatchOntvangen> ontvangen = new ConcurrentLinkedQueue<>();

        @Bean
        Object registerMatchOntvangenLuisteraar() {
            return new Object() {
                @EventListener
                void on(RegisterMatchOntvangen e) {
                    ontvangen.add(e);
                }
            };
        }
    }

    private VeiligThuisRegio regio(String naam) {
        return regios.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals(naam))
                .findFirst()
                .orElseThrow();
    }

    private static Registratie.Persoon persoon(Pseudoniemsoort soort) {
        byte[] hmac = new byte[32];
        RANDOM.nextBytes(hmac);
        return new Registratie.Persoon(Base64.getUrlEncoder().withoutPadding().encodeToString(hmac), soort, 1);
    }

    private static Registratie registratie(VeiligThuisRegio regio, UUID zaak, Registratie.Persoon... personen) {
        return new Registratie(
                UUID.randomUUID(),
                regio,
                zaak,
                List.of(personen),
                Instant.parse("2026-11-02T10:00:00Z"),
                regio.naam() + ", team Jeugd, 0800-2000");
    }

    @Test
    void rule46_bothRegionsOfThisInstanceGetTheirOwnCopyOfTheMatchAndAreTold() {
        VeiligThuisRegio noord = regio("Veilig Thuis Demo-Noord");
        VeiligThuisRegio zuid = regio("Veilig Thuis Demo-Zuid");
        Registratie.Persoon kind = persoon(Pseudoniemsoort.NAAM_GEBOORTEDATUM);
        UUID zaakNoord = UUID.randomUUID();
        UUID zaakZuid = UUID.randomUUID();

        keten.registreer(registratie(noord, zaakNoord, kind));
        keten.beeindig(new Beeindiging(UUID.randomUUID(), noord, zaakNoord, Instant.parse("2026-11-20T10:00:00Z")));
        keten.registreer(registratie(zuid, zaakZuid, kind, persoon(Pseudoniemsoort.BSN)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> keten.matches(noord.id(), zaakNoord).size() == 1
                        && keten.matches(zuid.id(), zaakZuid).size() == 1);
        RegisterMatch zuidZiet = keten.matches(zuid.id(), zaakZuid).getFirst();
        assertThat(zuidZiet.andereRegio()).isEqualTo(noord.id());
        assertThat(zuidZiet.andereRegioNaam()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(zuidZiet.pseudoniem()).isEqualTo(kind.pseudoniem());
        assertThat(zuidZiet.mogelijk()).isTrue();
        assertThat(zuidZiet.actief()).isFalse();
        assertThat(zuidZiet.contact()).isEqualTo("Veilig Thuis Demo-Noord, team Jeugd, 0800-2000");
        RegisterMatch noordZiet = keten.matches(noord.id(), zaakNoord).getFirst();
        assertThat(noordZiet.andereRegio()).isEqualTo(zuid.id());
        assertThat(noordZiet.actief()).isTrue();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> gehoord.ontvangen.containsAll(List.of(
                        new RegisterMatchOntvangen(zuidZiet.id(), zuid.id()),
                        new RegisterMatchOntvangen(noordZiet.id(), noord.id()))));
        assertThat(keten.match(zuid.id(), zuidZiet.id())).contains(zuidZiet);
        assertThat(keten.match(noord.id(), zuidZiet.id())).isEmpty();
    }

    @Test
    void aRegistrationIsKeptAndSentOnceByItsIdAndTheCopiesCannotBeChanged() {
        VeiligThuisRegio noord = regio("Veilig Thuis Demo-Noord");
        Registratie r = registratie(noord, UUID.randomUUID(), persoon(Pseudoniemsoort.BSN));

        keten.registreer(r);
        keten.registreer(r);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM keten.register_registratie WHERE id = ?", Integer.class, r.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'register.registreer' AND object_id = ?",
                        Integer.class,
                        r.zaakReferentie().toString()))
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        jdbc.update("UPDATE keten.register_registratie SET regio_id = regio_id WHERE id = ?", r.id()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM keten.register_registratie WHERE id = ?", r.id()))
                .hasStackTraceContaining("append-only");
    }
}
