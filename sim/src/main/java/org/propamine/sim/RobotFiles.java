package org.propamine.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.propamine.sim.io.MjcfLoader;
import org.propamine.sim.io.RobotFileException;
import org.propamine.sim.io.UrdfLoader;
import org.propamine.sim.robot.RobotDescription;

/**
 * The one place that turns a robot name or file into a {@link RobotDescription}: a bare name such as
 * {@code ant} resolves to the shipped classpath resource {@code assets/robots/<name>.xml}; anything else is a
 * file path loaded by extension ({@code .xml} = MJCF, {@code .urdf} = URDF).
 */
public final class RobotFiles {

    /** Robots shipped in {@code assets/robots/}. */
    public static final List<String> SHIPPED = List.of("ant", "hexapod", "ant_short_leg", "ant_three_legs");

    private RobotFiles() { }

    /** Loads a shipped robot by name or a robot file by path; errors are one-line {@link RobotFileException}s. */
    public static RobotDescription load(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) throw new RobotFileException("robot: empty name, expected one of " + SHIPPED + " or a .xml/.urdf file");
        if (nameOrPath.matches("[A-Za-z0-9_\\-]+")) {
            String resource = "assets/robots/" + nameOrPath + ".xml";
            InputStream in = RobotFiles.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) throw new RobotFileException("robot '" + nameOrPath + "': unknown name, expected one of " + SHIPPED + " or a path to a .xml (MJCF) or .urdf file");
            try (in) {
                return MjcfLoader.load(in, resource);
            } catch (IOException e) {
                throw new RobotFileException(resource + ": cannot read: " + e.getMessage());
            }
        }
        Path p = Path.of(nameOrPath);
        String lower = nameOrPath.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xml") && !lower.endsWith(".urdf")) {
            throw new RobotFileException(nameOrPath + ": unknown robot file extension, expected .xml (MJCF) or .urdf (URDF)");
        }
        if (!Files.isRegularFile(p)) {
            String what = Files.isDirectory(p) ? "is a directory" : "no such file";
            throw new RobotFileException(nameOrPath + ": " + what + ", expected a robot file or one of " + SHIPPED);
        }
        return lower.endsWith(".urdf") ? UrdfLoader.load(p) : MjcfLoader.load(p);
    }

    /** Loads a classpath resource (e.g. {@code assets/robots/ant.urdf}) by its extension. */
    public static RobotDescription loadResource(String resource) {
        InputStream in = RobotFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new RobotFileException(resource + ": no such classpath resource");
        try (in) {
            return resource.endsWith(".urdf") ? UrdfLoader.load(in, resource) : MjcfLoader.load(in, resource);
        } catch (IOException e) {
            throw new RobotFileException(resource + ": cannot read: " + e.getMessage());
        }
    }
}
