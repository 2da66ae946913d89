package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.RegisterMatch;
import nl.schakel.keten.RegisterMatchOntvangen;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.RegisterMatchGemeld;
import nl.schakel.veiligthuis.domain.VbStand;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.persistence.ZaakRegisterStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The region's side of the national VT-register (rule 46, issue 11): opening a case registers its directbetrokkenen
 * under pseudonyms (and a case without persons registers nothing), closing it ends the involvement, and a match lands
 * on the case, on the worker's home page and in the verrijking exactly once however often it is delivered; after a key
 * rotation (this context runs with key version 2) the open cases are registered again under the new version.
 */
@SpringBootTest(properties = {"schakel.vt-register.sleutelversie=2", "schakel.vt-register.herregistratie-cron=-"})
class ZaakRegisterIT {

    private static final Random RANDOM = new Random();

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    Werkvoorraad werkvoorraad;

    @Autowired
    RegisterMatches matches;

    @Autowired
    ZaakRegisterStore registers;

    @Autowired
    RegisterSleutel sleutel;

    @Autowired
    KetenRegister ketenRegister;

    @Autowired
    SleutelRotatie rotatie;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private Actor noord() {
        return TestActors.actor(jdbc, "vt-noord");
    }

    private Actor zuid() {
        return TestZaken.zuid(jdbc, Instant.now());
    }

    private static Intake.PersoonInvoer persoon(String naam, LocalDate geboren, String bsn) {
        return new Intake.PersoonInvoer(naam, geboren, Geslacht.MAN, bsn, BetrokkeneRol.SLACHTOFFER);
    }

    private UUID melding(Actor by, Intake.PersoonInvoer... personen) {
        return TestZaken.melding(veiligThuis, by, Instant.now(), personen);
    }

    private List<RegisterMatchGemeld> gemeld(Actor by, UUID zaak) {
        return veiligThuis.zaak(by, zaak).all(RegisterMatchGemeld.class);
    }

    private static String uniek(String naam) {
        return naam + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void openingACase_registersEachDirectbetrokkeneUnderAPseudonym_andFillsTheVerrijking() {
        String bsn = TestBsn.generated(RANDOM);
        String zonderBsn = uniek("Mila Zonder");
        UUID zaak = melding(
                noord(),
                persoon(uniek("Sam Register"), LocalDate.of(2016, 4, 1), bsn),
                persoon(zonderBsn, LocalDate.of(2018, 9, 9), ""));

        List<ZaakRegisterStore.Pseudoniem> personen = registers.pseudoniemen(zaak, sleutel.versie());
        assertThat(personen)
                .extracting(ZaakRegisterStore.Pseudoniem::pseudoniem)
                .containsExactlyInAnyOrder(
                        sleutel.vanBsn(bsn), sleutel.vanNaamEnGeboortedatum(zonderBsn, LocalDate.of(2018, 9, 9)));
        assertThat(personen)
                .extracting(ZaakRegisterStore.Pseudoniem::soort)
                .containsExactlyInAnyOrder("BSN", "NAAM_GEBOORTEDATUM");
        // the BSN never leaves the region: neither the pseudonyms nor the keten copies hold it
        assertThat(personen.toString()).doesNotContain(bsn);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                        Integer.class,
                        "%" + bsn + "%"))
                .isZero();

        ZaakView view = veiligThuis.zaak(noord(), zaak);
        assertThat(VbStand.van(view.journal()).verrijking(Bron.VT_REGISTER)).hasValueSatisfying(e -> {
            assertThat(e.authorName()).isEqualTo(VtRegisterAanmelding.AUTEUR);
            // no other region known: no matches, shown in the page's language (ADR-0029)
            assertThat(e.payload(Verrijking.class).orElseThrow().registerMatches())
                    .isEmpty();
        });
        assertThat(TestZaken.logRijen(jdbc, zaak, "veiligthuis.register.aangemeld", "GESLAAGD"))
                .isOne();
        // the worker still has to consult the sources: Schakel's own entry does not count as a verrijking done
        assertThat(ZaakAccess.feiten(view, noord()).verrijkt()).isFalse();
    }

    @Test
    void anAdviesWithoutPersons_registersNothing() {
        Instant now = Instant.now();
        UUID advies = veiligThuis.registreer(
                noord(),
                Intake.of(
                        ZaakSoort.ADVIES,
                        now.minusSeconds(60),
                        Beller.PARTICULIER,
                        true,
                        new Intake.MelderInvoer("", "", "", false),
                        MelderCategorie.NIET_BEROEPSMATIG,
                        List.of(),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        false,
                        "Buurvrouw vraagt wat ze kan doen.",
                        now));
        assertThat(registers.geregistreerd(advies)).isFalse();
        assertThat(VbStand.van(veiligThuis.zaak(noord(), advies).journal()).verrijking(Bron.VT_REGISTER))
                .isEmpty();
    }

    @Test
    void closingTheCase_endsTheInvolvement_andTheOtherRegionSeesItEnded() {
        String naam = uniek("Daan Gesloten");
        Instant now = Instant.now();
        UUID zaak = TestZaken.naBesluit(veiligThuis, vb, jdbc, now, naam, Besluit.EINDE_BEMOEIENIS);
        assertThat(jdbc.queryForObject(
                        "SELECT beeindigd_op IS NOT NULL FROM veiligthuis.register_registratie WHERE zaak_id = ?",
                        Boolean.class,
                        zaak))
                .isTrue();
        assertThat(TestZaken.logRijen(jdbc, zaak, "veiligthuis.register.beeindigd", "GESLAAGD"))
                .isOne();

        String kindBsn =
                jdbc.queryForObject("SELECT bsn FROM veiligthuis.betrokkene WHERE zaak_id = ?", String.class, zaak);
        Actor zuid = zuid();
        UUID later = melding(zuid, persoon(naam, LocalDate.of(2017, 5, 6), kindBsn));
        await().atMost(Duration.ofSeconds(20)).until(() -> !gemeld(zuid, later).isEmpty());
        RegisterMatchGemeld m = gemeld(zuid, later).getFirst();
        assertThat(m.actief()).isFalse();
        assertThat(m.mogelijk()).isFalse();
        assertThat(m.andereRegio()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(m.totDag()).isNotNull();
    }

    @Test
    void aMatch_landsOnBothCases_theHomeTaskAndTheVerrijking_onceEvenWhenDeliveredTwice() {
        String bsn = TestBsn.generated(RANDOM);
        String naam = uniek("Noor Beide");
        Actor noord = noord();
        Actor zuid = zuid();
        UUID inNoord = melding(noord, persoon(naam, LocalDate.of(2014, 2, 2), bsn));
        UUID inZuid = melding(zuid, persoon("Noor B.", LocalDate.of(2014, 2, 2), bsn));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !gemeld(noord, inNoord).isEmpty()
                        && !gemeld(zuid, inZuid).isEmpty());
        RegisterMatchGemeld inN = gemeld(noord, inNoord).getFirst();
        assertThat(inN.naam()).isEqualTo(naam);
        assertThat(inN.andereRegio()).isEqualTo("Veilig Thuis Demo-Zuid");
        assertThat(inN.mogelijk()).isFalse();
        assertThat(inN.actief()).isTrue();
        assertThat(inN.contact()).isNotBlank();
        assertThat(gemeld(zuid, inZuid).getFirst().naam()).isEqualTo("Noor B.");

        // delivered again, twice: through the listener and straight
        TenantId noordRegio = noord.tenantId();
        tx.executeWithoutResult(s -> events.publishEvent(new RegisterMatchOntvangen(inN.matchId(), noordRegio)));
        matches.ontvang(noordRegio, inN.matchId());
        await().pollDelay(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Integer.class)
                        == 0);

        ZaakView view = veiligThuis.zaak(noord, inNoord);
        assertThat(view.all(RegisterMatchGemeld.class)).hasSize(1);
        assertThat(view.all(Verrijking.class).stream().filter(v -> v.bron() == Bron.VT_REGISTER))
                .hasSize(2); // at registration ("no other region") and once for the match
        assertThat(VbStand.van(view.journal()).verrijking(Bron.VT_REGISTER))
                .hasValueSatisfying(e -> assertThat(
                                e.payload(Verrijking.class).orElseThrow().registerMatches())
                        .singleElement()
                        .satisfies(m -> {
                            assertThat(m.naam()).isEqualTo(naam);
                            assertThat(m.andereRegio()).isEqualTo("Veilig Thuis Demo-Zuid");
                            assertThat(m.mogelijk()).isFalse();
                        }));
        assertThat(TestZaken.logRijen(jdbc, inNoord, "veiligthuis.register.match", "GESLAAGD"))
                .isOne();

        // the task on vt-noord's home page, once, until marked seen
        assertThat(werkvoorraad.werk(noord).nieuweMatches())
                .filteredOn(t -> t.zaak().equals(inNoord))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.naam()).isEqualTo(naam);
                    assertThat(t.andereRegio()).isEqualTo("Veilig Thuis Demo-Zuid");
                });
        // another region cannot mark it seen
        assertThatThrownBy(() -> matches.gezien(zuid, inN.matchId())).isInstanceOf(NotFoundException.class);
        assertThat(matches.gezien(noord, inN.matchId())).isEqualTo(inNoord);
        assertThat(werkvoorraad.werk(noord).nieuweMatches())
                .noneMatch(t -> t.zaak().equals(inNoord));
        assertThat(TestZaken.logRijen(jdbc, inNoord, RegisterMatches.GEZIEN, "GESLAAGD"))
                .isOne();
        // it stays on the case
        assertThat(gemeld(noord, inNoord)).hasSize(1);

        // the register answers each region only about its own matches
        assertThat(ketenRegister.match(zuid.tenantId(), inN.matchId())).isEmpty();
        assertThat(ketenRegister.matches(noordRegio, inNoord))
                .extracting(RegisterMatch::id)
                .containsExactly(inN.matchId());
    }

    @Test
    void withoutABsn_aMatchOnNameAndDateOfBirthIsAPossibleMatch_evenWithAccentsAndSpacesWrittenDifferently() {
        String achternaam = UUID.randomUUID().toString().substring(0, 8);
        Actor noord = noord();
        Actor zuid = zuid();
        UUID inNoord = melding(noord, persoon("José  de Vries-" + achternaam, LocalDate.of(2012, 12, 12), ""));
        UUID inZuid = melding(zuid, persoon("jose de vries" + achternaam, LocalDate.of(2012, 12, 12), ""));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !gemeld(noord, inNoord).isEmpty()
                        && !gemeld(zuid, inZuid).isEmpty());
        assertThat(gemeld(noord, inNoord).getFirst().mogelijk()).isTrue();
        assertThat(VbStand.van(veiligThuis.zaak(noord, inNoord).journal()).verrijking(Bron.VT_REGISTER))
                .hasValueSatisfying(e -> assertThat(
                                e.payload(Verrijking.class).orElseThrow().registerMatches())
                        .singleElement()
                        .satisfies(m -> assertThat(m.mogelijk()).isTrue()));
    }

    @Test
    void afterAKeyRotation_openCasesAreRegisteredAgainUnderTheNewVersion_closedOnesNot() {
        Actor noord = noord();
        String bsn = TestBsn.generated(RANDOM);
        UUID open = melding(noord, persoon(uniek("Roos Rotatie"), LocalDate.of(2015, 1, 1), bsn));
        UUID gesloten = TestZaken.naBesluit(
                veiligThuis, vb, jdbc, Instant.now(), uniek("Rik Rotatie"), Besluit.EINDE_BEMOEIENIS);
        // as if both were registered before the rotation, under version 1
        jdbc.update(
                "UPDATE veiligthuis.register_registratie SET sleutelversie = 1 WHERE zaak_id IN (?, ?)",
                open,
                gesloten);
        assertThat(registers.pseudoniemen(open, 2)).isEmpty();

        rotatie.herregistreer();

        assertThat(registers.pseudoniemen(open, 2))
                .extracting(ZaakRegisterStore.Pseudoniem::pseudoniem)
                .containsExactly(sleutel.vanBsn(bsn));
        assertThat(registers.pseudoniemen(open, 1)).hasSize(1);
        assertThat(registers.pseudoniemen(gesloten, 2)).isEmpty();
        // a second run registers nothing again
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.register_registratie WHERE zaak_id = ?", Integer.class, open))
                .isEqualTo(2);
        rotatie.herregistreer();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.register_registratie WHERE zaak_id = ?", Integer.class, open))
                .isEqualTo(2);
    }

    @Test
    void theDemo_daanIsKnownInBothDemoRegions_aPossibleMatchWithAnEndedInvolvementInZuid() {
        Actor noord = noord();
        UUID daan = jdbc.queryForObject(
                "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                        + " WHERE z.tenant_id = ? AND b.naam = 'Daan Demo' ORDER BY z.ontvangen_op DESC LIMIT 1",
                UUID.class,
                noord.tenantId().value());
        await().atMost(Duration.ofSeconds(20)).until(() -> !gemeld(noord, daan).isEmpty());
        assertThat(gemeld(noord, daan)).singleElement().satisfies(m -> {
            assertThat(m.andereRegio()).isEqualTo("Veilig Thuis Demo-Zuid");
            assertThat(m.mogelijk()).isTrue();
            assertThat(m.actief()).isFalse();
        });
    }
}
