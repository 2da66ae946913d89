package nl.schakel;

import java.util.Random;

/** Made-up BSNs for tests: nine digits that pass the elfproef, never a real person's on purpose. */
public final class TestBsn {

    private TestBsn() {}

    /** Eight random digits and the ninth that makes the weighted sum divisible by 11 (drawn again when none fits). */
    public static String generated(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int digit : d) {
                    s.append(digit);
                }
                if (!s.toString().equals("000000000")) {
                    return s.toString();
                }
            }
        }
    }
}
