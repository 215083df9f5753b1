package org.propamine.sim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.sim.RobotFiles;

/** Malformed robot files give one-line errors {@code FILE:LINE: <element>: what, expected ...}. */
class LoaderErrorTest {

    private static final String MJCF_HEAD = "<mujoco model=\"t\">\n<worldbody>\n<body name=\"torso\" pos=\"0 0 1\">\n<freejoint/>\n<geom type=\"sphere\" size=\"0.2\" density=\"5\"/>\n";
    private static final String MJCF_TAIL = "</body>\n</worldbody>\n</mujoco>\n";

    private static RobotFileException mjcf(String xml) {
        return assertThrows(RobotFileException.class, () -> MjcfLoader.load(stream(xml), "t.xml"));
    }

    private static RobotFileException urdf(String xml) {
        return assertThrows(RobotFileException.class, () -> UrdfLoader.load(stream(xml), "t.urdf"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The message is one line, starts with FILE:LINE: and contains every given fragment. */
    private static void assertMessage(RobotFileException e, String fileAndLine, String... fragments) {
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.startsWith(fileAndLine), "expected prefix " + fileAndLine + " in: " + m);
        for (String f : fragments) assertTrue(m.contains(f), "expected '" + f + "' in: " + m);
    }

    @Test
    void unreadableFilesNameThePath(@TempDir Path dir) {
        Path missing = dir.resolve("missing.xml");
        assertMessage(assertThrows(RobotFileException.class, () -> MjcfLoader.load(missing)), missing + ": cannot read: ");
        Path missingUrdf = dir.resolve("missing.urdf");
        assertMessage(assertThrows(RobotFileException.class, () -> UrdfLoader.load(missingUrdf)), missingUrdf + ": cannot read: ");
    }

    private static String leg(String jointAttrs) {
        return "<body name=\"leg\" pos=\"0.3 0 0\">\n<joint name=\"j\" " + jointAttrs + "/>\n<geom type=\"capsule\" fromto=\"0 0 0 0.2 0 0\" size=\"0.05\" density=\"5\"/>\n</body>\n";
    }

    @Test
    void mjcfMissingAttribute() {
        // line 6 = the <joint> line of the leg (head has 5 lines, body opens on line 6, joint on line 7)
        assertMessage(mjcf(MJCF_HEAD + "<body name=\"leg\" pos=\"0.3 0 0\">\n<joint name=\"j\" axis=\"0 0 1\" range=\"-30 30\" damping=\"1\"/>\n<geom type=\"capsule\" fromto=\"0 0 0 0.2 0 0\" size=\"0.05\"/>\n</body>\n" + MJCF_TAIL),
                "t.xml:7: <joint>:", "missing attribute 'armature'", "expected");
        assertMessage(mjcf(MJCF_HEAD + "<body name=\"leg\" pos=\"0.3 0 0\">\n<joint name=\"j\" armature=\"1\"/>\n<geom type=\"box\"/>\n</body>\n" + MJCF_TAIL),
                "t.xml:8: <geom>:", "missing attribute 'size'");
    }

    @Test
    void mjcfNonNumericAttribute() {
        assertMessage(mjcf(MJCF_HEAD + leg("axis=\"0 0 1\" range=\"-30 abc\" armature=\"1\"") + MJCF_TAIL),
                "t.xml:7: <joint>:", "'range'", "not numeric", "expected");
        assertMessage(mjcf(MJCF_HEAD + leg("axis=\"0 1\" armature=\"1\"") + MJCF_TAIL), "t.xml:7: <joint>:", "'axis'", "expected 3 numbers");
    }

    @Test
    void mjcfUnknownJointTypeAndElement() {
        assertMessage(mjcf(MJCF_HEAD + leg("type=\"screw\" armature=\"1\"") + MJCF_TAIL), "t.xml:7: <joint>:", "unknown joint type 'screw'", "expected hinge|free");
        assertMessage(mjcf(MJCF_HEAD + "<tendon/>\n" + MJCF_TAIL), "t.xml:6: <tendon>:", "unknown element inside <body>");
        assertMessage(mjcf("<mujoco>\n<equality/>\n<worldbody/>\n</mujoco>"), "t.xml:2: <equality>:", "unknown element inside <mujoco>");
    }

    @Test
    void mjcfZeroMassDuplicateAndUnknownJoint() {
        assertMessage(mjcf(MJCF_HEAD + "<body name=\"leg\">\n<joint name=\"j\" armature=\"1\"/>\n<geom type=\"sphere\" size=\"0.1\" mass=\"0\"/>\n</body>\n" + MJCF_TAIL),
                "t.xml:8: <geom>:", "mass = 0.0", "expected > 0");
        assertMessage(mjcf(MJCF_HEAD + "<body name=\"torso\">\n<joint armature=\"1\"/>\n<geom size=\"0.1\"/>\n</body>\n" + MJCF_TAIL),
                "t.xml:6: <body>:", "duplicate body name 'torso'");
        assertMessage(mjcf(MJCF_HEAD.replace("<mujoco model=\"t\">", "<mujoco model=\"t\">\n<actuator>\n<motor joint=\"nope\"/>\n</actuator>") + leg("armature=\"1\"") + MJCF_TAIL),
                "t.xml:3: <motor>:", "unknown joint 'nope'");
    }

    @Test
    void malformedXml() {
        RobotFileException unclosed = mjcf("<mujoco>\n<worldbody>\n<body>\n</worldbody>\n</mujoco>");
        assertMessage(unclosed, "t.xml:4:", "malformed XML", "\"</body>\", expected well-formed XML");
        assertFalse(unclosed.getMessage().contains(".,"), "the parser's full stop is dropped: " + unclosed.getMessage());
        assertMessage(urdf("<robot name=\"r\">\n<link name=\"a\"\n</robot>"), "t.urdf:3:", "malformed XML");
    }

    private static final String LINK = "<link name=\"%s\"><inertial><mass value=\"1\"/><inertia ixx=\"1\" ixy=\"0\" ixz=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n";

    private static String link(String name) { return String.format(LINK, name); }

    private static String joint(String name, String type, String parent, String child) {
        return "<joint name=\"" + name + "\" type=\"" + type + "\"><parent link=\"" + parent + "\"/><child link=\"" + child + "\"/>"
                + "<axis xyz=\"0 0 1\"/><limit lower=\"-1\" upper=\"1\" effort=\"10\" velocity=\"1\"/></joint>\n";
    }

    @Test
    void urdfStructureErrors() {
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("a") + "</robot>"), "t.urdf:3: <link>:", "duplicate link name 'a'");
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("b") + joint("j", "revolute", "a", "ghost") + "</robot>"),
                "t.urdf:4: <joint>:", "unknown child link 'ghost'");
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("b") + joint("j", "prismatic", "a", "b") + "</robot>"),
                "t.urdf:4: <joint>:", "joint type 'prismatic' is not supported");
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("b") + joint("j", "spiral", "a", "b") + "</robot>"),
                "t.urdf:4: <joint>:", "unknown joint type 'spiral'");
        // a -> b -> c -> b: b gets two parents; a <-> b only: no root
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("b") + joint("j1", "revolute", "a", "b") + joint("j2", "revolute", "b", "a") + "</robot>"),
                "t.urdf:", "cycle");
        assertMessage(urdf("<robot name=\"r\">\n" + link("r") + link("b") + link("c") + joint("j1", "revolute", "b", "c") + joint("j2", "revolute", "c", "b") + "</robot>"),
                "t.urdf:", "cycle");
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + "<bogus/>\n</robot>"), "t.urdf:3: <bogus>:", "unknown element inside <robot>");
    }

    @Test
    void urdfAttributeErrors() {
        assertMessage(urdf("<robot name=\"r\">\n<link name=\"a\"><inertial><mass value=\"0\"/><inertia ixx=\"1\" ixy=\"0\" ixz=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n</robot>"),
                "t.urdf:2: <mass>:", "mass = 0.0", "expected > 0");
        assertMessage(urdf("<robot name=\"r\">\n<link name=\"a\"><inertial><mass value=\"-2\"/><inertia ixx=\"1\" ixy=\"0\" ixz=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n</robot>"),
                "t.urdf:2: <mass>:", "expected > 0");
        assertMessage(urdf("<robot name=\"r\">\n<link name=\"a\"><inertial><mass value=\"heavy\"/><inertia ixx=\"1\" ixy=\"0\" ixz=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n</robot>"),
                "t.urdf:2: <mass>:", "not numeric");
        assertMessage(urdf("<robot name=\"r\">\n<link name=\"a\"><inertial><mass value=\"1\"/><inertia ixx=\"1\" ixy=\"0\" iyy=\"1\" iyz=\"0\" izz=\"1\"/></inertial></link>\n</robot>"),
                "t.urdf:2: <inertia>:", "missing attribute 'ixz'");
        assertMessage(urdf("<robot name=\"r\">\n" + link("a") + link("b") + "<joint name=\"j\" type=\"revolute\">\n<parent link=\"a\"/><child link=\"b\"/><limit lower=\"1\" upper=\"x\" effort=\"1\"/></joint>\n</robot>"),
                "t.urdf:5: <limit>:", "'upper'", "not numeric");
    }

    @Test
    void robotFilesNamesAndExtensions(@TempDir Path dir) throws Exception {
        RobotFileException e = assertThrows(RobotFileException.class, () -> RobotFiles.load("octopus"));
        assertTrue(e.getMessage().contains("unknown name") && e.getMessage().contains("ant"), e.getMessage());
        Path txt = Files.writeString(dir.resolve("robot.txt"), "x");
        e = assertThrows(RobotFileException.class, () -> RobotFiles.load(txt.toString()));
        assertTrue(e.getMessage().contains("unknown robot file extension"), e.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.urdf"), "<robot name=\"r\">\n" + link("a") + link("a") + "</robot>");
        e = assertThrows(RobotFileException.class, () -> RobotFiles.load(bad.toString()));
        assertEquals(bad + ":3: <link>: duplicate link name 'a' (first at line 2), expected unique names", e.getMessage());
        Path folder = Files.createDirectories(dir.resolve("folder.urdf"));
        e = assertThrows(RobotFileException.class, () -> RobotFiles.load(folder.toString()));
        assertTrue(e.getMessage().startsWith(folder + ": is a directory, expected a robot file"), e.getMessage()); // said "no such file"
    }
}
