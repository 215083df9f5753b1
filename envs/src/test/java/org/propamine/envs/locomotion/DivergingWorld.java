package org.propamine.envs.locomotion;

import org.propamine.sim.JointMode;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotState;
import org.propamine.sim.SimWorld;
import org.propamine.sim.robot.RobotDescription;

/** A real world that "diverges" (NaN state, diverged() true) from control step {@code at} on: a test double. */
final class DivergingWorld implements SimWorld {
    private final SimWorld w;
    private final int at;
    private int steps;

    DivergingWorld(SimWorld w, int at) {
        this.w = w;
        this.at = at;
    }

    private boolean broken() {
        return steps >= at;
    }

    @Override public PhysicsConfig config() { return w.config(); }
    @Override public void reset(long seed) { steps = 0; w.reset(seed); }
    @Override public void step(double[] ctrl) { steps++; if (!broken()) w.step(ctrl); }
    @Override public void readState(RobotState dest) {
        w.readState(dest);
        if (broken()) {
            dest.basePosition[0] = Double.NaN;
            dest.basePosition[2] = Double.NaN;
            dest.jointVelocities[0] = Double.POSITIVE_INFINITY;
        }
    }
    @Override public RobotState newState() { return w.newState(); }
    @Override public double time() { return w.time(); }
    @Override public boolean diverged() { return broken(); }
    @Override public int jointCount() { return w.jointCount(); }
    @Override public int actuatorCount() { return w.actuatorCount(); }
    @Override public int footCount() { return w.footCount(); }
    @Override public double jointLower(int j) { return w.jointLower(j); }
    @Override public double jointUpper(int j) { return w.jointUpper(j); }
    @Override public int actuatorJoint(int a) { return w.actuatorJoint(a); }
    @Override public String jointName(int j) { return w.jointName(j); }
    @Override public RobotDescription description() { return w.description(); }
    @Override public int linkCount() { return w.linkCount(); }
    @Override public void linkPose(int link, double[] dest7) { w.linkPose(link, dest7); }
    @Override public void setGravityScale(double scale) { w.setGravityScale(scale); }
    @Override public void setFrictionScale(double scale) { w.setFrictionScale(scale); }
    @Override public void setMassScale(double scale) { w.setMassScale(scale); }
    @Override public void setMotorStrength(int a, double scale) { w.setMotorStrength(a, scale); }
    @Override public void setJointMode(int j, JointMode mode) { w.setJointMode(j, mode); }
    @Override public void applyRootImpulse(double ix, double iy, double iz) { w.applyRootImpulse(ix, iy, iz); }
    @Override public void setLinkLengthScale(int link, double scale) { w.setLinkLengthScale(link, scale); }
    @Override public long stateHash() { return w.stateHash(); }
    @Override public void close() { w.close(); }
}
