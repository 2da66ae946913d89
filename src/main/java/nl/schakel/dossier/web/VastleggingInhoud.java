package nl.schakel.dossier.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.domain.Aanvulling;
import nl.schakel.dossier.domain.Afsluiting;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.Beslissing;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.BetrokkeneToegevoegd;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.Deling;
import nl.schakel.dossier.domain.DossierLink;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.KaderKeuze;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Mantelzorgcheck;
import nl.schakel.dossier.domain.MedewerkerRoute;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.dossier.domain.OverdrachtAntwoord;
import nl.schakel.dossier.domain.OverdrachtOntvangen;
import nl.schakel.dossier.domain.RedenGeenGesprek;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.Terugkoppeling;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.dossier.domain.VirSignaal;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * The {@code inhoud} of a {@code Vastlegging}: the API's own record of what a journal entry records, one per
 * {@link EntryKind}, never the stored payload itself. Each has the schema name and the fields the API has always
 * shown for its kind, so that the journal can store its payloads differently without changing the API. The payload
 * interface is sealed, so a new kind of entry does not compile until it has its record here.
 */
sealed interface VastleggingInhoud {

    /** The API's record of the payload. */
    static VastleggingInhoud of(EntryPayload payload) {
        return switch (payload) {
            case Signaal s -> SignaalInhoud.of(s);
            case CollegialeConsultatie c -> ConsultatieInhoud.of(c);
            case Gesprek g -> GesprekInhoud.of(g);
            case Kindcheck k ->
                new KindcheckInhoud(
                        k.aanleidingen(),
                        k.anders(),
                        k.minderjarigen(),
                        k.aantal(),
                        k.leeftijden(),
                        k.zorg(),
                        k.zwangerschap(),
                        k.overgenomenDoor(),
                        k.uitkomst());
            case Mantelzorgcheck m -> new MantelzorgcheckInhoud(m.zorgrelatie(), m.wie(), m.signalen(), m.uitkomst());
            case MedewerkerRoute r ->
                new MedewerkerRouteInhoud(
                        r.houderGeinformeerd(),
                        r.inspecteurGeraadpleegd(),
                        r.inspecteurAdvies(),
                        r.aangifte(),
                        r.aangifteDatum());
            case DossierLink l -> new DossierLinkInhoud(l.other(), l.direction());
            case Melding m ->
                new MeldingInhoudVastlegging(
                        m.meldingId(),
                        m.regioId(),
                        m.regioNaam(),
                        InhoudVanMelding.of(m.inhoud()),
                        m.watBlijfIkDoen(),
                        m.clientGeinformeerd(),
                        m.redenNietGeinformeerd(),
                        m.anoniemNaarGezin(),
                        m.contact());
            case Aanvulling a ->
                new AanvullingInhoud(
                        a.aanvullingId(),
                        a.meldingId(),
                        a.regioId(),
                        a.regioNaam(),
                        a.tekst(),
                        a.signalen().stream().map(SignaalInhoud::of).toList(),
                        a.consultaties().stream().map(ConsultatieInhoud::of).toList(),
                        a.gesprekken().stream().map(GesprekInhoud::of).toList());
            case Terugkoppeling t ->
                new TerugkoppelingInhoud(
                        t.terugkoppelingId(),
                        t.meldingId(),
                        t.regioNaam(),
                        t.moment(),
                        t.vervolg(),
                        t.besluit(),
                        t.ontvangendePartijen(),
                        t.voorwaardenEnAfspraken(),
                        t.toelichting(),
                        t.afzender(),
                        t.verzondenOp());
            case VirSignaal v -> new VirSignaalInhoud(v.betrokkeneId(), v.gemaaktOp(), v.eindigtOp());
            case VirEinde v -> new VirEindeInhoud(v.signaal(), v.grond(), v.reden(), v.op());
            case Deling d -> new DelingInhoud(d.handeling(), d.collegaId(), d.collegaNaam());
            case Afweging a ->
                new AfwegingInhoud(
                        a.nummer(),
                        a.antwoord(),
                        a.reden(),
                        a.kaderCode(),
                        a.kaderVersie(),
                        a.vereisten(),
                        a.afspraken(),
                        a.onveiligheid());
            case Beslissing b -> new BeslissingInhoud(b.nummer(), b.antwoord(), b.reden(), b.vereisten());
            case Hulpplan h -> new HulpplanInhoud(h.plan(), h.wie(), h.herbeoordeling());
            case KaderKeuze k -> new KaderKeuzeInhoud(k.beroepscluster(), k.kaderCode(), k.kaderVersie());
            case Afsluiting a -> new AfsluitingInhoud(a.notitie());
            case BetrokkeneToegevoegd b -> new BetrokkeneToegevoegdInhoud(b.betrokkeneId(), b.naam(), b.relatie());
            case OverdrachtOntvangen o ->
                new OverdrachtOntvangenInhoud(
                        o.overdrachtId(),
                        o.meldingId(),
                        o.regioNaam(),
                        o.ontvanger(),
                        o.overname(),
                        o.voorwaarden().stream()
                                .map(v -> new VoorwaardeInhoud(v.tekst(), v.betreft(), v.controle()))
                                .toList(),
                        o.risicofactoren(),
                        o.afzender(),
                        o.verzondenOp());
            case OverdrachtAntwoord a -> new OverdrachtAntwoordInhoud(a.overdrachtId(), a.aanvaard(), a.reden());
        };
    }

    /** The record of a kind, for the OpenAPI document: the one whose schema has the name of the kind's payload. */
    static Class<? extends VastleggingInhoud> contract(EntryKind kind) {
        String name = kind.payloadType().getSimpleName();
        return Arrays.stream(VastleggingInhoud.class.getPermittedSubclasses())
                .filter(c -> name.equals(c.getAnnotation(Schema.class).name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no API record for " + kind))
                .asSubclass(VastleggingInhoud.class);
    }

    @Schema(name = "Signaal")
    record SignaalInhoud(
            LocalDate datum,
            String waarneming,
            SignaalSoort soort,
            @Nullable String bron,
            Set<VormVanGeweld> vormen,
            boolean disclosure,
            Set<String> codes)
            implements VastleggingInhoud {

        static SignaalInhoud of(Signaal s) {
            return new SignaalInhoud(
                    s.datum(), s.waarneming(), s.soort(), s.bron(), s.vormen(), s.disclosure(), s.codes());
        }

        @Override
        public String toString() {
            return "Signaal[" + soort + "]";
        }
    }

    @Schema(name = "CollegialeConsultatie")
    record ConsultatieInhoud(
            LocalDate datum, ConsultatieMet met, @Nullable String persoon, String advies) implements VastleggingInhoud {

        static ConsultatieInhoud of(CollegialeConsultatie c) {
            return new ConsultatieInhoud(c.datum(), c.met(), c.persoon(), c.advies());
        }

        @Override
        public String toString() {
            return "CollegialeConsultatie[" + met + "]";
        }
    }

    @Schema(name = "Gesprek")
    record GesprekInhoud(
            boolean gevoerd,
            @Nullable LocalDate datum,
            @Nullable String metWie,
            @Nullable String besproken,
            @Nullable String reactie,
            @Nullable RedenGeenGesprek reden,
            @Nullable String toelichting,
            @Nullable Boolean alsnog)
            implements VastleggingInhoud {

        static GesprekInhoud of(Gesprek g) {
            return new GesprekInhoud(
                    g.gevoerd(),
                    g.datum(),
                    g.metWie(),
                    g.besproken(),
                    g.reactie(),
                    g.reden(),
                    g.toelichting(),
                    g.alsnog());
        }

        @Override
        public String toString() {
            return "Gesprek[" + gevoerd + "]";
        }
    }

    @Schema(name = "Kindcheck")
    record KindcheckInhoud(
            Set<Kindcheck.Aanleiding> aanleidingen,
            @Nullable String anders,
            Kindcheck.Minderjarigen minderjarigen,
            @Nullable Integer aantal,
            List<Integer> leeftijden,
            Kindcheck.@Nullable Zorg zorg,
            Kindcheck.Zwangerschap zwangerschap,
            @Nullable String overgenomenDoor,
            Kindcheck.Uitkomst uitkomst)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Kindcheck[" + uitkomst + "]";
        }
    }

    @Schema(name = "Mantelzorgcheck")
    record MantelzorgcheckInhoud(
            Mantelzorgcheck.Zorgrelatie zorgrelatie,
            @Nullable String wie,
            @Nullable String signalen,
            Mantelzorgcheck.Uitkomst uitkomst)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Mantelzorgcheck[" + uitkomst + "]";
        }
    }

    @Schema(name = "MedewerkerRoute")
    record MedewerkerRouteInhoud(
            LocalDate houderGeinformeerd,
            @Nullable LocalDate inspecteurGeraadpleegd,
            @Nullable String inspecteurAdvies,
            boolean aangifte,
            @Nullable LocalDate aangifteDatum)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "MedewerkerRoute[" + aangifte + "]";
        }
    }

    @Schema(name = "DossierLink")
    record DossierLinkInhoud(UUID other, DossierLink.Direction direction) implements VastleggingInhoud {}

    @Schema(name = "Melding")
    record MeldingInhoudVastlegging(
            UUID meldingId,
            UUID regioId,
            String regioNaam,
            InhoudVanMelding inhoud,
            String watBlijfIkDoen,
            boolean clientGeinformeerd,
            @Nullable String redenNietGeinformeerd,
            boolean anoniemNaarGezin,
            String contact)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Melding[" + meldingId + "]";
        }
    }

    /** What a melding held, as sent: its betrokkenen, the steps 1–3 and the answers of steps 4 and 5. */
    @Schema(name = "MeldingInhoud")
    record InhoudVanMelding(
            List<BetrokkeneInMelding> betrokkenen,
            List<SignaalInhoud> signalen,
            List<ConsultatieInhoud> consultaties,
            List<GesprekInhoud> gesprekken,
            List<Antwoord> afwegingen,
            List<Antwoord> beslissingen) {

        static InhoudVanMelding of(MeldingInhoud i) {
            return new InhoudVanMelding(
                    i.betrokkenen().stream().map(BetrokkeneInMelding::of).toList(),
                    i.signalen().stream().map(SignaalInhoud::of).toList(),
                    i.consultaties().stream().map(ConsultatieInhoud::of).toList(),
                    i.gesprekken().stream().map(GesprekInhoud::of).toList(),
                    i.afwegingen().stream().map(Antwoord::of).toList(),
                    i.beslissingen().stream().map(Antwoord::of).toList());
        }

        @Override
        public String toString() {
            return "MeldingInhoud[" + betrokkenen.size() + "]";
        }
    }

    /** A betrokkene as the melding named them; the BSN in the form the API has always shown it. */
    @Schema(name = "MeldingBetrokkene")
    record BetrokkeneInMelding(
            UUID id,
            String naam,
            LocalDate geboortedatum,
            @Nullable Bsn bsn,
            Relatie relatie) {

        static BetrokkeneInMelding of(Betrokkene b) {
            return new BetrokkeneInMelding(b.id(), b.naam(), b.geboortedatum(), b.bsn(), b.relatie());
        }

        @Override
        public String toString() {
            return "Betrokkene[" + id + "]";
        }
    }

    @Schema(name = "Antwoord")
    record Antwoord(String code, String antwoord, String reden) {

        static Antwoord of(MeldingInhoud.Antwoord a) {
            return new Antwoord(a.code(), a.antwoord(), a.reden());
        }

        @Override
        public String toString() {
            return "Antwoord[" + code + "]";
        }
    }

    @Schema(name = "Aanvulling")
    record AanvullingInhoud(
            UUID aanvullingId,
            UUID meldingId,
            UUID regioId,
            String regioNaam,
            String tekst,
            List<SignaalInhoud> signalen,
            List<ConsultatieInhoud> consultaties,
            List<GesprekInhoud> gesprekken)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Aanvulling[" + aanvullingId + "]";
        }
    }

    @Schema(name = "Terugkoppeling")
    record TerugkoppelingInhoud(
            UUID terugkoppelingId,
            UUID meldingId,
            String regioNaam,
            Terugkoppeling.Moment moment,
            boolean vervolg,
            String besluit,
            List<String> ontvangendePartijen,
            @Nullable String voorwaardenEnAfspraken,
            String toelichting,
            String afzender,
            Instant verzondenOp)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Terugkoppeling[" + terugkoppelingId + "]";
        }
    }

    @Schema(name = "VirSignaal")
    record VirSignaalInhoud(UUID betrokkeneId, LocalDate gemaaktOp, LocalDate eindigtOp) implements VastleggingInhoud {}

    @Schema(name = "VirEinde")
    record VirEindeInhoud(
            UUID signaal, VirEinde.Grond grond, @Nullable String reden, LocalDate op) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "VirEinde[" + grond + "]";
        }
    }

    @Schema(name = "Deling")
    record DelingInhoud(Deling.Handeling handeling, UUID collegaId, String collegaNaam) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Deling[" + handeling + "]";
        }
    }

    @Schema(name = "Afweging")
    record AfwegingInhoud(
            int nummer,
            boolean antwoord,
            String reden,
            String kaderCode,
            String kaderVersie,
            Set<HulpVereiste> vereisten,
            @Nullable String afspraken,
            @Nullable Onveiligheid onveiligheid)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Afweging[" + nummer + "]";
        }
    }

    @Schema(name = "Beslissing")
    record BeslissingInhoud(int nummer, boolean antwoord, String reden, Set<HulpVereiste> vereisten)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Beslissing[" + nummer + "]";
        }
    }

    @Schema(name = "Hulpplan")
    record HulpplanInhoud(String plan, String wie, LocalDate herbeoordeling) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Hulpplan[" + herbeoordeling + "]";
        }
    }

    @Schema(name = "KaderKeuze")
    record KaderKeuzeInhoud(Beroepscluster beroepscluster, String kaderCode, String kaderVersie)
            implements VastleggingInhoud {}

    @Schema(name = "Afsluiting")
    record AfsluitingInhoud(String notitie) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "Afsluiting";
        }
    }

    @Schema(name = "BetrokkeneToegevoegd")
    record BetrokkeneToegevoegdInhoud(UUID betrokkeneId, String naam, Relatie relatie) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "BetrokkeneToegevoegd[" + betrokkeneId + "]";
        }
    }

    /** A veiligheidsvoorwaarde as it came with an overdracht from Veilig Thuis. */
    @Schema(name = "OverdrachtVoorwaarde")
    record VoorwaardeInhoud(String tekst, String betreft, String controle) {}

    @Schema(name = "OverdrachtOntvangen")
    record OverdrachtOntvangenInhoud(
            UUID overdrachtId,
            UUID meldingId,
            String regioNaam,
            String ontvanger,
            String overname,
            java.util.List<VoorwaardeInhoud> voorwaarden,
            java.util.List<String> risicofactoren,
            String afzender,
            java.time.Instant verzondenOp)
            implements VastleggingInhoud {

        @Override
        public String toString() {
            return "OverdrachtOntvangen[" + overdrachtId + "]";
        }
    }

    @Schema(name = "OverdrachtAntwoord")
    record OverdrachtAntwoordInhoud(
            UUID overdrachtId, boolean aanvaard, @Nullable String reden) implements VastleggingInhoud {

        @Override
        public String toString() {
            return "OverdrachtAntwoord[" + aanvaard + "]";
        }
    }
}
