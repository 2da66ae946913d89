package nl.schakel.dossier;

/** Whether the professional is still working through the meldcode in this dossier. */
public enum DossierStatus {
    OPEN,
    GESLOTEN
}
