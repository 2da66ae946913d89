package nl.schakel.afwegingskader;

/** One afweging as a named policy (style guide D2): reads its own answer and says how the path goes on. */
interface AfwegingPolicy {

    Afweging afweging();

    Step assess(Answers answers, Path path);
}
