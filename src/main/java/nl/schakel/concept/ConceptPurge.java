package nl.schakel.concept;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes drafts past their term once a night, on one node. */
@Component
class ConceptPurge {

    private final Concepten concepten;

    ConceptPurge(Concepten concepten) {
        this.concepten = concepten;
    }

    @Scheduled(cron = "${schakel.concept.purge-cron:0 20 3 * * *}")
    @SchedulerLock(name = "concept-purge")
    public void purgeNightly() {
        concepten.purge();
    }
}
