package nl.schakel.veiligthuis.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a worker can do on a Veilig Thuis case: each action is a page under {@code /veilig-thuis/zaken/{id}/}, in the
 * order of the work (the order of this enum). Which role may open an action's page at all is decided here, once
 * ({@link #magRol}); whether the case's state and facts allow it now is {@link ZaakActies}'s to say.
 */
public enum Actie {
    /** End an advies (spec §3.2, service 1). */
    ADVIES("advies", "vtintake.advies.knop", Wie.VASTLEGGER),
    /** The first contact with the professional melder (spec §3.2). */
    EERSTE_CONTACT("eerste-contact", "vtintake.eerstecontact.knop", Wie.VASTLEGGER),
    /** Phase 1 of the veiligheidsbeoordeling: the sources consulted. */
    VERRIJKING("verrijking", "vb.knop.verrijking", Wie.VASTLEGGER),
    /** Phase 2: the veiligheidstaxatie, and the risk factors recorded on the same page. */
    TAXATIE("taxatie", "vb.knop.taxatie", Wie.VASTLEGGER, "risicofactoren"),
    /** Phase 3: propose the besluit. */
    BESLUIT("besluit", "vb.knop.besluit", Wie.VASTLEGGER),
    /** Approve or reject the proposed besluit: a gedragswetenschapper who did not propose it (four eyes). */
    BESLUIT_BEOORDELING("besluit/beoordeling", "werk.actie.BESLUIT_BEOORDELING", Wie.BEOORDELAAR),
    /** Check the family's safety while the melding waits. */
    VEILIGHEIDSCHECK("veiligheidscheck", "vt.veiligheidscheck.knop", Wie.VASTLEGGER),
    /** Mark the melding acute, with a reason. */
    ACUUT("acuut", "vtw.acuut.knop", Wie.VASTLEGGER),
    /** The terugkoppeling to the melder (rule 41). */
    TERUGKOPPELING("terugkoppeling", "vt.terugkoppeling.knop", Wie.VASTLEGGER),
    /** Set the veiligheidsvoorwaarden, or propose a change of one (rule 40). */
    VOORWAARDEN("voorwaarden", "werk.actie.VOORWAARDEN", Wie.VASTLEGGER),
    /** Approve or reject a proposed change of a veiligheidsvoorwaarde (four eyes). */
    VOORWAARDEN_BEOORDELING("voorwaarden/beoordeling", "werk.actie.VOORWAARDEN_BEOORDELING", Wie.BEOORDELAAR),
    /** Record the agreements with the directbetrokkenen and professionals on who does what. */
    AFSPRAKEN("afspraken", "werk.actie.AFSPRAKEN", Wie.VASTLEGGER),
    /** Voorwaarden en vervolg ends: the overdracht starts. */
    NAAR_OVERDRACHT("naar-overdracht", "werk.actie.NAAR_OVERDRACHT", Wie.VASTLEGGER),
    /** The onderzoek and its report. */
    ONDERZOEK("onderzoek", "werk.actie.ONDERZOEK", Wie.VASTLEGGER),
    /** The verzoek tot onderzoek aan de Raad voor de Kinderbescherming, and its answer. */
    RAAD("raad", "werk.actie.RAAD", Wie.VASTLEGGER),
    /** The overdracht to the receiving parties. */
    OVERDRACHT("overdracht", "werk.actie.OVERDRACHT", Wie.VASTLEGGER),
    /** Record that a receiving party accepted responsibility for "zicht op veiligheid". */
    OVERDRACHT_AANVAARDING("overdracht/aanvaarding", "werk.actie.OVERDRACHT_AANVAARDING", Wie.VASTLEGGER),
    /** A monitoring moment. */
    MONITORING("monitoring", "werk.actie.MONITORING", Wie.VASTLEGGER),
    /** Propose the conclusion that safety is stable. */
    MONITORING_CONCLUSIE("monitoring/conclusie", "werk.actie.MONITORING_CONCLUSIE", Wie.VASTLEGGER),
    /** Approve or reject the conclusion that safety is stable (four eyes). */
    MONITORING_BEOORDELING("monitoring/beoordeling", "werk.actie.MONITORING_BEOORDELING", Wie.BEOORDELAAR),
    /** The printable overview for the family: read only, for every Veilig Thuis role. */
    OVERZICHT("overzicht", "vtintake.overzicht.knop", Wie.LEZER);

    /** Who may open an action's page. */
    private enum Wie {
        /** Every Veilig Thuis role, the teamleider too. */
        LEZER(Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER, Role.VT_TEAMLEIDER)),
        /** Those who record the work on a case; the teamleider reads only. */
        VASTLEGGER(Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER)),
        /** The second person of four eyes. */
        BEOORDELAAR(Set.of(Role.GEDRAGSWETENSCHAPPER));

        private final Set<Role> rollen;

        Wie(Set<Role> rollen) {
            this.rollen = rollen;
        }
    }

    private final String segment;
    private final String key;
    private final Wie wie;
    private final List<String> ookSegmenten;

    Actie(String segment, String key, Wie wie, String... ookSegmenten) {
        this.segment = segment;
        this.key = key;
        this.wie = wie;
        this.ookSegmenten = List.of(ookSegmenten);
    }

    /** The part of the page's address after {@code /veilig-thuis/zaken/{id}/}. */
    public String segment() {
        return segment;
    }

    /**
     * The page the action's button opens (after {@code /veilig-thuis/zaken/{id}/}): its own page, or for an action that
     * is one button on another page (a POST without a page of its own), that page.
     */
    public String pagina() {
        return switch (this) {
            case NAAR_OVERDRACHT -> VOORWAARDEN.segment;
            case OVERDRACHT_AANVAARDING -> OVERDRACHT.segment;
            default -> segment;
        };
    }

    /** The message key of the action's name (its button). */
    public String key() {
        return key;
    }

    /** Whether the role may open this action's page at all, whatever the case's state. */
    public boolean magRol(@Nullable Role rol) {
        return rol != null && wie.rollen.contains(rol);
    }

    /**
     * The action whose page the address (after {@code /veilig-thuis/zaken/{id}/}) belongs to: the action with exactly
     * this segment, else the one whose segment is the address's first part (a voorwaarde's change page belongs to
     * {@link #VOORWAARDEN}). Empty for a page that is no action (such as the melder's identity, which its facade
     * guards itself).
     */
    public static Optional<Actie> vanPad(String pad) {
        String eerste = pad.contains("/") ? pad.substring(0, pad.indexOf('/')) : pad;
        return Arrays.stream(values())
                .filter(a -> a.segment.equals(pad) || a.ookSegmenten.contains(pad))
                .findFirst()
                .or(() -> Arrays.stream(values())
                        .filter(a -> a.segment.equals(eerste) || a.ookSegmenten.contains(eerste))
                        .findFirst());
    }
}
