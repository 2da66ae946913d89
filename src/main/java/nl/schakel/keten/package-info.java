/**
 * The contract between chain partners: the melding a professional's organisation sends to a Veilig Thuis region,
 * the regions it can be sent to, and the transport that carries it. Until the Veilig Thuis side exists a sent
 * melding is kept in this module's append-only table and published in-process (ADR-0013). The way back, the
 * region's terugkoppeling (rule 41) and the status of a melding, travels the same way, with ids-only events.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "organisation"})
package nl.schakel.keten;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
