package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;

/** A synthetic meldprotocol for the plain-Java tests: a school with a signal-only team and one that runs the steps. */
final class MeldprotocolVoorbeeld {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final TeamId OPVANG = TeamId.random();
    static final TeamId GROEPEN = TeamId.random();
    static final UserId AF = UserId.random();
    static final UserId LEIDER = UserId.random();
    static final UserId OPVANGKRACHT = UserId.random();
    static final UserId DIRECTEUR = UserId.random();

    private MeldprotocolVoorbeeld() {}

    static Meldprotocol protocol() {
        return new Bouwer().bouw();
    }

    static Meldprotocol protocol(List<Stapverdeling> verdelingen, List<Aandachtsfunctionaris> afs) {
        Bouwer b = new Bouwer();
        b.verdelingen = verdelingen;
        b.afs = afs;
        return b.bouw();
    }

    /** The example, with whatever a test changes. */
    static final class Bouwer {
        String vastgesteldDoor = "Bestuur, besluit 2026-3";
        LocalDate vastgesteldOp = VANDAAG;
        LocalDate ingangsdatum = VANDAAG;
        List<String> stappen = List.of("", "", "", "", "");
        List<Stapverdeling> verdelingen = List.of(
                new Stapverdeling(null, false, null, DIRECTEUR),
                new Stapverdeling(OPVANG, true, LEIDER, DIRECTEUR),
                new Stapverdeling(GROEPEN, false, null, DIRECTEUR));
        List<Kaderregel> regels = List.of(
                new Kaderregel(Kaderregel.Soort.TEAM, OPVANG.toString(), "kinderopvang"),
                new Kaderregel(Kaderregel.Soort.ROL, Role.AANDACHTSFUNCTIONARIS.name(), "sociaal-werk-jeugd-en-gezin"),
                new Kaderregel(Kaderregel.Soort.BEROEPSCLUSTER, Beroepscluster.ARTSEN.name(), "artsen"));
        String kaderVoorIedereen = "onderwijs";
        List<Aandachtsfunctionaris> afs = List.of(new Aandachtsfunctionaris(AF, "af@school.example", "4 uur per week"));
        List<SpecifiekeVorm> vormen =
                List.of(new SpecifiekeVorm("eergerelateerd-geweld", "LEC EGG via de politie", "Raadpleeg altijd."));
        Checkinstructie kindcheck =
                new Checkinstructie("Vraag naar kinderen in het gezin.", Set.of(Checkinstructie.Moment.INTAKE));
        Checkinstructie mantelzorgcheck = new Checkinstructie("", Set.of());
        Verwijsindexafspraak verwijsindex =
                new Verwijsindexafspraak(true, "Signaleer na overleg met de aandachtsfunctionaris.");
        Medewerkerroute route =
                new Medewerkerroute(true, "Bevoegd gezag: de bestuurder", "0900-1113111", "Meld direct.");
        List<Bewaartermijn> termijnen = List.of(new Bewaartermijn("Leerlingdossier", 2, "AVG"));
        List<String> regios = List.of("Veilig Thuis Demo-Noord");
        List<SocialeKaartContact> kaart =
                List.of(new SocialeKaartContact("Veilig Thuis", "advies en melding", "0800-2000"));

        Meldprotocol bouw() {
            return new Meldprotocol(
                    vastgesteldDoor,
                    vastgesteldOp,
                    ingangsdatum,
                    stappen,
                    verdelingen,
                    regels,
                    kaderVoorIedereen,
                    afs,
                    vormen,
                    kindcheck,
                    mantelzorgcheck,
                    verwijsindex,
                    route,
                    termijnen,
                    regios,
                    kaart);
        }
    }

    static MeldprotocolKeuzes keuzes() {
        return new MeldprotocolKeuzes(
                Set.of(OPVANG, GROEPEN),
                Set.of(AF, LEIDER, OPVANGKRACHT, DIRECTEUR),
                Map.of(
                        AF, new MeldprotocolKeuzes.ClientLid(null, Role.AANDACHTSFUNCTIONARIS),
                        LEIDER, new MeldprotocolKeuzes.ClientLid(GROEPEN, Role.BEROEPSKRACHT),
                        OPVANGKRACHT, new MeldprotocolKeuzes.ClientLid(OPVANG, Role.BEROEPSKRACHT)),
                Set.of("onderwijs", "kinderopvang", "artsen", "sociaal-werk-jeugd-en-gezin"),
                Set.of("eergerelateerd-geweld", "partnergeweld"),
                VANDAAG);
    }
}
