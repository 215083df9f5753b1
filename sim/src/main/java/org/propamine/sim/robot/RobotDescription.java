package org.propamine.sim.robot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A robot as a tree of links joined by hinge/fixed joints, plus its motors, in file order. Link 0 is the
 * floating root (the torso); every other link is the child of exactly one joint. Loaded from MJCF or URDF
 * ({@code org.propamine.sim.io}); built into physics by {@code org.propamine.sim.bullet.JBulletWorld}.
 *
 * @param name      model name
 * @param links     links, root first
 * @param joints    joints in file order (hinges and welds)
 * @param actuators motors in file order (the env's action order)
 * @param rootPose  initial world pose of the root link frame (z up)
 */
public record RobotDescription(String name, List<Link> links, List<Joint> joints, List<Actuator> actuators, Pose rootPose) {

    public RobotDescription {
        if (name == null) throw new IllegalArgumentException("robot needs a name");
        links = List.copyOf(links);
        joints = List.copyOf(joints);
        actuators = List.copyOf(actuators);
        if (rootPose == null) throw new IllegalArgumentException("robot needs a root pose");
        if (links.isEmpty()) throw new IllegalArgumentException("robot '" + name + "' has no links");
        Set<String> names = new HashSet<>();
        for (Link l : links) if (!names.add(l.name())) throw new IllegalArgumentException("duplicate link name '" + l.name() + "'");
        names.clear();
        int[] parentOf = new int[links.size()];
        java.util.Arrays.fill(parentOf, -1);
        for (Joint j : joints) {
            if (!names.add(j.name())) throw new IllegalArgumentException("duplicate joint name '" + j.name() + "'");
            if (j.parent() >= links.size() || j.child() >= links.size()) throw new IllegalArgumentException("joint '" + j.name() + "' refers to a link index out of range");
            if (j.child() == 0) throw new IllegalArgumentException("joint '" + j.name() + "' has the root link as child");
            if (parentOf[j.child()] >= 0) throw new IllegalArgumentException("link '" + links.get(j.child()).name() + "' is the child of two joints");
            parentOf[j.child()] = j.parent();
        }
        for (int i = 1; i < links.size(); i++) {
            // every link must reach the root without revisiting a link
            int k = i, hops = 0;
            while (k != 0) {
                k = parentOf[k];
                if (k < 0) throw new IllegalArgumentException("link '" + links.get(i).name() + "' is not connected to the root link '" + links.get(0).name() + "'");
                if (++hops > links.size()) throw new IllegalArgumentException("links form a cycle through '" + links.get(i).name() + "'");
            }
        }
        names.clear();
        Set<Integer> driven = new HashSet<>();
        for (Actuator a : actuators) {
            if (!names.add(a.name())) throw new IllegalArgumentException("duplicate actuator name '" + a.name() + "'");
            if (a.joint() >= joints.size() || joints.get(a.joint()).type() != JointType.HINGE) {
                throw new IllegalArgumentException("actuator '" + a.name() + "' must drive a hinge joint");
            }
            if (!driven.add(a.joint())) throw new IllegalArgumentException("joint '" + joints.get(a.joint()).name() + "' has two actuators");
        }
    }

    /** Index of the link called {@code linkName}, or −1. */
    public int linkIndex(String linkName) {
        for (int i = 0; i < links.size(); i++) if (links.get(i).name().equals(linkName)) return i;
        return -1;
    }

    /** Indices into {@link #joints()} of the hinge joints, in order (the simulator's joint numbering). */
    public int[] hingeJoints() {
        return java.util.stream.IntStream.range(0, joints.size()).filter(i -> joints.get(i).type() == JointType.HINGE).toArray();
    }

    /** Links that are the parent of no joint (the feet), in link order. */
    public int[] leafLinks() {
        boolean[] hasChild = new boolean[links.size()];
        for (Joint j : joints) hasChild[j.parent()] = true;
        return java.util.stream.IntStream.range(0, links.size()).filter(i -> !hasChild[i]).toArray();
    }

    /** World pose of every link frame with all joints at q = 0 and the root at {@link #rootPose()}. */
    public Pose[] initialLinkPoses() {
        Pose[] poses = new Pose[links.size()];
        poses[0] = rootPose;
        Map<Integer, List<Joint>> children = new HashMap<>();
        for (Joint j : joints) children.computeIfAbsent(j.parent(), k -> new ArrayList<>()).add(j);
        List<Integer> todo = new ArrayList<>(List.of(0));
        while (!todo.isEmpty()) {
            int p = todo.remove(todo.size() - 1);
            for (Joint j : children.getOrDefault(p, List.of())) {
                poses[j.child()] = poses[p].compose(j.origin());
                todo.add(j.child());
            }
        }
        return poses;
    }

    /** Total mass in kg. */
    public double totalMass() {
        return links.stream().mapToDouble(Link::mass).sum();
    }
}
