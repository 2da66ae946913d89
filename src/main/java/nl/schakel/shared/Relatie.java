package nl.schakel.shared;

/** How a betrokkene relates to the person a meldcode dossier or Veilig Thuis case is about; a code list. */
public enum Relatie {
    CLIENT,
    KIND,
    HUISGENOOT,
    OVERIG
}
