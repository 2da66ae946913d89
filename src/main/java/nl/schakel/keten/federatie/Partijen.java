package nl.schakel.keten.federatie;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The other parties this instance knows ({@code schakel.federatie.partijen}). Empty when federation is off, so the
 * all-in-one mode serves every tenant itself. Checked at start: a party without OIN, name or URL, an OIN that is not
 * 20 digits, an OIN or tenant named twice, this instance's own OIN, or more than one register stops the start with a
 * message naming the setting.
 */
@Component
public class Partijen {

    private static final Pattern OIN = Pattern.compile("\\d{20}");

    private final List<Partij> alle;
    private final Map<String, Partij> perOin;
    private final Map<TenantId, Partij> perTenant;

    public Partijen(FederatieInstellingen instellingen) {
        List<Partij> partijen = new ArrayList<>();
        if (instellingen.enabled()) {
            for (int i = 0; i < instellingen.partijen().size(); i++) {
                partijen.add(partij(i, instellingen.partijen().get(i)));
            }
        }
        this.alle = List.copyOf(partijen);
        this.perOin = new HashMap<>();
        this.perTenant = new HashMap<>();
        for (Partij partij : alle) {
            if (partij.oin().equals(instellingen.oin())) {
                throw fout("partijen", "noemt het eigen OIN " + partij.oin());
            }
            if (perOin.put(partij.oin(), partij) != null) {
                throw fout("partijen", "noemt OIN " + partij.oin() + " twee keer");
            }
            Set<TenantId> tenants = new LinkedHashSet<>(partij.regios().keySet());
            tenants.addAll(partij.organisaties());
            for (TenantId tenant : tenants) {
                if (perTenant.put(tenant, partij) != null) {
                    throw fout("partijen", "noemt tenant " + tenant + " bij twee partijen");
                }
            }
        }
        if (alle.stream().filter(Partij::register).count() > 1) {
            throw fout("partijen", "noemt meer dan een partij met register=true");
        }
    }

    /** Every known party, in configured order. */
    public List<Partij> alle() {
        return alle;
    }

    /** The party with this OIN, if known. */
    public Optional<Partij> vanOin(String oin) {
        return Optional.ofNullable(perOin.get(oin));
    }

    /** The remote party that serves this tenant (a region or an organisation); empty when it is served here. */
    public Optional<Partij> voor(TenantId tenant) {
        return Optional.ofNullable(perTenant.get(tenant));
    }

    /** The party that hosts the national VT-register, if that is a remote one. */
    public Optional<Partij> register() {
        return alle.stream().filter(Partij::register).findFirst();
    }

    /** Whether the text is shaped as an OIN: 20 digits. */
    static boolean isOin(@Nullable String oin) {
        return oin != null && OIN.matcher(oin).matches();
    }

    private static Partij partij(int i, FederatieInstellingen.PartijInstelling instelling) {
        String prefix = "partijen[" + i + "].";
        if (!isOin(instelling.oin())) {
            throw fout(prefix + "oin", "moet een OIN van 20 cijfers zijn");
        }
        String naam = verplicht(prefix + "naam", instelling.naam());
        URI url = instelling.url();
        if (url == null || !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw fout(prefix + "url", "moet een https-adres met host zijn");
        }
        Map<TenantId, String> regios = new LinkedHashMap<>();
        for (int j = 0; j < instelling.regios().size(); j++) {
            FederatieInstellingen.Regio regio = instelling.regios().get(j);
            UUID id = regio.id();
            if (id == null) {
                throw fout(prefix + "regios[" + j + "].id", "ontbreekt");
            }
            regios.put(new TenantId(id), verplicht(prefix + "regios[" + j + "].naam", regio.naam()));
        }
        Set<TenantId> organisaties = new LinkedHashSet<>();
        instelling.organisaties().forEach(id -> organisaties.add(new TenantId(id)));
        return new Partij(
                instelling.oin(),
                naam,
                url,
                Collections.unmodifiableMap(regios),
                Collections.unmodifiableSet(organisaties),
                instelling.register());
    }

    private static String verplicht(String setting, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw fout(setting, "ontbreekt");
        }
        return value.strip();
    }

    static IllegalStateException fout(String setting, String wat) {
        return new IllegalStateException("schakel.federatie." + setting + " " + wat);
    }
}
