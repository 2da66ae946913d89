package nl.schakel.shared;

/**
 * What a member may do within a tenant. Every role that can see client data needs a second factor; Schakel asks a
 * second factor of every role, so that the platformbeheerder, who never sees client data, is protected as well.
 */
public enum Role {
    BEROEPSKRACHT(TenantKind.ORGANISATIE),
    AANDACHTSFUNCTIONARIS(TenantKind.ORGANISATIE),
    BEHEERDER(null),
    LOGVERANTWOORDELIJKE(null),
    /**
     * The leidinggevende or bestuurder of an organisation: sees management information without case content, never
     * a dossier or a client (ADR-0032).
     */
    LEIDINGGEVENDE(TenantKind.ORGANISATIE),
    VT_MEDEWERKER(TenantKind.VEILIG_THUIS_REGIO),
    GEDRAGSWETENSCHAPPER(TenantKind.VEILIG_THUIS_REGIO),
    VT_TEAMLEIDER(TenantKind.VEILIG_THUIS_REGIO),
    PLATFORMBEHEERDER(null),
    /** A record system of a tenant using the API with an OAuth2 client; never a person's role. */
    API_KOPPELING(null);

    private final TenantKind onlyIn;

    Role(TenantKind onlyIn) {
        this.onlyIn = onlyIn;
    }

    /**
     * Whether a member of a tenant of this kind can hold this role (the platformbeheerder belongs to no tenant, and
     * an API client is not a member).
     */
    public boolean fitsTenant(TenantKind kind) {
        return this != PLATFORMBEHEERDER && this != API_KOPPELING && (onlyIn == null || onlyIn == kind);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
