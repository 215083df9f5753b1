package org.propamine.trainer.checkpoint;

import java.nio.file.Path;
import java.util.List;
import org.propamine.trainer.PointMassSetup;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerListener;

/**
 * Child process of {@link KillResumeTest}: trains the PointMass task for {@code args[1]} generations with a
 * checkpoint every 2 generations into {@code args[0]}, sleeping 200 ms per generation so the parent can kill
 * it in the middle.
 */
public final class KillResumeMain {
    private KillResumeMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        TrainerConfig config = KillResumeTest.config(Long.parseLong(args[1]));
        try (Trainer t = new Trainer(config, PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            CheckpointWriter writer = new CheckpointWriter(dir, t);
            t.run(List.<TrainerListener>of(writer, (m, s) -> {
                System.out.println("generation " + m.generation());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        System.out.println("finished");
    }
}
