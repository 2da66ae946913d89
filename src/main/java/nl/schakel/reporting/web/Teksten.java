package nl.schakel.reporting.web;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.schakel.reporting.domain.Cel;
import nl.schakel.reporting.domain.Eenheid;
import nl.schakel.reporting.domain.Kengetal;
import nl.schakel.reporting.domain.Periode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The words and numbers of the management pages and the CSV, in the reader's language. */
final class Teksten implements Staafdiagram.Labels {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<UUID, String> teamnamen;

    Teksten(MessageSource messages, Locale locale, Map<UUID, String> teamnamen) {
        this.messages = messages;
        this.locale = locale;
        this.teamnamen = teamnamen;
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    @Override
    public String cel(Cel cel) {
        return cel.zichtbaar()
                ? String.valueOf(cel.getal())
                : t("management.cel." + cel.zicht().name());
    }

    /**
     * How a cell reads above its bar, where twelve months stand side by side: "&lt;5" and "–" instead of the table's
     * "&lt; 5" and "verborgen", which overlap their neighbours; the caption says what they mean.
     */
    String kortLabel(Cel cel) {
        return cel.zichtbaar()
                ? String.valueOf(cel.getal())
                : t("management.cel.kort." + cel.zicht().name());
    }

    String kengetal(Kengetal k) {
        return t("management.kengetal." + k.name());
    }

    String eenheid(Eenheid e) {
        return switch (e.soort()) {
            case ORGANISATIE -> t("management.eenheid.organisatie");
            case ZONDER_TEAM -> t("management.eenheid.zonderteam");
            case TEAM -> e.team() == null ? "" : teamnamen.getOrDefault(e.team(), t("management.eenheid.onbekend"));
        };
    }

    String periode(Periode p) {
        int jaar = p.van().getYear();
        return switch (p.soort()) {
            case JAAR -> t("management.periode.jaar", String.valueOf(jaar));
            case KWARTAAL ->
                t("management.periode.kwartaal", (p.van().getMonthValue() - 1) / 3 + 1, String.valueOf(jaar));
            case MAAND -> maand(p) + " " + jaar;
        };
    }

    String maand(Periode p) {
        return p.van().getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    String maandKort(Periode p) {
        return p.van().getMonth().getDisplayName(TextStyle.SHORT, locale);
    }

    /** A time in days with one decimal, or that it is hidden. */
    String dagen(@Nullable Duration tijd) {
        return tijd == null ? t("management.tijd.verborgen") : t("management.tijd.dagen", getal(tijd));
    }

    /** A time as a number of days with one decimal (for the CSV), or that it is hidden. */
    String dagenGetal(@Nullable Duration tijd) {
        return tijd == null ? t("management.tijd.verborgen") : getal(tijd);
    }

    private String getal(Duration tijd) {
        return String.format(locale, "%.1f", tijd.toMinutes() / (24.0 * 60));
    }
}
