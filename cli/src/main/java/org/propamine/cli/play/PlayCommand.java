package org.propamine.cli.play;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.propamine.cli.eval.EvaluatedPolicy;
import org.propamine.envs.conditions.Condition;
import org.propamine.envs.conditions.ConditionGrid;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.Legs;
import org.propamine.render.playback.HeadlessPlayback;
import org.propamine.render.playback.Playback;
import org.propamine.render.playback.PlaybackSource;
import org.propamine.render.playback.SimPlaybackSource;
import org.propamine.render.record.RecordOptions;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.SimWorld;
import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.RobotDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code propamine play RUN|CHECKPOINT|--demo}: watch a trained controller (or the scripted gait) in a window, or
 * record it headless with {@code --record FILE.mp4|FILE.gif|DIR/}. Keys in the window: see the render module's
 * {@code PlaybackWindow} (pause, single step, speed, push, toggle leg damage, reset).
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a trained run or the scripted gait (--demo) in a window, or record it headless.",
            "RUN plays its best parameters; --record FILE.mp4 | FILE.gif | DIR/ (PNG frames) needs no display."})
public final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RUN|CHECKPOINT",
            description = "Run directory written by propamine train, or a checkpoint file in its checkpoints/ folder.")
    Path run;

    @Option(names = "--demo", description = "Play the scripted open-loop gait of the ant (no training needed).")
    boolean demo;

    @Option(names = "--robot", paramLabel = "NAME|FILE",
            description = "Robot of --demo (default ant), or another body to play RUN's controller on (same sensors and motors, e.g. ant_three_legs).")
    String robot;

    @Option(names = "--condition", paramLabel = "NAME", description = "Evaluation condition of the default grid (or --conditions FILE) to play RUN under.")
    String condition;

    @Option(names = "--conditions", paramLabel = "FILE", description = "Condition grid to look --condition up in.")
    Path conditions;

    @Option(names = "--record", paramLabel = "FILE.mp4|FILE.gif|DIR/", description = "Record headless instead of opening a window.")
    String record;

    @Option(names = "--seconds", paramLabel = "S", description = "Simulated seconds to record, or wall seconds to keep the window open (default: 10 when recording, until closed otherwise).")
    Double seconds;

    @Option(names = "--size", paramLabel = "WxH", description = "Frame size (default ${DEFAULT-VALUE}).")
    String size = "640x480";

    @Option(names = "--fps", paramLabel = "N", description = "Frames per second of a recording (default ${DEFAULT-VALUE}).")
    int fps = 30;

    @Option(names = "--seed", paramLabel = "S", description = "Episode seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        if (demo == (run != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either RUN (or CHECKPOINT) or --demo");
        }
        if (demo && condition != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--condition applies to RUN, not to --demo");
        }
        FrameSize wh = size();
        RecordOptions options = recordOptions(wh);
        PlaybackSource source = demo ? demoSource() : runSource();
        PrintWriter out = spec.commandLine().getOut();
        String title = demo ? "propamine: scripted gait" : "propamine: " + run.getFileName();
        if (record != null) {
            double s = seconds != null ? seconds : 10;
            HeadlessPlayback.Report r = Playback.record(source, record, options, s, 0, line -> {
                out.println(line);
                out.flush();
            });
            out.printf(Locale.ROOT, "Recorded %d frames (%.1f s at %d fps, %d env steps) to %s in %.1f s (%.1f ms per frame)%n",
                    r.frames(), s, fps, r.steps(), record, r.wallSeconds(), r.renderMillisPerFrame());
        } else {
            Playback.interactive(source, wh.width(), wh.height(), title, seconds != null ? seconds : 0);
        }
        out.flush();
        return 0;
    }

    private PlaybackSource demoSource() {
        RobotDescription d = RobotFiles.load(robot != null ? robot : "ant");
        SimWorld world = JBulletWorld.create(d, PhysicsConfig.defaults());
        ScriptedGait gait = ScriptedGait.of(d);
        return new SimPlaybackSource(world, (t, state, ctrl) -> gait.act(t, ctrl), seed, legActuators(d, 0), RunPlayback.PUSH_IMPULSE,
                d.name() + ": scripted gait");
    }

    private PlaybackSource runSource() throws java.io.IOException {
        EvaluatedPolicy p;
        if (robot == null) {
            p = EvaluatedPolicy.load(run);
        } else {
            try {
                p = EvaluatedPolicy.load(run, null, List.of("env.robot=" + robot));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--robot " + robot + ": the controller of " + run
                        + " does not fit this robot (" + e.getMessage() + ")", e);
            }
        }
        Condition c = Condition.nominal();
        if (condition != null) {
            ConditionGrid grid = conditions == null ? ConditionGrid.loadDefault() : ConditionGrid.load(conditions);
            c = grid.get(condition);
        }
        return RunPlayback.of(p.parts().env(c), p.policy(), seed, p.label() + " (" + c.name() + ")");
    }

    /** The actuators driving the hinges of leg {@code leg} (switched off by the viewer's leg-damage key). */
    private static int[] legActuators(RobotDescription d, int leg) {
        Legs legs = Legs.of(d);
        if (legs.count() == 0) return new int[0];
        List<Integer> out = new ArrayList<>();
        int[] hinges = d.hingeJoints();
        for (int h : legs.jointsOf(leg)) {
            for (int a = 0; a < d.actuators().size(); a++) {
                if (d.actuators().get(a).joint() == hinges[h]) out.add(a);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** --size range, --fps and --seconds checked before anything is built, each error naming its option. */
    private RecordOptions recordOptions(FrameSize wh) {
        if (seconds != null && !(seconds > 0 && Double.isFinite(seconds))) {
            throw new IllegalArgumentException("--seconds " + seconds + ": expected a positive number of seconds");
        }
        if (wh.width() < 16 || wh.width() > 4096 || wh.height() < 16 || wh.height() > 4096) {
            throw new IllegalArgumentException("--size " + size + ": expected 16..4096 pixels per side");
        }
        if (fps < 1 || fps > 120) throw new IllegalArgumentException("--fps " + fps + ": expected 1..120 frames per second");
        return RecordOptions.defaults().withSize(wh.width(), wh.height()).withFps(fps);
    }

    private FrameSize size() {
        return FrameSize.ofOption(spec.commandLine(), "--size", size);
    }
}
