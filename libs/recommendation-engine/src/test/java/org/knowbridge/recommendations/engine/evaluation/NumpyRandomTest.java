package org.knowbridge.recommendations.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumpyRandomTest {

    @Test
    void drawsWhatNumpyDefaultRngDraws() {
        // numpy.random.default_rng(7).random(3)
        NumpyRandom r = NumpyRandom.seeded(7);
        assertEquals(0.625095466604667, r.nextDouble(), 0);
        assertEquals(0.8972138009695755, r.nextDouble(), 0);
        assertEquals(0.7756856902451935, r.nextDouble(), 0);
    }

    @Test
    void advancingSkipsExactlyThatManyDraws() {
        NumpyRandom jumped = NumpyRandom.seeded(7);
        jumped.advance(1000);
        NumpyRandom walked = NumpyRandom.seeded(7);
        for (int i = 0; i < 1000; i++) {
            walked.nextDouble();
        }
        assertEquals(walked.nextDouble(), jumped.nextDouble(), 0);
        // numpy: g = default_rng(7); g.bit_generator.advance(1000); g.random()
        NumpyRandom again = NumpyRandom.seeded(7);
        again.advance(1000);
        assertEquals(0.8690497571674405, again.nextDouble(), 0);
    }
}
