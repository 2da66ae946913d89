package nl.schakel.organisation.persistence;

import java.util.List;
import java.util.Optional;
import nl.schakel.organisation.VormCode;
import nl.schakel.shared.VormVanGeweld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The code list "vormen van geweld" in the {@code organisation} schema. */
@Repository
public class CodelijstStore {

    private final JdbcClient jdbc;

    CodelijstStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VormCode> all() {
        return jdbc.sql("SELECT * FROM organisation.vorm_van_geweld ORDER BY volgorde, code")
                .query((rs, row) -> new VormCode(
                        rs.getString("code"),
                        rs.getString("label_nl"),
                        rs.getString("label_en"),
                        VormVanGeweld.valueOf(rs.getString("categorie")),
                        rs.getBoolean("actief"),
                        rs.getInt("volgorde")))
                .list();
    }

    public Optional<VormCode> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public void insert(VormCode code) {
        jdbc.sql("INSERT INTO organisation.vorm_van_geweld (code, label_nl, label_en, categorie, actief, volgorde)"
                        + " VALUES (?,?,?,?,?,?)")
                .params(
                        code.code(),
                        code.labelNl(),
                        code.labelEn(),
                        code.categorie().name(),
                        code.actief(),
                        code.volgorde())
                .update();
    }

    public void update(VormCode code) {
        jdbc.sql("UPDATE organisation.vorm_van_geweld SET label_nl = ?, label_en = ?, actief = ?, volgorde = ?"
                        + " WHERE code = ?")
                .params(code.labelNl(), code.labelEn(), code.actief(), code.volgorde(), code.code())
                .update();
    }
}
