package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The lines of the region's queue: deadline, days left, lateness, re-triage and the order of rule 34. */
class WachtrijRegelTests {

    private static final Werkdagkalender KALENDER = Werkdagkalender.standaard();
    private static final Termijnen TERMIJNEN = new Termijnen(KALENDER);
    private static final Hertriage HERTRIAGE = new Hertriage(KALENDER, 2);
    /** Monday 30 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Instant om10(LocalDate dag) {
        return ZonedDateTime.of(dag, LocalTime.of(10, 0), Intake.NL).toInstant();
    }

    private static WachtrijRegel regel(String naam, LocalDate ontvangen, boolean acuut, @Nullable LocalDate check) {
        return WachtrijRegel.van(
                UUID.randomUUID(),
                naam,
                om10(ontvangen),
                TERMIJNEN.veiligheidsbeoordelingUiterlijk(ontvangen),
                acuut,
                acuut ? new AcuutGemarkeerd("reden") : null,
                check == null ? null : om10(check),
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                TODAY,
                KALENDER,
                HERTRIAGE);
    }

    @Test
    void rule34_theQueuePutsAcuteMeldingenFirstThenTheEarliestDeadline() {
        WachtrijRegel oud = regel("oud", LocalDate.of(2026, 11, 19), false, null);
        WachtrijRegel nieuw = regel("nieuw", LocalDate.of(2026, 11, 27), false, null);
        WachtrijRegel acuutNieuw = regel("acuut nieuw", LocalDate.of(2026, 11, 30), true, TODAY);
        WachtrijRegel acuutOud = regel("acuut oud", LocalDate.of(2026, 11, 24), true, null);
        WachtrijRegel midden = regel("midden", LocalDate.of(2026, 11, 24), false, null);

        List<WachtrijRegel> wachtrij = WachtrijRegel.gesorteerd(List.of(nieuw, acuutNieuw, oud, midden, acuutOud));

        assertThat(wachtrij)
                .extracting(WachtrijRegel::naam)
                .containsExactly("acuut oud", "acuut nieuw", "oud", "midden", "nieuw");
    }

    @Test
    void aLineShowsTheWorkingDaysLeftLatenessAndReTriage() {
        // received Thursday 19 November: deadline Thursday 26 November, two working days past on Monday 30
        WachtrijRegel laat = regel("laat", LocalDate.of(2026, 11, 19), false, LocalDate.of(2026, 11, 27));
        assertThat(laat.uiterlijk()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(laat.werkdagenOver()).isEqualTo(-2);
        assertThat(laat.teLaat()).isTrue();
        assertThat(laat.laatsteVeiligheidscheck()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(laat.hertriage()).isFalse();

        // received Friday 27 November: deadline Friday 4 December, four working days left
        WachtrijRegel vers = regel("vers", LocalDate.of(2026, 11, 27), false, null);
        assertThat(vers.werkdagenOver()).isEqualTo(4);
        assertThat(vers.teLaat()).isFalse();
        assertThat(vers.werkdagenZonderCheck()).isEqualTo(1);
        assertThat(vers.hertriage()).isFalse();

        // received Tuesday 24 November without a check: Wed, Thu, Fri, Mon are four working days
        WachtrijRegel wacht = regel("wacht", LocalDate.of(2026, 11, 24), false, null);
        assertThat(wacht.werkdagenZonderCheck()).isEqualTo(4);
        assertThat(wacht.hertriage()).isTrue();
        assertThat(wacht.teLaat()).isFalse();

        WachtrijRegel.Telling telling = WachtrijRegel.Telling.van(List.of(laat, vers, wacht));
        assertThat(telling).isEqualTo(new WachtrijRegel.Telling(3, 0, 1, 1));
    }
}
