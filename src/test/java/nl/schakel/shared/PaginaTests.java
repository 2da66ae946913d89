package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page of a list (ADR-0036): the bounds of the number and size, the extra row, the links of the API. */
class PaginaTests {

    @Test
    void theExtraRowOnlyTellsThatANextPageExists() {
        Paginering tweede = new Paginering(2, 3);
        assertThat(tweede.limit()).isEqualTo(4);
        assertThat(tweede.offset()).isEqualTo(3);

        Pagina<Integer> vol = Pagina.van(List.of(4, 5, 6, 7), tweede);
        assertThat(vol.regels()).containsExactly(4, 5, 6);
        assertThat(vol.volgende()).isTrue();
        assertThat(vol.vorige()).isTrue();
        assertThat(vol.eerste()).isEqualTo(4);
        assertThat(vol.laatste()).isEqualTo(6);

        Pagina<Integer> laatste = Pagina.van(List.of(4, 5), tweede);
        assertThat(laatste.regels()).containsExactly(4, 5);
        assertThat(laatste.volgende()).isFalse();
        assertThat(laatste.map(i -> "r" + i).regels()).containsExactly("r4", "r5");
    }

    @Test
    void theAddressGivesNumberAndSizeWithinBounds() {
        assertThat(Paginering.van(null)).isEqualTo(new Paginering(1, Paginering.GROOTTE));
        assertThat(Paginering.van("", "")).isEqualTo(new Paginering(1, Paginering.GROOTTE));
        assertThat(Paginering.van("7", "100")).isEqualTo(new Paginering(7, 100));
        for (String bad : List.of("0", "-1", "abc", "1.5", "10001", "99999999999", " 2")) {
            assertThatThrownBy(() -> Paginering.van(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("pagina", "paginering.fout.pagina"));
        }
        for (String bad : List.of("0", "101", "x")) {
            assertThatThrownBy(() -> Paginering.van("1", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("aantal", "paginering.fout.aantal"));
        }
    }

    @Test
    void theApiLinksToTheNeighbouringPages() {
        List<Integer> rijen = IntStream.range(0, 11).boxed().toList();
        assertThat(Pagina.van(rijen, new Paginering(1, 10)).links("/api/v1/dossiers"))
                .isEqualTo("</api/v1/dossiers?pagina=2&aantal=10>; rel=\"next\"");
        assertThat(Pagina.van(rijen, new Paginering(3, 10)).links("/api/v1/dossiers"))
                .isEqualTo("</api/v1/dossiers?pagina=2&aantal=10>; rel=\"prev\", </api/v1/dossiers?pagina=4&aantal=10>;"
                        + " rel=\"next\"");
        assertThat(Pagina.van(List.of(1), new Paginering(1, 10)).links("/x")).isEmpty();
    }
}
