package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.kalender.VrijeDag;

/**
 * What the platformbeheerder sees of the working-day calendar: the holidays and equated days of one year with where
 * each comes from, the decrees with the days that stand now, and the whole history of changes.
 *
 * @param geldend per decree, the days it equates now (withdrawn days left out), in date order
 * @param geschiedenis every change, newest first
 */
public record Kalenderoverzicht(
        int jaar,
        List<VrijeDag> dagen,
        List<Gelijkstellingsbesluit> besluiten,
        Map<UUID, List<LocalDate>> geldend,
        List<Gelijkstellingswijziging> geschiedenis) {}
