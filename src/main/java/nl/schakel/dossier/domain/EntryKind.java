package nl.schakel.dossier.domain;

import nl.schakel.shared.journal.JournalKind;

/**
 * What a dossier journal entry records, and the payload type that holds it (the registry of the shared journal,
 * {@link nl.schakel.shared.journal.JournalKinds}). A new kind of entry is a new constant and a new payload record
 * permitted by {@link EntryPayload}; the journal, its table and its timeline need no other change.
 */
public enum EntryKind implements JournalKind {
    /** A signaal of step 1. */
    SIGNAAL(Signaal.class),
    /** A collegiale consultatie of step 2. */
    CONSULTATIE(CollegialeConsultatie.class),
    /** The gesprek met de cliënt of step 3, held or skipped with its reason. */
    GESPREK(Gesprek.class),
    /** A kindcheck of step 1. */
    KINDCHECK(Kindcheck.class),
    /** A mantelzorgcheck (ouderencheck) of step 1. */
    MANTELZORGCHECK(Mantelzorgcheck.class),
    /** The employee-offence route of kinderopvang and onderwijs (rule 27). */
    MEDEWERKER_ROUTE(MedewerkerRoute.class),
    /** A link to a dossier opened from this one or that this one was opened from. */
    DOSSIER_LINK(DossierLink.class),
    /** A melding to Veilig Thuis, as it was sent (step 5). */
    MELDING(Melding.class),
    /** An aanvulling to the melding, sent to Veilig Thuis for the same case (ADR-0019). */
    AANVULLING(Aanvulling.class),
    /** The feedback of Veilig Thuis about a melding from this dossier (rule 41), written on arrival. */
    TERUGKOPPELING(Terugkoppeling.class),
    /** An overdracht Veilig Thuis offered the professional after a melding from this dossier (rule 38). */
    OVERDRACHT(OverdrachtOntvangen.class),
    /** The professional's answer to that overdracht: accepted, or declined with a reason. */
    OVERDRACHT_ANTWOORD(OverdrachtAntwoord.class),
    /** A signal in the Verwijsindex Risicojongeren about one betrokkene. */
    VIR_SIGNAAL(VirSignaal.class),
    /** The end of a VIR signal: removed by the organisation or expired. */
    VIR_EINDE(VirEinde.class),
    /** Sharing the dossier with a colleague, or ending it. */
    DELING(Deling.class),
    /** An answered afweging of step 4 or 5, with its reason and kader. */
    AFWEGING(Afweging.class),
    /** Beslissing 1 or 2 of step 5, with its reason. */
    BESLISSING(Beslissing.class),
    /** The help offered or organised, and when afweging 5 is evaluated again. */
    HULPPLAN(Hulpplan.class),
    /** The beroepscluster chosen by a member without one, for the afwegingskader. */
    KADERKEUZE(KaderKeuze.class),
    /** The note with which the dossier was closed. */
    AFSLUITING(Afsluiting.class),
    /** A betrokkene added after the dossier was opened. */
    BETROKKENE(BetrokkeneToegevoegd.class);

    private final Class<? extends EntryPayload> payloadType;

    EntryKind(Class<? extends EntryPayload> payloadType) {
        this.payloadType = payloadType;
    }

    @Override
    public Class<? extends EntryPayload> payloadType() {
        return payloadType;
    }
}
