package nl.schakel.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Rule 46 through the register's facade, against PostgreSQL: matches, no search, the access log and retention. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class VtRegisterIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant SINDS = Instant.parse("2026-11-01T09:00:00Z");
    private static final String CONTACT = "Team Jeugd, 0800-2000";

    @Autowired
    VtRegister register;

    @Autowired
    RegisterBewaartermijn bewaartermijn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transaction;

    private Regio regio(String naam, String oin) {
        return new Regio(new TenantId(TestActors.tenantId(jdbc, naam)), naam, oin);
    }

    private Regio noord() {
        return regio("Veilig Thuis Demo-Noord", "00000001234567890000");
    }

    private Regio zuid() {
        return regio("Veilig Thuis Demo-Zuid", null);
    }

    static Pseudoniem persoon(Soort soort, int versie) {
        byte[] hmac = new byte[32];
        RANDOM.nextBytes(hmac);
        return new Pseudoniem(Base64.getUrlEncoder().withoutPadding().encodeToString(hmac), soort, versie);
    }

    private List<UUID> registreer(Regio regio, UUID zaak, Pseudoniem... personen) {
        return register.registreer(regio, zaak, List.of(personen), SINDS, CONTACT);
    }

    private int logRegels(String event, String outcome, TenantId regio) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND outcome = ? AND tenant_id = ?",
                Integer.class,
                event,
                outcome,
                regio.value());
    }

    @Test
    void rule46_aSecondRegionRegisteringTheSamePersonGivesAMatchToldToBothRegions() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        UUID zaakNoord = UUID.randomUUID();
        UUID zaakZuid = UUID.randomUUID();

        assertThat(registreer(noord(), zaakNoord, kind, persoon(Soort.BSN, 1))).isEmpty();
        List<UUID> voorZuid = registreer(zuid(), zaakZuid, kind);

        assertThat(voorZuid).hasSize(1);
        Match zuidZiet = register.match(zuid(), voorZuid.getFirst()).orElseThrow();
        assertThat(zuidZiet.zaakReferentie()).isEqualTo(zaakZuid);
        assertThat(zuidZiet.pseudoniem()).isEqualTo(kind);
        assertThat(zuidZiet.andereRegio()).isEqualTo(noord().id());
        assertThat(zuidZiet.andereRegioNaam()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(zuidZiet.sinds()).isEqualTo(SINDS);
        assertThat(zuidZiet.actief()).isTrue();
        assertThat(zuidZiet.contact()).isEqualTo(CONTACT);
        assertThat(zuidZiet.mogelijk()).isFalse();

        List<MatchGevonden> gevonden = events.stream(MatchGevonden.class).toList();
        assertThat(gevonden).extracting(MatchGevonden::regio).containsExactlyInAnyOrder(zuid().id(), noord().id());
        UUID voorNoord = gevonden.stream()
                .filter(e -> e.regio().equals(noord().id()))
                .findFirst()
                .orElseThrow()
                .matchId();
        Match noordZiet = register.match(noord(), voorNoord).orElseThrow();
        assertThat(noordZiet.zaakReferentie()).isEqualTo(zaakNoord);
        assertThat(noordZiet.andereRegio()).isEqualTo(zuid().id());
        // each region reads only its own side: Noord never learns Zuid's case reference, nor reads Zuid's match
        assertThat(noordZiet.toString()).doesNotContain(zaakZuid.toString());
        int geweigerd = logRegels("register.match", "GEWEIGERD", noord().id());
        assertThat(register.match(noord(), voorZuid.getFirst())).isEmpty();
        assertThat(logRegels("register.match", "GEWEIGERD", noord().id())).isEqualTo(geweigerd + 1);
    }

    @Test
    void rule46_anEndedInvolvementStillMatchesShownAsEnded() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        UUID zaakNoord = UUID.randomUUID();
        registreer(noord(), zaakNoord, kind);
        Instant gesloten = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(register.beeindig(noord(), zaakNoord, gesloten)).isEqualTo(1);
        List<UUID> voorZuid = registreer(zuid(), UUID.randomUUID(), kind);

        Match match = register.match(zuid(), voorZuid.getFirst()).orElseThrow();
        assertThat(match.actief()).isFalse();
        assertThat(match.tot()).isEqualTo(gesloten);
        assertThat(register.beeindig(noord(), zaakNoord, gesloten)).isZero();
    }

    @Test
    void rule46_aMatchOnNameAndDateOfBirthIsAPossibleMatch() {
        Pseudoniem kind = persoon(Soort.NAAM_GEBOORTEDATUM, 1);
        registreer(noord(), UUID.randomUUID(), kind);

        UUID id = registreer(zuid(), UUID.randomUUID(), kind).getFirst();

        assertThat(register.match(zuid(), id).orElseThrow().mogelijk()).isTrue();
    }

    @Test
    void rule46_theSamePseudonymUnderAnotherKeyVersionDoesNotMatch() {
        Pseudoniem oud = persoon(Soort.BSN, 1);
        registreer(noord(), UUID.randomUUID(), oud);

        assertThat(registreer(zuid(), UUID.randomUUID(), new Pseudoniem(oud.waarde(), Soort.BSN, 2)))
                .isEmpty();
    }

    @Test
    void rule46_aRegionDoesNotMatchItselfAcrossItsOwnCases() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        registreer(noord(), UUID.randomUUID(), kind);

        assertThat(registreer(noord(), UUID.randomUUID(), kind)).isEmpty();
        assertThat(register.matches(noord(), kind)).isEmpty();
    }

    @Test
    void rule46_registeringAgainChangesNothingAndTellsNobodyAgain() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        UUID zaakZuid = UUID.randomUUID();
        registreer(noord(), UUID.randomUUID(), kind);
        assertThat(registreer(zuid(), zaakZuid, kind)).hasSize(1);
        long verteld = events.stream(MatchGevonden.class).count();

        assertThat(registreer(zuid(), zaakZuid, kind)).isEmpty();

        assertThat(events.stream(MatchGevonden.class).count()).isEqualTo(verteld);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM register.betrokkenheid WHERE zaak_referentie = ?",
                        Integer.class,
                        zaakZuid))
                .isEqualTo(1);
        assertThat(register.matches(zuid(), kind)).hasSize(1);
    }

    @Test
    void rule46_aRegionCannotAskAboutAPersonItDidNotRegister() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        registreer(noord(), UUID.randomUUID(), kind);
        int geweigerd = logRegels("register.matches", "GEWEIGERD", zuid().id());

        assertThatThrownBy(() -> register.matches(zuid(), kind)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.matches(zuid(), persoon(Soort.BSN, 1)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(logRegels("register.matches", "GEWEIGERD", zuid().id())).isEqualTo(geweigerd + 2);
        // having registered the person, the region may ask, and learns the match
        registreer(zuid(), UUID.randomUUID(), kind);
        assertThat(register.matches(zuid(), kind))
                .extracting(Match::andereRegio)
                .containsExactly(noord().id());
    }

    @Test
    void rule46_twoRegionsRegisteringTheSamePersonAtOnceStillMatch() throws Exception {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        CountDownLatch noordGeregistreerd = new CountDownLatch(1);
        CountDownLatch noordMagAfronden = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<List<UUID>> noord = threads.submit(() -> transaction.execute(status -> {
                List<UUID> ids = registreer(noord(), UUID.randomUUID(), kind);
                noordGeregistreerd.countDown();
                await(noordMagAfronden);
                return ids;
            }));
            assertThat(noordGeregistreerd.await(20, TimeUnit.SECONDS)).isTrue();
            Future<List<UUID>> zuid = threads.submit(() -> registreer(zuid(), UUID.randomUUID(), kind));

            // Zuid waits for Noord's transaction instead of missing Noord's uncommitted involvement
            Thread.sleep(500);
            assertThat(zuid.isDone()).isFalse();
            noordMagAfronden.countDown();

            assertThat(noord.get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(zuid.get(20, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRequestIsLoggedWithTheRegionAndItsOin() {
        UUID zaak = UUID.randomUUID();
        registreer(noord(), zaak, persoon(Soort.BSN, 1));

        String segment = jdbc.queryForObject(
                "SELECT segment FROM audit.access_log WHERE event = 'register.registreer' AND object_id = ?"
                        + " AND tenant_id = ?",
                String.class,
                zaak.toString(),
                noord().id().value());
        assertThat(segment).isEqualTo("regio Veilig Thuis Demo-Noord, OIN 00000001234567890000");
    }

    @Test
    void rule46_anInvolvementEndedMoreThanTwentyYearsAgoIsDeletedWithItsMatches() {
        Pseudoniem kind = persoon(Soort.BSN, 1);
        UUID oudeZaak = UUID.randomUUID();
        Instant lang =
                OffsetDateTime.of(2000, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC).toInstant();
        register.registreer(noord(), oudeZaak, List.of(kind), lang, CONTACT);
        UUID voorZuid = registreer(zuid(), UUID.randomUUID(), kind).getFirst();
        register.beeindig(
                noord(),
                oudeZaak,
                OffsetDateTime.of(2005, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
        UUID recent = UUID.randomUUID();
        registreer(noord(), recent, persoon(Soort.BSN, 1));
        register.beeindig(noord(), recent, Instant.parse("2026-11-30T00:00:00Z"));

        assertThat(bewaartermijn.opruimen()).isGreaterThanOrEqualTo(1);

        assertThat(rows("register.betrokkenheid WHERE zaak_referentie = ?", oudeZaak))
                .isZero();
        assertThat(rows("register.match WHERE id = ?", voorZuid)).isZero();
        assertThat(register.match(zuid(), voorZuid)).isEmpty();
        assertThat(rows("register.betrokkenheid WHERE zaak_referentie = ?", recent))
                .isEqualTo(1);
        assertThat(rows("audit.access_log WHERE event = 'register.bewaartermijn' AND outcome = 'GESLAAGD'", null))
                .isPositive();
        // Zuid's involvement stays, without the match with what went
        assertThat(register.matches(zuid(), kind)).isEmpty();
    }

    private int rows(String from, @org.jspecify.annotations.Nullable Object param) {
        return param == null
                ? jdbc.queryForObject("SELECT count(*) FROM " + from, Integer.class)
                : jdbc.queryForObject("SELECT count(*) FROM " + from, Integer.class, param);
    }
}
