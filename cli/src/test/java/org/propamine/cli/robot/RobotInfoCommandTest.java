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

    private static final String LINK = "<link name=\"%s\"><inertial><mass value=\"%s\"/>"
            + "<inertia ixx=\"1\" ixy=\"0\" ixz=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n";

    private static String link(String name) {
        return String.format(LINK, name, "1");
    }

    private static String joint(String name, String type, String parent, String child) {
        return "<joint name=\"" + name + "\" type=\"" + type + "\"><parent link=\"" + parent + "\"/><child link=\"" + child
                + "\"/><axis xyz=\"0 0 1\"/><limit lower=\"-1\" upper=\"1\" effort=\"10\" velocity=\"1\"/></joint>\n";
    }

    /** Each malformed URDF of the list, with a word its error must contain. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> malformedUrdfs() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("missing attribute",
                        "<link name=\"a\"><inertial><mass value=\"1\"/><inertia ixx=\"1\" iyy=\"1\" izz=\"1\"/></inertial></link>\n", "ixy"),
                org.junit.jupiter.params.provider.Arguments.of("non-numeric attribute", String.format(LINK, "a", "heavy"), "heavy"),
                org.junit.jupiter.params.provider.Arguments.of("zero mass", String.format(LINK, "a", "0"), "mass"),
                org.junit.jupiter.params.provider.Arguments.of("unknown joint type", link("a") + link("b") + joint("j", "spiral", "a", "b"), "spiral"),
                org.junit.jupiter.params.provider.Arguments.of("duplicate link", link("a") + link("a"), "duplicate"),
                org.junit.jupiter.params.provider.Arguments.of("joint to an unknown link", link("a") + link("b") + joint("j", "revolute", "a", "ghost"), "ghost"),
                org.junit.jupiter.params.provider.Arguments.of("cyclic links", link("r") + link("b") + link("c")
                        + joint("j1", "revolute", "b", "c") + joint("j2", "revolute", "c", "b"), "j"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("malformedUrdfs")
    void malformedUrdfIsOneLineNamingFileAndProblem(String what, String body, String fragment) throws Exception {
        Path bad = dir.resolve("bad.urdf");
        Files.writeString(bad, "<robot name=\"r\">\n" + body + "</robot>\n");
        CliRun r = CliRun.of("robot", "info", bad.toString());
        assertEquals(1, r.exitCode(), what + ": " + r);
        assertEquals(1, r.errLines().size(), what + ": " + r);
        assertTrue(r.err().startsWith("propamine: error: " + bad + ":"), what + ": " + r);
        assertTrue(r.err().contains(fragment), what + ": " + r);
        assertEquals("", r.out(), "nothing printed on stdout for a refused file");
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
