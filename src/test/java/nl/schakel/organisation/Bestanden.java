package nl.schakel.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/** Synthetic documents of each kind, made in the test, for the upload checks. */
public final class Bestanden {

    private Bestanden() {}

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        byte[] b = new byte[64];
        byte[] kop = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(kop, 0, b, 0, kop.length);
        return b;
    }

    public static byte[] jpeg() {
        byte[] b = new byte[64];
        b[0] = (byte) 0xff;
        b[1] = (byte) 0xd8;
        b[2] = (byte) 0xff;
        b[3] = (byte) 0xe0;
        return b;
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    public static byte[] pptx() {
        return zip("[Content_Types].xml", "ppt/presentation.xml");
    }

    /** A Word document with macros. */
    public static byte[] docm() {
        return zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
    }

    public static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text", true);
    }

    public static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet", true);
    }

    /** An OpenDocument whose mimetype entry is compressed, against the ODF rule. */
    public static byte[] odtGecomprimeerd() {
        return openDocument("application/vnd.oasis.opendocument.text", false);
    }

    /** A zip of something else. */
    public static byte[] zip() {
        return zip("foto.txt", "readme.md");
    }

    /** A file of exactly this size that is a PDF. */
    public static byte[] pdfVan(int grootte) {
        byte[] b = Arrays.copyOf(pdf(), grootte);
        Arrays.fill(b, pdf().length, grootte, (byte) ' ');
        return b;
    }

    private static byte[] openDocument(String mimetype, boolean opgeslagen) {
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry eerste = new ZipEntry("mimetype");
        if (opgeslagen) {
            CRC32 crc = new CRC32();
            crc.update(type);
            eerste.setMethod(ZipEntry.STORED);
            eerste.setSize(type.length);
            eerste.setCompressedSize(type.length);
            eerste.setCrc(crc.getValue());
        }
        return zip(eerste, type, "content.xml", "META-INF/manifest.xml");
    }

    private static byte[] zip(String... namen) {
        return zip(null, new byte[0], namen);
    }

    /** A zip with, when given, a first entry of its own, then an entry per name. */
    private static byte[] zip(@Nullable ZipEntry eerste, byte[] eersteInhoud, String... namen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            if (eerste != null) {
                zip.putNextEntry(eerste);
                zip.write(eersteInhoud);
                zip.closeEntry();
            }
            for (String naam : namen) {
                zip.putNextEntry(new ZipEntry(naam));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
