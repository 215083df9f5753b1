package org.propamine.cli.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.cli.CliRun;

class RobotInfoCommandTest {

    @TempDir
    Path dir;

    @Test
    void antHasEightHingesWithTheirLimits() {
        CliRun r = CliRun.of("robot", "info", "ant");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> hinges = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\s+hinge\\s.*")).toList();
        assertEquals(8, hinges.size(), r.out());
        // Gym ant limits: hips -30..30 deg, ankles 30..70 or -70..-30 deg
        assertEquals(4, hinges.stream().filter(l -> l.contains("-30.0 .. 30.0")).count(), r.out());
        assertEquals(2, hinges.stream().filter(l -> l.contains("30.0 .. 70.0") && !l.contains("-30.0 .. 70.0")
                && !l.contains("-70.0")).count(), r.out());
        assertEquals(2, hinges.stream().filter(l -> l.contains("-70.0 .. -30.0")).count(), r.out());
        assertTrue(r.out().contains("8 actuators"), r.out());
        assertTrue(r.out().contains("total mass 0.9109 kg"), r.out());
    }

    @Test
    void malformedRobotFileIsOneErrorLine() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<mujoco model=\"x\">\n  <worldbody>\n    <body name=\"torso\" pos=\"0 0 abc\">\n"
                + "      <geom type=\"sphere\" size=\"0.25\"/>\n    </body>\n  </worldbody>\n</mujoco>\n");
        CliRun r = CliRun.of("robot", "info", bad.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("propamine: error: " + bad), r.toString());
        assertTrue(r.err().contains("pos"), r.toString());
    }

    @Test
    void unknownJointTypeInUrdfIsNamed() throws Exception {
        Path bad = dir.resolve("bad.urdf");
        Files.writeString(bad, """
                <robot name="r">
                  <link name="a"><inertial><mass value="1"/><inertia ixx="1" iyy="1" izz="1" ixy="0" ixz="0" iyz="0"/></inertial></link>
                  <link name="b"><inertial><mass value="1"/><inertia ixx="1" iyy="1" izz="1" ixy="0" ixz="0" iyz="0"/></inertial></link>
                  <joint name="j" type="helical"><parent link="a"/><child link="b"/></joint>
                </robot>
                """);
        CliRun r = CliRun.of("robot", "info", bad.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("helical"), r.toString());
    }

    @Test
    void missingFileAndUnknownNameAreNamed() {
        CliRun missing = CliRun.of("robot", "info", dir.resolve("nope.urdf").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.urdf"), missing.toString());
        CliRun name = CliRun.of("robot", "info", "octopus");
        assertEquals(1, name.exitCode());
        assertTrue(name.err().contains("octopus") && name.err().contains("ant"), name.toString());
        CliRun none = CliRun.of("robot", "info");
        assertEquals(2, none.exitCode(), none.toString());
        assertEquals(1, none.errLines().size(), none.toString());
    }
}
