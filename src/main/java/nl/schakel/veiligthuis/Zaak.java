package nl.schakel.veiligthuis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;

/**
 * A Veilig Thuis case's own row: the index of its journal that the queue and the own-records search read; never the
 * melder's identity.
 *
 * @param vbUiterlijk the last day of the veiligheidsbeoordeling, for a melding
 * @param laatsteVeiligheidscheck when the family's safety was last checked (first contact or a check while waiting)
 * @param besluitOp when the besluit after the veiligheidsbeoordeling took effect (approved)
 * @param onderzoekUiterlijk the last day of the onderzoek's ten-week term, once the case entered an onderzoek (rule 35)
 * @param monitoringSinds the day the case last entered monitoring; {@code null} when it never did
 */
public record Zaak(
        UUID id,
        TenantId tenantId,
        ZaakSoort soort,
        ZaakStatus status,
        Instant ontvangenOp,
        boolean acuut,
        @Nullable LocalDate vbUiterlijk,
        Classificatie classificatie,
        @Nullable UUID ketenMeldingId,
        @Nullable Instant laatsteVeiligheidscheck,
        @Nullable Besluit besluit,
        @Nullable Instant besluitOp,
        Instant createdAt,
        @Nullable LocalDate onderzoekUiterlijk,
        @Nullable LocalDate monitoringSinds) {}
