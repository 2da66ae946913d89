package nl.schakel.organisation;

/**
 * How long the organisation keeps one type of dossier after its last change (domain spec §1.8, F9).
 *
 * @param dossiersoort the type of dossier ("Medisch dossier", "Leerlingdossier")
 * @param jaren the term in years
 * @param grondslag the legal basis, or why the organisation chose this term
 */
public record Bewaartermijn(String dossiersoort, int jaren, String grondslag) {}
