/**
 * The contract between chain partners: the melding a professional's organisation sends to a Veilig Thuis region,
 * the regions it can be sent to, and the transport that carries it. Until the Veilig Thuis side exists a sent
 * melding is kept in this module's append-only table and published in-process (ADR-0013). The way back, the
 * region's terugkoppeling (rule 41) and the status of a melding, travels the same way, with ids-only events.
 *
 * <p>The melding carries step 3, the gesprekken met de cliënt ({@code Melding.Gesprek}, the skip reason as its code;
 * absent in meldingen stored before, which read as none). An {@link nl.schakel.keten.Aanvulling} to a sent melding
 * travels like the melding (ADR-0019): {@code KetenManagement.aanvullen} accepts it only from the organisation that sent
 * the melding, for the region it was addressed to, keeps it append-only in {@code keten.aanvulling} (V6_2) and hands it
 * to the transport, which publishes {@code AanvullingSent} (ids only).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "organisation"})
package nl.schakel.keten;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
