package nl.schakel.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): version 1 of the
 * meldprotocol of the school, the GP practice and the childcare, recorded through the same rules as a beheerder's.
 * It keeps today's behaviour for the existing demo users: everyone runs the steps themselves (nobody only signals) and
 * the kader for everyone is the organisation's own beroepscluster's, as without a meldprotocol. The school's version
 * proves all six minimum requirements; the other two leave some open, so the implementation checklist has work.
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class MeldprotocolDemo {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final SocialeKaartContact VEILIG_THUIS =
            new SocialeKaartContact("Veilig Thuis", "Advies en melding, dag en nacht", "0800-2000");

    private final Meldprotocollen meldprotocollen;
    private final TenantStore tenants;
    private final IdentityManagement identity;
    private final Clock clock;

    MeldprotocolDemo(Meldprotocollen meldprotocollen, TenantStore tenants, IdentityManagement identity, Clock clock) {
        this.meldprotocollen = meldprotocollen;
        this.tenants = tenants;
        this.identity = identity;
        this.clock = clock;
    }

    /** Version 1 for the three demo organisations, made after their members. */
    @Transactional
    public void vulDemo(TenantId school, TenantId praktijk, TenantId opvang) {
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        meldprotocollen.legVastAlsSysteem(school, school(school, vandaag));
        meldprotocollen.legVastAlsSysteem(praktijk, praktijk(praktijk, vandaag));
        meldprotocollen.legVastAlsSysteem(opvang, opvang(opvang, vandaag));
    }

    private Meldprotocol school(TenantId school, LocalDate vandaag) {
        UserId af = lid(school, "af-school");
        List<Stapverdeling> verdelingen = new java.util.ArrayList<>();
        verdelingen.add(new Stapverdeling(null, false, null, af));
        tenants.teams(school).forEach(t -> verdelingen.add(new Stapverdeling(t.id(), false, null, af)));
        return new Meldprotocol(
                "College van Bestuur, besluit 2026-07",
                vandaag.minusDays(30),
                vandaag,
                List.of(
                        "Noteer wat u ziet en hoort in het dossier, feiten gescheiden van uw interpretatie.",
                        "Overleg met de aandachtsfunctionaris; raadpleeg bij twijfel Veilig Thuis.",
                        "Bespreek uw zorgen met de ouders, tenzij dat de veiligheid van het kind in gevaar brengt.",
                        "Weeg samen met de aandachtsfunctionaris met het afwegingskader onderwijs.",
                        "De aandachtsfunctionaris besluit of melden nodig is en of de school hulp kan bieden."),
                verdelingen,
                List.of(),
                "onderwijs",
                List.of(new Aandachtsfunctionaris(af, "aandacht@deschakel.example, kamer 12", "4 uur per week")),
                List.of(
                        new SpecifiekeVorm(
                                "eergerelateerd-geweld",
                                "Landelijk Expertisecentrum Eergerelateerd Geweld (LEC EGG), via de politie",
                                "Raadpleeg altijd Veilig Thuis en het LEC EGG; bespreek niets met de familie zonder overleg."),
                        new SpecifiekeVorm(
                                "vrouwelijke-genitale-verminking",
                                "Jeugdgezondheidszorg (JGZ), aandachtsfunctionaris VGV",
                                "Overleg met de JGZ voordat u met de ouders spreekt."),
                        new SpecifiekeVorm(
                                "huwelijksdwang-achterlating",
                                "Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA)",
                                "Een dreigende huwelijksdwang is acute onveiligheid: meld direct bij Veilig Thuis."),
                        new SpecifiekeVorm(
                                "mensenhandel-seksuele-uitbuiting",
                                "CoMensha (Coördinatiecentrum tegen Mensenhandel)",
                                "Meld bij Veilig Thuis; registratie bij CoMensha alleen met schriftelijke toestemming.")),
                new Checkinstructie(
                        "Vraag bij zorgen over een ouder of er jongere broertjes of zusjes thuis wonen.",
                        Set.of(Checkinstructie.Moment.INTAKE, Checkinstructie.Moment.TUSSENTIJDSE_ZORG)),
                new Checkinstructie("", Set.of()),
                new Verwijsindexafspraak(
                        true, "De aandachtsfunctionaris signaleert in de Verwijsindex, na overleg met de leerkracht."),
                new Medewerkerroute(
                        true,
                        "Het bevoegd gezag: de voorzitter van het College van Bestuur",
                        "Vertrouwensinspecteur van de Inspectie van het Onderwijs",
                        "Meld een vermoeden van een zedendelict of geweld door een collega direct bij het bevoegd gezag."),
                Bewaartermijnen.standaard(Set.of(Beroepscluster.ONDERWIJS)),
                List.of("Veilig Thuis Demo-Noord"),
                List.of(
                        VEILIG_THUIS,
                        new SocialeKaartContact(
                                "Jeugdgezondheidszorg", "Schoolarts en -verpleegkundige", "jgz@gemeente.example")));
    }

    private Meldprotocol praktijk(TenantId praktijk, LocalDate vandaag) {
        return eenvoudig(
                "Praktijkhouder",
                vandaag,
                "artsen",
                new Verwijsindexafspraak(
                        false, "De praktijk signaleert niet in de Verwijsindex; overleg zo nodig met de JGZ."),
                Medewerkerroute.geen(),
                Set.of(Beroepscluster.ARTSEN),
                lid(praktijk, "huisarts"));
    }

    private Meldprotocol opvang(TenantId opvang, LocalDate vandaag) {
        Meldprotocol p = eenvoudig(
                "Houder, besluit 2026-2",
                vandaag,
                "kinderopvang",
                new Verwijsindexafspraak(false, ""),
                new Medewerkerroute(
                        true,
                        "De houder van Kinderopvang Het Nest",
                        "",
                        "Meld een vermoeden tegen een collega direct bij de houder."),
                Set.of(Beroepscluster.KINDEROPVANG),
                null);
        return p;
    }

    private static Meldprotocol eenvoudig(
            String door,
            LocalDate vandaag,
            String kader,
            Verwijsindexafspraak vir,
            Medewerkerroute route,
            Set<Beroepscluster> clusters,
            @Nullable UserId eind) {
        return new Meldprotocol(
                door,
                vandaag.minusDays(60),
                vandaag,
                List.of("", "", "", "", ""),
                List.of(new Stapverdeling(null, false, null, eind)),
                List.of(),
                kader,
                List.of(),
                List.of(),
                new Checkinstructie(
                        "Vraag bij zorgen over een ouder naar kinderen in het gezin.",
                        Set.of(Checkinstructie.Moment.INTAKE)),
                new Checkinstructie("", Set.of()),
                vir,
                route,
                Bewaartermijnen.standaard(clusters),
                List.of("Veilig Thuis Demo-Noord"),
                List.of(VEILIG_THUIS));
    }

    private UserId lid(TenantId tenant, String username) {
        return identity.membersOf(tenant).stream()
                .filter(m -> m.username().equals(username))
                .map(MemberView::userId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo member " + username + " is missing"));
    }
}
