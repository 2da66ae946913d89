package nl.schakel.shared;

/** A tenant is either an organisation bound by the meldcode or a Veilig Thuis region. */
public enum TenantKind {
    ORGANISATIE,
    VEILIG_THUIS_REGIO
}
