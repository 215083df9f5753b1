package org.propamine.envs.locomotion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.RobotDescription;

/**
 * Leg membership of a robot's hinge joints, read from the description's link tree: the <em>body</em> is the
 * root link plus every link welded to it by fixed joints; a <em>leg</em> is everything below one hinge that
 * hangs directly off the body. Each hinge belongs to the leg whose top link is its nearest ancestor attached to
 * the body by a hinge. Legs are numbered from 0 in the order of their first hinge in the file (ant.xml: leg 0 =
 * hip_1/ankle_1 (+x+y), 1 = hip_2/ankle_2, 2 = hip_3/ankle_3, 3 = hip_4/ankle_4).
 *
 * @param names  name of each leg's top link (e.g. {@code thigh1})
 * @param joints for each leg, the simulator's hinge indices (0-based, description hinge order) of its joints
 * @param feet   for each leg, the link indices of its distal links (the leaf links below its top link; ant: the shin)
 */
public record Legs(List<String> names, List<int[]> joints, List<int[]> feet) {

    public Legs {
        names = List.copyOf(names);
        joints = List.copyOf(joints);
        feet = List.copyOf(feet);
    }

    public int count() {
        return names.size();
    }

    /** The hinge indices of leg {@code leg}; throws naming the valid range otherwise. */
    public int[] jointsOf(int leg) {
        if (leg < 0 || leg >= count()) throw new IllegalArgumentException("leg = " + leg + ", expected 0.." + (count() - 1) + " (legs " + names + ")");
        return joints.get(leg).clone();
    }

    /** The link indices of leg {@code leg}'s distal (leaf) links; throws naming the valid range otherwise. */
    public int[] feetOf(int leg) {
        jointsOf(leg);
        return feet.get(leg).clone();
    }

    /** The leg of hinge {@code hinge}, or −1 when it is part of no leg. */
    public int legOf(int hinge) {
        for (int l = 0; l < joints.size(); l++) for (int h : joints.get(l)) if (h == hinge) return l;
        return -1;
    }

    /** Groups the hinges of {@code d} into legs (see the class doc). */
    public static Legs of(RobotDescription d) {
        int n = d.links().size();
        Joint[] parentJoint = new Joint[n];
        for (Joint j : d.joints()) parentJoint[j.child()] = j;
        boolean[] body = new boolean[n];
        for (int link = 0; link < n; link++) {
            int k = link;
            boolean welded = true;
            while (k != 0) {
                if (parentJoint[k].type() != JointType.FIXED) welded = false;
                k = parentJoint[k].parent();
            }
            body[link] = welded;
        }
        Map<Integer, List<Integer>> byTop = new LinkedHashMap<>();
        int[] hinges = d.hingeJoints();
        for (int h = 0; h < hinges.length; h++) {
            int top = d.joints().get(hinges[h]).child();
            while (!body[parentJoint[top].parent()]) top = parentJoint[top].parent();
            byTop.computeIfAbsent(top, t -> new ArrayList<>()).add(h);
        }
        List<String> names = new ArrayList<>();
        List<int[]> joints = new ArrayList<>(), feet = new ArrayList<>();
        int[] leaves = d.leafLinks();
        for (Map.Entry<Integer, List<Integer>> e : byTop.entrySet()) {
            names.add(d.links().get(e.getKey()).name());
            joints.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            feet.add(java.util.Arrays.stream(leaves).filter(leaf -> below(leaf, e.getKey(), parentJoint)).toArray());
        }
        return new Legs(names, joints, feet);
    }

    /** True when {@code top} is {@code link} or one of its ancestors. */
    private static boolean below(int link, int top, Joint[] parentJoint) {
        for (int k = link; ; k = parentJoint[k].parent()) {
            if (k == top) return true;
            if (k == 0) return false;
        }
    }
}
