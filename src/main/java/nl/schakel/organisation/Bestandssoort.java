package nl.schakel.organisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document accepted as evidence for an implementation item, recognised by their content (the first
 * bytes, and for office documents the names inside the zip), never by the file name or the type the browser sends:
 * PDF, PNG, JPEG, Office Open XML (Word, Excel, PowerPoint) and OpenDocument (text, spreadsheet, presentation).
 * Office documents with macros ({@code vbaProject.bin}) are refused. Plain Java: the zip's central directory is read
 * as bytes, nothing is unpacked.
 */
public enum Bestandssoort {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    ODT("application/vnd.oasis.opendocument.text", ".odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    ODP("application/vnd.oasis.opendocument.presentation", ".odp");

    private static final byte[] PDF_KOP = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_KOP = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_KOP = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_KOP = {'P', 'K', 3, 4};
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAAL = 0x02014b50;
    private static final int LOKAAL = 0x04034b50;

    private final String mediaType;
    private final String extensie;

    Bestandssoort(String mediaType, String extensie) {
        this.mediaType = mediaType;
        this.extensie = extensie;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension that goes with it, with its dot. */
    public String extensie() {
        return extensie;
    }

    /** What these bytes are, by their content; empty for anything else (or a damaged or macro-enabled document). */
    public static Optional<Bestandssoort> herken(byte[] inhoud) {
        if (begintMet(inhoud, PDF_KOP)) {
            return Optional.of(PDF);
        }
        if (begintMet(inhoud, PNG_KOP)) {
            return Optional.of(PNG);
        }
        if (begintMet(inhoud, JPEG_KOP)) {
            return Optional.of(JPEG);
        }
        return begintMet(inhoud, ZIP_KOP) ? kantoordocument(inhoud) : Optional.empty();
    }

    private static Optional<Bestandssoort> kantoordocument(byte[] zip) {
        Optional<List<Ingang>> ingangen = centraleMap(zip);
        if (ingangen.isEmpty()
                || ingangen.get().stream().anyMatch(i -> i.naam().toLowerCase().endsWith("vbaproject.bin"))) {
            return Optional.empty();
        }
        List<String> namen = ingangen.get().stream().map(Ingang::naam).toList();
        if (namen.contains("[Content_Types].xml")) {
            if (namen.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (namen.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if (namen.contains("ppt/presentation.xml")) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        return namen.contains("META-INF/manifest.xml") ? openDocument(zip, ingangen.get()) : Optional.empty();
    }

    /** ODF 1.2 part 3, §3.3: the first entry is "mimetype", stored uncompressed, holding the document's media type. */
    private static Optional<Bestandssoort> openDocument(byte[] zip, List<Ingang> ingangen) {
        Optional<Ingang> mimetype = ingangen.stream()
                .filter(i -> i.naam().equals("mimetype") && i.lokaal() == 0 && i.methode() == 0)
                .findFirst();
        if (mimetype.isEmpty() || zip.length < 30 || u32(zip, 0) != LOKAAL) {
            return Optional.empty();
        }
        long start = 30L + u16(zip, 26) + u16(zip, 28);
        long lengte = mimetype.get().grootte();
        if (lengte > 100 || start + lengte > zip.length) {
            return Optional.empty();
        }
        String type = new String(zip, (int) start, (int) lengte, StandardCharsets.US_ASCII);
        return Arrays.stream(new Bestandssoort[] {ODT, ODS, ODP})
                .filter(s -> s.mediaType.equals(type))
                .findFirst();
    }

    private record Ingang(String naam, long lokaal, int methode, long grootte) {}

    /** The entries of the zip's central directory (APPNOTE 4.3.12, 4.3.16); empty when it is not a sound zip. */
    private static Optional<List<Ingang>> centraleMap(byte[] zip) {
        int eind = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (u32(zip, i) == EOCD) {
                eind = i;
                break;
            }
        }
        if (eind < 0) {
            return Optional.empty();
        }
        int aantal = u16(zip, eind + 10);
        long positie = u32(zip, eind + 16);
        List<Ingang> ingangen = new ArrayList<>();
        for (int n = 0; n < aantal; n++) {
            if (positie + 46 > eind || u32(zip, (int) positie) != CENTRAAL) {
                return Optional.empty();
            }
            int p = (int) positie;
            int naamLengte = u16(zip, p + 28);
            long volgende = positie + 46 + naamLengte + u16(zip, p + 30) + u16(zip, p + 32);
            if (volgende > eind) {
                return Optional.empty();
            }
            String naam = new String(zip, p + 46, naamLengte, StandardCharsets.UTF_8);
            ingangen.add(new Ingang(naam, u32(zip, p + 42), u16(zip, p + 10), u32(zip, p + 20)));
            positie = volgende;
        }
        return ingangen.isEmpty() ? Optional.empty() : Optional.of(ingangen);
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        return inhoud.length >= kop.length && Arrays.equals(inhoud, 0, kop.length, kop, 0, kop.length);
    }

    private static int u16(byte[] b, int i) {
        return i < 0 || i + 2 > b.length ? -1 : (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i < 0 || i + 4 > b.length
                ? -1
                : (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }
}
