package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.schakel.shared.Role;
import nl.schakel.veiligthuis.domain.ZaakFeiten.Voorstel;
import org.jspecify.annotations.Nullable;

/**
 * The case page's model: what is due next on the case (with its term, if it has one) and what this person may do now,
 * in the order of the work: what is due first, then the step of the service the case is in, then the rest in the order
 * of {@link Actie}. Role × state is decided here, once; the pages render it and the
 * action pages refuse a role that may not act ({@link Actie#magRol}). The moves between services are
 * {@link Dienstverloop}'s.
 *
 * @param volgende what is due next on the case, whoever does it; {@code null} when nothing is (a closed case)
 * @param acties what this person may do now; the first is {@link #volgende}'s action when they may do it
 */
public record ZaakActies(@Nullable Stap volgende, List<Actie> acties) {

    /** Nothing due and nothing to do: for a reader without a page (an API client). */
    public static final ZaakActies GEEN = new ZaakActies(null, List.of());

    /**
     * A step that is due.
     *
     * @param uiterlijk the last day of its term; {@code null} when the step has none
     * @param teLaat whether its term has passed
     */
    public record Stap(Actie actie, @Nullable LocalDate uiterlijk, boolean teLaat) {

        Stap(Actie actie, @Nullable LocalDate uiterlijk, LocalDate vandaag) {
            this(actie, uiterlijk, uiterlijk != null && vandaag.isAfter(uiterlijk));
        }
    }

    public ZaakActies {
        acties = List.copyOf(acties);
    }

    /** The page model for a person in this role looking, on this day, at a case with these facts. */
    public static ZaakActies van(@Nullable Role rol, ZaakFeiten f, LocalDate vandaag) {
        Stap volgende = volgende(f, vandaag);
        Actie eerst = volgende == null ? null : volgende.actie();
        Stap dienst = dienststap(f, vandaag);
        Actie dan = dienst == null ? null : dienst.actie();
        List<Actie> acties = Arrays.stream(Actie.values())
                .filter(a -> a.magRol(rol) && kan(a, f))
                .sorted(Comparator.comparing((Actie a) -> a == eerst ? 0 : a == dan ? 1 : 2)
                        .thenComparing(Enum::ordinal))
                .toList();
        return new ZaakActies(volgende, acties);
    }

    /** Whether this person may do the step that is due, so that it leads their list. */
    public boolean volgendeIsVoorMij() {
        return volgende != null && !acties.isEmpty() && acties.getFirst() == volgende.actie();
    }

    /** Whether the action is offered to this person now. */
    public boolean mag(Actie actie) {
        return acties.contains(actie);
    }

    /** Whether the case's state and facts allow the action now, whoever asks. */
    static boolean kan(Actie actie, ZaakFeiten f) {
        ZaakStatus s = f.status();
        return switch (actie) {
            case ADVIES -> Dienstverloop.mag(s, new Overgang.AdviesAfronden(), f.stand());
            case EERSTE_CONTACT -> f.soort() == ZaakSoort.MELDING && f.bellerBeroepskracht() && s.betrokken();
            case VERRIJKING, TAXATIE, VEILIGHEIDSCHECK -> s.inVeiligheidsbeoordeling();
            case BESLUIT -> Dienstverloop.mag(s, new Overgang.BesluitVoorstellen(), f.stand());
            case BESLUIT_BEOORDELING ->
                f.besluit() == Voorstel.VAN_ANDER && Dienstverloop.mag(s, new Overgang.BesluitAfwijzen(), f.stand());
            case ACUUT -> s.inVeiligheidsbeoordeling() && !f.acuut();
            case TERUGKOPPELING -> f.terugkoppelingMogelijk();
            case VOORWAARDEN ->
                s == ZaakStatus.VOORWAARDEN_EN_VERVOLG
                        || s == ZaakStatus.ONDERZOEK
                        || s == ZaakStatus.OVERDRACHT
                        || s == ZaakStatus.MONITORING;
            case VOORWAARDEN_BEOORDELING -> f.voorwaardeWijziging() == Voorstel.VAN_ANDER && s.betrokken();
            case AFSPRAKEN ->
                s == ZaakStatus.VOORWAARDEN_EN_VERVOLG || s == ZaakStatus.OVERDRACHT || s == ZaakStatus.MONITORING;
            case NAAR_OVERDRACHT -> Dienstverloop.mag(s, new Overgang.NaarOverdracht(), f.stand());
            case ONDERZOEK ->
                Dienstverloop.vanWaar(new Overgang.OnderzoekAfronden(true)).contains(s);
            case RAAD ->
                Dienstverloop.mag(s, new Overgang.RaadVragen(), f.stand())
                        || Dienstverloop.mag(s, new Overgang.RaadAntwoord(true), f.stand());
            case OVERDRACHT ->
                Dienstverloop.vanWaar(new Overgang.OverdrachtAanvaard()).contains(s);
            case OVERDRACHT_AANVAARDING ->
                Dienstverloop.vanWaar(new Overgang.OverdrachtAanvaard()).contains(s)
                        && f.overdrachtVastgelegd()
                        && !f.stand().overdrachtAanvaard();
            case MONITORING -> s == ZaakStatus.MONITORING;
            case MONITORING_CONCLUSIE -> s == ZaakStatus.MONITORING && f.stabieleVeiligheid() == Voorstel.GEEN;
            case MONITORING_BEOORDELING -> s == ZaakStatus.MONITORING && f.stabieleVeiligheid() == Voorstel.VAN_ANDER;
            case OVERZICHT -> true;
        };
    }

    /**
     * What is due next on the case, in the order of the work: the terugkoppeling owed to the melder first, then a
     * change of a voorwaarde that waits for its second person, then the step of the service the case is in.
     */
    static @Nullable Stap volgende(ZaakFeiten f, LocalDate vandaag) {
        if (f.terugkoppelingMogelijk()) {
            return new Stap(Actie.TERUGKOPPELING, null, false);
        }
        if (f.voorwaardeWijziging() != Voorstel.GEEN && f.status().betrokken()) {
            return new Stap(Actie.VOORWAARDEN_BEOORDELING, null, false);
        }
        return dienststap(f, vandaag);
    }

    /** The step of the service the case is in, with its term. */
    private static @Nullable Stap dienststap(ZaakFeiten f, LocalDate vandaag) {
        return switch (f.status()) {
            case ADVIES -> new Stap(Actie.ADVIES, null, false);
            case VEILIGHEIDSBEOORDELING -> new Stap(veiligheidsbeoordeling(f), f.vbUiterlijk(), vandaag);
            case BESLUIT_VOORGESTELD -> new Stap(Actie.BESLUIT_BEOORDELING, f.vbUiterlijk(), vandaag);
            case OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, OVERDRACHT ->
                new Stap(f.overdrachtVastgelegd() ? Actie.OVERDRACHT_AANVAARDING : Actie.OVERDRACHT, null, false);
            case VOORWAARDEN_EN_VERVOLG ->
                new Stap(f.stand().voorwaarden() == 0 ? Actie.VOORWAARDEN : Actie.NAAR_OVERDRACHT, null, false);
            case ONDERZOEK -> new Stap(Actie.ONDERZOEK, f.onderzoekUiterlijk(), vandaag);
            case VERZOEK_RAAD -> new Stap(Actie.RAAD, null, false);
            case MONITORING ->
                f.stabieleVeiligheid() == Voorstel.GEEN
                        ? new Stap(Actie.MONITORING, f.monitoringMoment(), vandaag)
                        : new Stap(Actie.MONITORING_BEOORDELING, null, false);
            case ADVIES_AFGEROND, AFGESLOTEN -> null;
        };
    }

    /** The next phase of the veiligheidsbeoordeling: first contact, verrijking, taxatie, besluit (spec §3.3). */
    private static Actie veiligheidsbeoordeling(ZaakFeiten f) {
        if (f.soort() == ZaakSoort.MELDING && f.bellerBeroepskracht() && !f.eersteContact()) {
            return Actie.EERSTE_CONTACT;
        }
        if (!f.verrijkt()) {
            return Actie.VERRIJKING;
        }
        return f.getaxeerd() ? Actie.BESLUIT : Actie.TAXATIE;
    }
}
