package nl.schakel.vulnerabilities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the snapshot {@code kwetsbaarheden/advisories.osv.json} anew from OSV's full exports ({@code all.zip} per
 * ecosystem, one OSV record per file), keeping every record that names a package of the SBOM, at any version: run by
 * {@code scripts/kwetsbaarheden.sh} on a machine that reaches osv-vulnerabilities.storage.googleapis.com (ADR-0043).
 *
 * <p>Arguments: the SBOM, the snapshot to write, then one or more {@code all.zip} files.
 */
public final class AdvisorySnapshotRefresh {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AdvisorySnapshotRefresh() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("Usage: AdvisorySnapshotRefresh <sbom.json> <advisories.osv.json> <all.zip>...");
            System.exit(2);
        }
        List<Path> exports = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            exports.add(Path.of(args[i]));
        }
        int aantal = write(Path.of(args[0]), Path.of(args[1]), exports, LocalDate.now(ZoneOffset.UTC));
        System.out.println(aantal + " advisories in " + args[1]);
    }

    /** Writes the snapshot and returns how many records it holds. */
    static int write(Path sbom, Path target, List<Path> exports, LocalDate on) throws IOException {
        Set<String> packages = VulnerabilityCheck.fromSbom(sbom).stream()
                .map(o -> o.ecosystem() + " " + o.name())
                .collect(Collectors.toCollection(TreeSet::new));
        List<JsonNode> records = new ArrayList<>();
        for (Path export : exports) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(export))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.getName().endsWith(".json")) {
                        continue;
                    }
                    JsonNode record = JSON.readTree(zip.readAllBytes());
                    if (namesAPackage(record, packages)) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(Comparator.comparing(r -> r.path("id").asString()));
        ObjectNode out = JSON.createObjectNode();
        out.put(
                "bron",
                "OSV (osv.dev) all.zip of "
                        + exports.stream().map(p -> p.getFileName().toString()).toList() + ", downloaded " + on
                        + "; the records naming a package of the SBOM");
        ArrayNode list = out.putArray("advisories");
        records.forEach(list::add);
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
        return records.size();
    }

    private static boolean namesAPackage(JsonNode record, Set<String> packages) {
        for (JsonNode a : record.path("affected")) {
            String eco = a.path("package").path("ecosystem").asString("");
            String name = a.path("package").path("name").asString("");
            boolean known = VulnerabilityCheck.Ecosystem.fromOsv(eco)
                    .map(e -> packages.contains(e + " " + name))
                    .orElse(false);
            if (known) {
                return true;
            }
        }
        return false;
    }
}
