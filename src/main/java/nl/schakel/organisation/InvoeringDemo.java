package nl.schakel.organisation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.InvoeringStore;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): a half-done
 * implementation checklist for a demo organisation, recorded over the past months by its beheerder and its
 * aandachtsfunctionaris (or, without them, its one member): some items done with a note or a document as evidence
 * (a small synthetic PDF), some in progress (one past its due date), one not started, and owners and due dates for
 * minimum requirements. Written through the store with backdated times, as the facade would have written them.
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class InvoeringDemo {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final InvoeringStore store;
    private final IdentityManagement identity;
    private final Clock clock;

    InvoeringDemo(InvoeringStore store, IdentityManagement identity, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.clock = clock;
    }

    /** Fills the checklist of the organisation, once, after its members were created. */
    @Transactional
    public void vulDemo(TenantId tenant) {
        if (!store.geschiedenis(tenant).isEmpty()) {
            return;
        }
        List<MemberView> leden = identity.membersOf(tenant);
        if (leden.isEmpty()) {
            return;
        }
        MemberView beheerder = lid(leden, Role.BEHEERDER).orElseGet(leden::getFirst);
        MemberView aandacht = lid(leden, Role.AANDACHTSFUNCTIONARIS).orElse(beheerder);
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Rij> rijen = new ArrayList<>();
        rijen.add(new Rij(
                120, Invoeringspunt.IMPLEMENTATIEPLAN, InvoeringStatus.BEZIG, beheerder, vandaag.minusDays(60), null));
        rijen.add(new Rij(
                75,
                Invoeringspunt.IMPLEMENTATIEPLAN,
                InvoeringStatus.GEREED,
                beheerder,
                vandaag.minusDays(60),
                "Plan vastgesteld door de directie; het plan staat hieronder als document."));
        rijen.add(new Rij(
                100,
                Invoeringspunt.PROCEDURES,
                InvoeringStatus.GEREED,
                aandacht,
                vandaag.minusDays(90),
                "Het afwegingskader van de beroepsgroep is aan onze meldcode toegevoegd (versie van het bestuur)."));
        rijen.add(new Rij(
                90,
                Invoeringspunt.DESKUNDIGHEIDSBEVORDERING,
                InvoeringStatus.GEREED,
                aandacht,
                vandaag.minusDays(30),
                "Alle medewerkers volgden de e-learning meldcode en afwegingskader."));
        rijen.add(new Rij(
                45,
                Invoeringspunt.BORGING,
                InvoeringStatus.BEZIG,
                aandacht,
                vandaag.minusDays(14),
                "De stappen komen in het formulier voor het teamoverleg; nog niet af."));
        rijen.add(new Rij(
                30,
                Invoeringspunt.COMMUNICATIE,
                InvoeringStatus.BEZIG,
                beheerder,
                vandaag.plusDays(30),
                "Het bericht voor cliënten en ouders op de website is geschreven, nog niet geplaatst."));
        rijen.add(new Rij(
                20,
                Invoeringspunt.GEGEVENSUITWISSELING,
                InvoeringStatus.NIET_BEGONNEN,
                beheerder,
                vandaag.plusDays(90),
                null));
        rijen.add(new Rij(15, Invoeringspunt.STAPPENPLAN, null, aandacht, vandaag.plusDays(45), null));
        rijen.add(new Rij(15, Invoeringspunt.AFWEGINGSKADERS, null, aandacht, vandaag.plusDays(45), null));
        rijen.add(new Rij(
                10,
                Invoeringspunt.ROLLEN,
                null,
                beheerder,
                vandaag.plusDays(60),
                "Eindverantwoordelijke wordt de directeur; dit moet nog in het meldprotocol."));
        rijen.sort((a, b) -> Integer.compare(b.dagenGeleden(), a.dagenGeleden()));
        for (Rij r : rijen) {
            store.insert(
                    tenant,
                    new Invoeringswijziging(
                            0,
                            r.punt(),
                            new Invoeringsstand(r.status(), r.eigenaar().userId(), r.streefdatum(), r.toelichting()),
                            nu.minus(Duration.ofDays(r.dagenGeleden())),
                            r.eigenaar().username()));
        }
        byte[] plan = pdf("Implementatieplan meldcode (demo, synthetisch)");
        store.insert(
                tenant,
                new Bewijsstuk(
                        UUID.randomUUID(),
                        Invoeringspunt.IMPLEMENTATIEPLAN,
                        "Implementatieplan meldcode.pdf",
                        Bestandssoort.PDF,
                        plan.length,
                        nu.minus(Duration.ofDays(76)),
                        beheerder.username()),
                plan);
    }

    private record Rij(
            int dagenGeleden,
            Invoeringspunt punt,
            @Nullable InvoeringStatus status,
            MemberView eigenaar,
            LocalDate streefdatum,
            @Nullable String toelichting) {}

    private static Optional<MemberView> lid(List<MemberView> leden, Role role) {
        return leden.stream().filter(m -> m.role() == role && m.enabled()).findFirst();
    }

    /** A one-page PDF with one line of text, with a correct cross-reference table. */
    static byte[] pdf(String tekst) {
        String inhoud = "BT /F1 18 Tf 72 720 Td (" + tekst.replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
        List<String> objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + inhoud.length() + " >>\nstream\n" + inhoud + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        schrijf(uit, "%PDF-1.4\n");
        List<Integer> posities = new ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(uit.size());
            schrijf(uit, (i + 1) + " 0 obj\n" + objecten.get(i) + "\nendobj\n");
        }
        int xref = uit.size();
        StringBuilder tabel = new StringBuilder("xref\n0 " + (objecten.size() + 1) + "\n0000000000 65535 f \n");
        posities.forEach(p -> tabel.append(String.format("%010d 00000 n \n", p)));
        schrijf(
                uit,
                tabel + "trailer\n<< /Size " + (objecten.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return uit.toByteArray();
    }

    private static void schrijf(ByteArrayOutputStream uit, String tekst) {
        uit.writeBytes(tekst.getBytes(StandardCharsets.ISO_8859_1));
    }
}
