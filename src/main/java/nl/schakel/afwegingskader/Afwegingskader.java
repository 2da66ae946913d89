package nl.schakel.afwegingskader;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shared decision code of every {@link Kader}: the five afwegingen as an ordered list of named policies (domain
 * spec §2.1), which together give beslissing 1 and 2 (§2.2) and the meldnorm (§2.3). Stateless; it decides nothing
 * in the professional's place, but shows where their answers lead.
 *
 * <p>The path runs from afweging 1 and stops at the first afweging without an answer, or where the branch ends. An
 * answer after that point, or afweging 1 or 2 = nee after a disclosure, is not allowed: {@link #evaluate} then returns
 * {@link Evaluation.NotAllowed}, never a result that quietly uses or drops it.
 */
public final class Afwegingskader {

    private static final List<AfwegingPolicy> POLICIES = List.of(
            new VermoedenPolicy(),
            new VeiligheidPolicy(),
            new HulpPolicy(),
            new AcceptatiePolicy(),
            new ResultaatPolicy());

    private Afwegingskader() {}

    public static Evaluation evaluate(Kader kader, Answers answers) {
        boolean noVermoedenAfterDisclosure = isNoVermoedenAfterDisclosure(answers);
        Answers considered = noVermoedenAfterDisclosure ? answers.withoutAnswerTo(Afweging.VERMOEDEN) : answers;
        Walk walk = walk(kader.kaderVersion(), considered);
        List<Afweging> beyondOrNee = notAllowed(considered, walk.lastReached());
        if (beyondOrNee.isEmpty() && !noVermoedenAfterDisclosure) {
            return walk.result();
        }
        Evaluation.Result withoutThem = walk(kader.kaderVersion(), without(considered, beyondOrNee, walk.lastReached()))
                .result();
        List<Afweging> notAllowed = new ArrayList<>();
        if (noVermoedenAfterDisclosure) {
            notAllowed.add(Afweging.VERMOEDEN);
        }
        notAllowed.addAll(beyondOrNee);
        return new Evaluation.NotAllowed(notAllowed, withoutThem, explainNotAllowed(notAllowed, walk.lastReached()));
    }

    private record Walk(Evaluation.Result result, Afweging lastReached) {}

    private static Walk walk(KaderVersion kader, Answers answers) {
        Path path = Path.start();
        for (AfwegingPolicy policy : POLICIES) {
            Afweging afweging = policy.afweging();
            switch (policy.assess(answers, path)) {
                case Step.Missing missing -> {
                    Path asked = missing.hint() == null ? path : path.explain(missing.hint());
                    return new Walk(asked.result(kader, afweging), afweging);
                }
                case Step.End end -> {
                    return new Walk(end.path().result(kader, null), afweging);
                }
                case Step.Next next -> path = next.path();
            }
        }
        throw new IllegalStateException("afweging 5 always ends the path, but the path went on after it");
    }

    private static List<Afweging> notAllowed(Answers answers, Afweging lastReached) {
        List<Afweging> notAllowed = new ArrayList<>();
        if (isNeeAfterDisclosure(answers, lastReached)) {
            notAllowed.add(Afweging.VEILIGHEID);
        }
        for (Afweging afweging : Afweging.values()) {
            if (afweging.compareTo(lastReached) > 0 && answers.hasAnswerTo(afweging)) {
                notAllowed.add(afweging);
            }
        }
        return notAllowed;
    }

    /**
     * A disclosure is a victim telling of unsafety at home: a vermoeden that needs a melding (rule 13, §2.3), so
     * afweging 1 = nee contradicts it. The professional who finds the disclosure withdrawn or misunderstood corrects
     * the signaal first.
     */
    private static boolean isNoVermoedenAfterDisclosure(Answers answers) {
        return answers.hasDisclosure() && Boolean.FALSE.equals(answers.vermoeden());
    }

    /** A disclosure pre-sets afweging 2 to ja (rule 13), so the branch does not offer nee. */
    private static boolean isNeeAfterDisclosure(Answers answers, Afweging lastReached) {
        return lastReached.compareTo(Afweging.VEILIGHEID) >= 0
                && answers.hasDisclosure()
                && Boolean.FALSE.equals(answers.acuteOfStructureleOnveiligheid());
    }

    private static Answers without(Answers answers, List<Afweging> notAllowed, Afweging lastReached) {
        Answers allowed = answers;
        for (Afweging afweging : notAllowed) {
            allowed = afweging.compareTo(lastReached) > 0
                    ? allowed.withoutAnswerTo(afweging)
                    : allowed.withoutAcuteOfStructureleOnveiligheid();
        }
        return allowed;
    }

    private static List<Text> explainNotAllowed(List<Afweging> notAllowed, Afweging lastReached) {
        List<Text> sentences = new ArrayList<>();
        List<Afweging> beyond = notAllowed.stream()
                .filter(afweging -> afweging.compareTo(lastReached) > 0)
                .toList();
        if (notAllowed.contains(Afweging.VERMOEDEN)) {
            sentences.add(Text.of("kader.nietgebruikt.vermoeden"));
        }
        if (notAllowed.contains(Afweging.VEILIGHEID) && !beyond.contains(Afweging.VEILIGHEID)) {
            sentences.add(Text.of("kader.nietgebruikt.veiligheid"));
        }
        if (!beyond.isEmpty()) {
            String numbers =
                    beyond.stream().map(afweging -> "" + afweging.number()).collect(Collectors.joining(", "));
            sentences.add(Text.of("kader.nietgebruikt.nadeafweging", lastReached.number(), numbers));
        }
        sentences.add(Text.of("kader.nietgebruikt"));
        return sentences;
    }
}
