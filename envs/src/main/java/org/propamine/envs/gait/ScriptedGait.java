package org.propamine.envs.gait;

import org.propamine.envs.locomotion.Legs;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/**
 * An open-loop sinusoidal walking controller for any robot whose legs each have a swing hinge (the first
 * joint of the leg) and a lift hinge (the second), such as the ant (trot) and the hexapod (tripod).
 *
 * <p>With φ = 2π·f·t + φ_leg, leg phase φ_leg = 0 for even leg numbers and π for odd ones (ant: the
 * diagonal pairs 0+2 and 1+3 alternate, a trot; hexapod: legs 0, 2, 4 against 1, 3, 5, a tripod):
 * <pre>
 *   hip ctrl   = s_fwd · A_hip   · sin(φ)               (foot moves forward while sin φ rises)
 *   ankle ctrl = s_up  · A_ankle · cos(φ + liftLead)     (foot raised while the hip swings forward)
 * </pre>
 * The signs are read from the robot description, not hard-coded: s_fwd = sign of the x velocity of the leg's
 * centre of mass for a positive hip rotation, s_up = sign of the z velocity of the lower leg's centre of mass
 * for a positive ankle rotation (both in the initial pose). Joints beyond the second of a leg get 0. Because
 * the rotor actuators saturate (gear 150 N·m on a 1 kg·m² rotor), the joints follow roughly the sign of their
 * ctrl, so the hips sweep between their limits and the ankles press the foot down during the back stroke.
 */
public final class ScriptedGait {
    private final GaitParams params;
    private final int actuators;
    private final int[] hipActuator, ankleActuator;
    private final double[] hipSign, ankleSign, legPhase;

    public ScriptedGait(RobotDescription robot, GaitParams params) {
        this.params = params;
        Legs legs = Legs.of(robot);
        int n = legs.count();
        actuators = robot.actuators().size();
        hipActuator = new int[n];
        ankleActuator = new int[n];
        hipSign = new double[n];
        ankleSign = new double[n];
        legPhase = new double[n];
        int[] hinges = robot.hingeJoints();
        Pose[] poses = robot.initialLinkPoses();
        for (int l = 0; l < n; l++) {
            int[] js = legs.jointsOf(l);
            if (js.length < 2) throw new IllegalArgumentException("leg " + l + " (" + legs.names().get(l) + ") has " + js.length + " joint(s), the scripted gait needs a swing and a lift hinge");
            Joint hip = robot.joints().get(hinges[js[0]]), ankle = robot.joints().get(hinges[js[1]]);
            hipActuator[l] = actuatorOf(robot, hinges[js[0]]);
            ankleActuator[l] = actuatorOf(robot, hinges[js[1]]);
            hipSign[l] = Math.signum(pointVelocity(hip, poses, robot.links().get(ankle.child()), poses[ankle.child()]).x());
            ankleSign[l] = Math.signum(pointVelocity(ankle, poses, robot.links().get(ankle.child()), poses[ankle.child()]).z());
            legPhase[l] = (l % 2) * Math.PI;
        }
    }

    /** The default gait for {@code robot}. */
    public static ScriptedGait of(RobotDescription robot) {
        return new ScriptedGait(robot, GaitParams.defaults());
    }

    private static int actuatorOf(RobotDescription robot, int joint) {
        for (int a = 0; a < robot.actuators().size(); a++) if (robot.actuators().get(a).joint() == joint) return a;
        throw new IllegalArgumentException("joint '" + robot.joints().get(joint).name() + "' has no actuator, the scripted gait needs one");
    }

    /** Velocity of {@code link}'s centre of mass for a unit positive rotation about {@code joint}: axis × r. */
    private static Vec3 pointVelocity(Joint joint, Pose[] poses, Link link, Pose linkPose) {
        Pose jp = poses[joint.child()];
        Vec3 axis = jp.rotation().rotate(joint.axis());
        Vec3 anchor = jp.apply(joint.anchor());
        Vec3 com = linkPose.apply(link.centerOfMass());
        return axis.cross(com.minus(anchor));
    }

    /** Writes the ctrl for simulated time {@code t} (s since reset) into {@code dest} (one per actuator). */
    public void act(double t, double[] dest) {
        java.util.Arrays.fill(dest, 0, actuators, 0);
        double w = 2 * Math.PI * params.frequency() * t;
        for (int l = 0; l < hipActuator.length; l++) {
            double phi = w + legPhase[l];
            dest[hipActuator[l]] = hipSign[l] * params.hipAmplitude() * Math.sin(phi);
            dest[ankleActuator[l]] = ankleSign[l] * params.ankleAmplitude() * Math.cos(phi + params.liftLead());
        }
    }

    public GaitParams params() {
        return params;
    }
}
