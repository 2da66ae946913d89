package nl.schakel.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a meldcode dossier, for the modules that observe it (the management information of
 * {@code reporting}): ids, the tenant, a step number, a date and the moment only, never a name, BSN, date of birth or
 * free text. Published by the dossier module from the one path by which a dossier is opened and its journal grows
 * ({@code DossierAccess}), in the same transaction as the entry; a listener gets it after the commit, at least once
 * (the event publication registry, ADR-0025), and recognises a repeat by {@link #id()}.
 *
 * <p>When a step counts as done (ADR-0031): step 1 at the first signaal, step 2 at the first collegiale consultatie,
 * step 3 at the first gesprek met de cliënt (held or skipped with a reason), step 4 at the first afweging (also for
 * the kaders that ask the afwegingen in step 5), step 5 at the first beslissing. A correction is an entry of the same
 * kind and is published like one; it never moves a "first" moment earlier.
 */
public sealed interface DossierGebeurtenis {

    /** The dossier it happened in. */
    UUID dossierId();

    /** The dossier's tenant. */
    TenantId tenantId();

    /** When it happened: the moment of the journal entry, or of the opening. */
    Instant op();

    /** What a listener recognises a repeat by: the journal entry's id, or the dossier's for its opening. */
    UUID id();

    /**
     * A dossier was opened (also as the restart of a closed one, rule 22).
     *
     * @param teamId the team of the member who opened it and owns it, at that moment; {@code null} when none
     */
    record Geopend(
            UUID dossierId, TenantId tenantId, @Nullable TeamId teamId, Instant op) implements DossierGebeurtenis {
        @Override
        public UUID id() {
            return dossierId;
        }
    }

    /**
     * An entry of one of the five steps was recorded: a signaal (1), collegiale consultatie (2), gesprek met de cliënt
     * (3), afweging (4) or beslissing (5).
     */
    record StapGezet(UUID dossierId, TenantId tenantId, UUID id, int stap, Instant op) implements DossierGebeurtenis {}

    /**
     * Afweging 5 (does the help lead to the needed results?) was answered: after a hulpplan this is its re-evaluation
     * (rule 6).
     *
     * @param volgnummer the entry's position in the journal (from 0), to order it against a hulpplan of the same moment
     */
    record Afweging5Beantwoord(UUID dossierId, TenantId tenantId, UUID id, int volgnummer, Instant op)
            implements DossierGebeurtenis {}

    /** A kindcheck was recorded (step 1, rule 18). */
    record KindcheckGedaan(UUID dossierId, TenantId tenantId, UUID id, Instant op) implements DossierGebeurtenis {}

    /** A melding was sent to Veilig Thuis (step 5). */
    record MeldingGedaan(UUID dossierId, TenantId tenantId, UUID id, Instant op) implements DossierGebeurtenis {}

    /**
     * A hulpplan was recorded (outcome "hulp bieden", rule 6); a later one replaces it.
     *
     * @param herbeoordeling the date on which afweging 5 is to be evaluated again
     * @param volgnummer the entry's position in the journal (from 0), to order it against an afweging 5 of the same
     *     moment
     */
    record HulpplanGemaakt(
            UUID dossierId, TenantId tenantId, UUID id, LocalDate herbeoordeling, int volgnummer, Instant op)
            implements DossierGebeurtenis {}

    /** A signal in the Verwijsindex Risicojongeren was made; {@link #id()} is the signal's id. */
    record VirSignaalGemaakt(UUID dossierId, TenantId tenantId, UUID id, Instant op) implements DossierGebeurtenis {}

    /** A VIR signal ended: removed by the organisation or expired. */
    record VirSignaalBeeindigd(UUID dossierId, TenantId tenantId, UUID id, UUID signaalId, Instant op)
            implements DossierGebeurtenis {}

    /**
     * The dossier was closed (rule 22).
     *
     * @param inStap the step it was closed in: the highest step of an entry in force at closing (the signaal,
     *     kindcheck and mantelzorgcheck 1; the consultatie 2; the gesprek 3; the afweging 4; the beslissing, hulpplan
     *     and melding 5); 1 when none was recorded
     */
    record Gesloten(UUID dossierId, TenantId tenantId, UUID id, int inStap, Instant op) implements DossierGebeurtenis {}
}
