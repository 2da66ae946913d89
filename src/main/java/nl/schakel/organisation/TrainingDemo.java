package nl.schakel.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.persistence.ScholingStore;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): the school's
 * training register. Lotte Leerkracht and Anouk Aandacht followed their training recently (valid, so their home pages
 * stay as they were); two new synthetic teachers show the rest: Dirk Docent's training expires in 20 days (due soon:
 * the reminder and the home page notice), Iris Intern's expired two months ago. The demo members get synthetic
 * e-mail addresses at example.nl, which no one receives.
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class TrainingDemo {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final IdentityManagement identity;
    private final ScholingStore store;
    private final Clock clock;

    TrainingDemo(IdentityManagement identity, ScholingStore store, Clock clock) {
        this.identity = identity;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Fills the school's register: the two new teachers (in the team given, with the demo password and second
     * factor), the trainings and the e-mail addresses of the school's members.
     */
    @Transactional
    public void vulSchool(TenantId school, TeamId team, String wachtwoord, String totpSecret) {
        docent(school, team, "docent-school", "Dirk Docent", wachtwoord, totpSecret);
        docent(school, team, "ib-school", "Iris Intern", wachtwoord, totpSecret);
        Map<String, UserId> leden =
                identity.membersOf(school).stream().collect(Collectors.toMap(MemberView::username, MemberView::userId));
        UserId af = leden.get("af-school");
        LocalDate today = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        record(
                school,
                leden.get("leerkracht"),
                ScholingSoort.MELDCODE,
                "Meldcode-training van de school",
                today.minusMonths(5),
                af);
        record(
                school,
                leden.get("leerkracht"),
                ScholingSoort.E_LEARNING,
                "E-learning afwegingskader onderwijs",
                today.minusMonths(4),
                af);
        record(school, af, ScholingSoort.AFWEGINGSKADER, "Training aandachtsfunctionaris", today.minusMonths(3), af);
        record(
                school,
                leden.get("docent-school"),
                ScholingSoort.MELDCODE,
                "Meldcode-training van de school",
                today.minusMonths(24).plusDays(20),
                af);
        record(
                school,
                leden.get("ib-school"),
                ScholingSoort.MELDCODE,
                "Meldcode-training van de school",
                today.minusMonths(26),
                af);
        leden.forEach((username, id) -> store.setEmail(school, id, username + "@example.nl", clock.instant()));
    }

    private void docent(TenantId school, TeamId team, String username, String naam, String wachtwoord, String totp) {
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        naam,
                        wachtwoord,
                        school,
                        TenantKind.ORGANISATIE,
                        team,
                        Role.BEROEPSKRACHT,
                        Beroepscluster.ONDERWIJS),
                totp);
    }

    private void record(
            TenantId school, UserId member, ScholingSoort soort, String omschrijving, LocalDate op, UserId by) {
        store.insert(school, new Scholing(UUID.randomUUID(), member, soort, omschrijving, op), by, clock.instant());
    }
}
