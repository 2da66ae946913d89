package nl.schakel.dossier;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.Signaleren;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.organisation.Colleague;
import nl.schakel.organisation.Colleagues;
import nl.schakel.organisation.MeldprotocolToepassing;
import nl.schakel.organisation.Meldprotocollen;
import nl.schakel.shared.Actor;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the organisation's meldprotocol in force (issue 13) and the member settings of rule 24 say for a member's work
 * on dossiers: the version and afwegingskader a dossier opened now records, who runs its steps 2–5, and whether the
 * member only signals. Without a meldprotocol in force the member settings decide, as before.
 */
@Component
class DossierMeldprotocol {

    private final Meldprotocollen meldprotocollen;
    private final Colleagues colleagues;

    DossierMeldprotocol(Meldprotocollen meldprotocollen, Colleagues colleagues) {
        this.meldprotocollen = meldprotocollen;
        this.colleagues = colleagues;
    }

    /**
     * What a dossier that the member opens now records.
     *
     * @param versie the meldprotocol version in force, or {@code null} when none is
     * @param kaderCode the afwegingskader that version gives the member; present exactly when the version is
     * @param uitvoerder who records steps 2–5
     */
    record Opening(@Nullable Integer versie, @Nullable String kaderCode, Uitvoerder uitvoerder) {}

    Opening bijOpenen(Actor by, TenantId tenant) {
        Optional<MeldprotocolToepassing> toepassing = toepassing(by, tenant);
        Uitvoerder uitvoerder = Signaleren.uitvoerderBijOpenen(
                by.userId().value(),
                toepassing.map(MeldprotocolToepassing::alleenSignaleren).orElse(false),
                toepassing
                        .flatMap(MeldprotocolToepassing::uitvoerder)
                        .flatMap(u -> colleagues.find(tenant, u))
                        .filter(c -> !c.signalOnly())
                        .map(DossierMeldprotocol::uitvoerder),
                colleagues.signalOnly(tenant, by.userId()),
                colleagues.signalExecutor(tenant).map(DossierMeldprotocol::uitvoerder));
        return new Opening(
                toepassing.map(MeldprotocolToepassing::versie).orElse(null),
                toepassing.map(MeldprotocolToepassing::kaderCode).orElse(null),
                uitvoerder);
    }

    /**
     * What the meldprotocol version the dossier runs under tells the professional; nothing for a dossier opened
     * without one.
     */
    MeldprotocolInstructies instructies(DossierAccess.Found found) {
        Integer versie = found.row().meldprotocolVersie();
        if (versie == null) {
            return MeldprotocolInstructies.GEEN;
        }
        Set<String> codes = found.journal().current(Signaal.class).stream()
                .flatMap(s -> s.codes().stream())
                .collect(Collectors.toSet());
        return meldprotocollen
                .versie(found.row().tenantId(), versie)
                .map(v -> MeldprotocolInstructies.van(versie, v.inhoud(), codes))
                .orElse(MeldprotocolInstructies.GEEN);
    }

    /** Whether the member only signals (rule 24), by the meldprotocol in force or the member setting. */
    boolean alleenSignaleren(Actor by, TenantId tenant) {
        return Signaleren.alleenSignaleren(
                toepassing(by, tenant)
                        .map(MeldprotocolToepassing::alleenSignaleren)
                        .orElse(false),
                colleagues.signalOnly(tenant, by.userId()));
    }

    private Optional<MeldprotocolToepassing> toepassing(Actor by, TenantId tenant) {
        return meldprotocollen.toepassing(tenant, by.teamId(), by.role(), by.beroepscluster());
    }

    private static Uitvoerder uitvoerder(Colleague c) {
        return Uitvoerder.collega(c.userId().value(), c.displayName());
    }
}
