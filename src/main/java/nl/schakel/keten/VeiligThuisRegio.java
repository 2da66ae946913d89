package nl.schakel.keten;

import nl.schakel.shared.TenantId;

/** A Veilig Thuis region known to this deployment, to which a melding can be addressed. */
public record VeiligThuisRegio(TenantId id, String naam) {}
