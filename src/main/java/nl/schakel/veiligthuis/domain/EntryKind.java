package nl.schakel.veiligthuis.domain;

import nl.schakel.shared.journal.JournalKind;

/**
 * The kinds of entry in a Veilig Thuis case's journal, each naming the record its payload is stored as (the registry of
 * the shared journal, {@link nl.schakel.shared.journal.JournalKinds}). A new kind is a new constant here and a new
 * record permitted by {@link EntryPayload}.
 */
public enum EntryKind implements JournalKind {
    INTAKE(IntakeVastgelegd.class),
    EERSTE_CONTACT(EersteContact.class),
    VEILIGHEIDSCHECK(Veiligheidscheck.class),
    ADVIES_AFGEROND(AdviesAfgerond.class),
    MELDER_INGEZIEN(MelderIngezien.class),
    VERRIJKING(Verrijking.class),
    TAXATIE(Taxatie.class),
    RISICOFACTOR(Risicofactor.class),
    BESLUIT_VOORGESTELD(BesluitVoorgesteld.class),
    BESLUIT_BEOORDEELD(BesluitBeoordeeld.class),
    TERUGKOPPELING(TerugkoppelingGegeven.class),
    ACUUT_GEMARKEERD(AcuutGemarkeerd.class),
    /** The melding from a Schakel dossier in its structure, written on arrival right after the intake. */
    MELDING_UIT_DOSSIER(DossierMelding.class),
    /** An aanvulling to that melding, arrived later on the same case (ADR-0019). */
    AANVULLING(AanvullingOntvangen.class),
    /** A veiligheidsvoorwaarde set by Veilig Thuis (rule 40). */
    VOORWAARDE(Veiligheidsvoorwaarde.class),
    /** A proposed change of a veiligheidsvoorwaarde: a new decision that waits for a second person. */
    VOORWAARDE_WIJZIGING(VoorwaardeWijziging.class),
    /** The second person's judgement of a proposed change of a veiligheidsvoorwaarde. */
    VOORWAARDE_BEOORDEELD(VoorwaardeWijzigingBeoordeeld.class),
    /** An agreement with the directbetrokkenen and professionals on who does what. */
    AFSPRAAK(Afspraak.class),
    /** The report of an onderzoek: the findings per form of violence (rule 56), sources, conclusion. */
    ONDERZOEK_RAPPORT(OnderzoekRapport.class),
    /** The end of an onderzoek: with a follow-up (overdracht) or the end of Veilig Thuis's involvement. */
    ONDERZOEK_AFGEROND(OnderzoekAfgerond.class),
    /** A verzoek tot onderzoek aan de Raad voor de Kinderbescherming. */
    VERZOEK_RAAD(VerzoekRaad.class),
    /** The Raad voor de Kinderbescherming's answer to the verzoek. */
    ANTWOORD_RAAD(AntwoordRaad.class),
    /** A monitoring moment: whom Veilig Thuis spoke with, the voorwaarden's status, the three questions (rule 39). */
    MONITORINGSMOMENT(Monitoringsmoment.class),
    /** An extra monitoring moment the worker plans. */
    MONITORING_GEPLAND(MonitoringGepland.class),
    /** The proposed conclusion that safety is stable, which ends monitoring once approved. */
    STABIELE_VEILIGHEID_VOORGESTELD(StabieleVeiligheidVoorgesteld.class),
    /** The second person's judgement of that conclusion. */
    STABIELE_VEILIGHEID_BEOORDEELD(StabieleVeiligheidBeoordeeld.class),
    /** A new melding about the family arrived during monitoring (a vervolgmelding, rule 55). */
    VERVOLGMELDING(VervolgmeldingOntvangen.class),
    /** A new veiligheidsbeoordeling of the case started, after a vervolgmelding. */
    NIEUWE_VEILIGHEIDSBEOORDELING(NieuweVeiligheidsbeoordelingGestart.class),
    /** The overdracht offered to one receiving party, with the risk factors and voorwaarden that travel with it. */
    OVERDRACHT_AANGEBODEN(OverdrachtAangeboden.class),
    /** A receiving party's answer to the overdracht: accepted, or declined with a reason. */
    OVERDRACHT_BEANTWOORD(OverdrachtBeantwoord.class),
    /** The national VT-register told of another region involved with a directbetrokkene (rule 46, issue 11). */
    REGISTER_MATCH(RegisterMatchGemeld.class);

    private final Class<? extends EntryPayload> payloadType;

    EntryKind(Class<? extends EntryPayload> payloadType) {
        this.payloadType = payloadType;
    }

    @Override
    public Class<? extends EntryPayload> payloadType() {
        return payloadType;
    }
}
