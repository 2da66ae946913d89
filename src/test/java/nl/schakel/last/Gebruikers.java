package nl.schakel.last;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts virtual users log in with, per kind of work. A TOTP code is accepted only once per account, so every
 * virtual user has its own account: from the national data set's {@code gebruikers.csv} (header
 * {@code gebruikersnaam;soort;tenant}), or else the demo accounts (README), which limit how many users each scenario
 * can have.
 */
public final class Gebruikers {

    /** The kinds of work the scenarios do, and the account kinds ({@code soort}) that do them. */
    public enum Werk {
        BEROEPSKRACHT("BEROEPSKRACHT"),
        VEILIG_THUIS("VT_MEDEWERKER", "GEDRAGSWETENSCHAPPER"),
        TEAMLEIDER("VT_TEAMLEIDER");

        private final List<String> soorten;

        Werk(String... soorten) {
            this.soorten = List.of(soorten);
        }
    }

    /** The demo accounts per kind of work; the synthetic demo members own the demo's year of dossiers. */
    public static final Map<Werk, List<String>> DEMO = Map.of(
            Werk.BEROEPSKRACHT,
            List.of(
                    "leerkracht",
                    "huisarts",
                    "pm-kinderopvang",
                    "docent-school",
                    "demo-onderbouw-1",
                    "demo-onderbouw-2",
                    "demo-bovenbouw-1",
                    "demo-bovenbouw-2",
                    "demo-zorgteam-1",
                    "demo-zorgteam-2",
                    "demo-huisartsen-1",
                    "demo-huisartsen-2",
                    "demo-peuteropvang-1",
                    "demo-peuteropvang-2"),
            Werk.VEILIG_THUIS,
            List.of("vt-noord", "gw-noord", "vt-zuid", "gw-zuid"),
            Werk.TEAMLEIDER,
            List.of("tl-noord"));

    private final Map<Werk, List<String>> accounts;

    private Gebruikers(Map<Werk, List<String>> accounts) {
        this.accounts = accounts;
    }

    public static Gebruikers uit(Optional<Path> bestand) {
        return bestand.map(Gebruikers::uitBestand).orElseGet(() -> new Gebruikers(DEMO));
    }

    static Gebruikers uitBestand(Path bestand) {
        Map<Werk, List<String>> accounts = new EnumMap<>(Werk.class);
        for (Werk werk : Werk.values()) {
            accounts.put(werk, new ArrayList<>());
        }
        try {
            List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
            for (String regel : regels.subList(1, regels.size())) {
                String[] velden = regel.split(";");
                if (velden.length < 2) {
                    continue;
                }
                for (Werk werk : Werk.values()) {
                    if (werk.soorten.contains(velden[1].strip())) {
                        accounts.get(werk).add(velden[0].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gebruikers(accounts);
    }

    public int beschikbaar(Werk werk) {
        return accounts.get(werk).size();
    }

    /**
     * Hands out each account once, in order, as a Gatling feeder record {@code gebruikersnaam}; a run asks for no more
     * users than {@link #beschikbaar} (Gatling stops a run whose feeder runs dry). Safe to share between scenarios.
     */
    public Iterator<Map<String, Object>> feeder(Werk werk) {
        Iterator<String> namen = accounts.get(werk).iterator();
        return new Iterator<>() {
            @Override
            public synchronized boolean hasNext() {
                return namen.hasNext();
            }

            @Override
            public synchronized Map<String, Object> next() {
                return Map.of("gebruikersnaam", namen.next());
            }
        };
    }
}
