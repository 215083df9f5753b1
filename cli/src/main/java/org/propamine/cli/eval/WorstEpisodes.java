package org.propamine.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.propamine.cli.play.FrameSize;
import org.propamine.cli.play.RunPlayback;
import org.propamine.cli.report.ConditionSamples;
import org.propamine.envs.conditions.Condition;
import org.propamine.envs.conditions.ConditionGrid;
import org.propamine.render.playback.EnvPlaybackSource;
import org.propamine.render.playback.HeadlessPlayback;
import org.propamine.render.playback.Playback;
import org.propamine.render.record.RecordOptions;
import org.propamine.trainer.es.Seeds;

/**
 * {@code eval --record-worst}: replays the episode with the least distance of each condition (same seed, same
 * condition, so the same episode as in the table) and records it headless to {@code DIR/<condition>.mp4}.
 */
final class WorstEpisodes {

    private WorstEpisodes() {}

    static void record(EvaluatedPolicy p, ConditionGrid grid, List<ConditionSamples> samples, long seed, Path dir,
                       String size, int fps, PrintWriter log) throws IOException {
        FrameSize wh = FrameSize.parse("--record-size", size);
        RecordOptions options = RecordOptions.defaults().withSize(wh.width(), wh.height()).withFps(fps);
        Files.createDirectories(dir);
        for (int i = 0; i < grid.conditions().size(); i++) {
            Condition c = grid.conditions().get(i);
            double[] d = samples.get(i).distances();
            int worst = 0;
            for (int e = 1; e < d.length; e++) if (d[e] < d[worst]) worst = e;
            long episodeSeed = Seeds.derive(seed, Evaluation.EVAL_STREAM, worst);
            EnvPlaybackSource source = RunPlayback.of(p.parts().env(c), p.policy(), episodeSeed,
                    String.format(Locale.ROOT, "%s: %s, worst episode (%.2f m)", p.label(), c.name(), d[worst]));
            Path target = dir.resolve(c.name() + ".mp4");
            double seconds = p.maxSteps() * source.stepSeconds();
            HeadlessPlayback.Report r = Playback.record(source, target.toString(), options, seconds, 0, line -> { });
            log.printf(Locale.ROOT, "recorded %s: episode %d, %.2f m, %d frames -> %s%n", c.name(), worst, d[worst],
                    r.frames(), target);
            log.flush();
        }
    }
}
