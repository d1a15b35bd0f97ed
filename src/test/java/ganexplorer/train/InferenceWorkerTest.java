package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpSpec;
import org.junit.jupiter.api.Test;

class InferenceWorkerTest {
    @Test
    void shouldComputeWhatTheTrainersGeneratorComputesForTheSameWeights() throws Exception {
        GanSession session = new GanSession(TrainerTest.config("bce", 3));
        for (int i = 0; i < 5; i++) {
            session.iterate();
        }
        MlpSpec spec = (MlpSpec) session.generatorSpec();
        float[] expected = session.manifold(5); // G on a 5 x 5 latent grid, computed by the trainer's own network
        float[] latents = new float[25 * 2];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                latents[2 * (j * 5 + i)] = (float) (-2 + i);
                latents[2 * (j * 5 + i) + 1] = (float) (-2 + j);
            }
        }
        try (InferenceWorker worker = new InferenceWorker()) {
            long id = worker.submit(spec, session.generatorWeights(), latents);
            InferenceWorker.Result r = await(worker, id);
            assertThat(r.outputsPerRow()).isEqualTo(2);
            assertThat(r.outputs()).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void shouldRunOnlyTheNewestOfManyQueuedRequests() throws Exception {
        GanSession session = new GanSession(TrainerTest.config("bce", 4));
        MlpSpec spec = GanArchitecture.TOY_DEFAULT.generatorSpec(2);
        MlpSpec small = (MlpSpec) session.generatorSpec();
        try (InferenceWorker worker = new InferenceWorker()) {
            long last = 0;
            for (int k = 0; k < 200; k++) {
                last = worker.submit(small, session.generatorWeights(), new float[] {k, -k});
            }
            InferenceWorker.Result r = await(worker, last);
            assertThat(r.outputs()).hasSize(2);
            assertThatThrownBy(() -> worker.submit(spec, new float[3], new float[] {1, 2, 3}))
                    .hasMessageContaining("latent vectors must have 2 values");
        }
    }

    private static InferenceWorker.Result await(InferenceWorker worker, long id) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            InferenceWorker.Result r = worker.latest();
            if (r != null && r.requestId() == id) {
                return r;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no result for request " + id);
    }
}
