package org.propamine.sim;

/** Prints {@link RobotInfo} for a robot name or file (manual check). */
public final class InfoMain {
    public static void main(String[] args) {
        System.out.print(RobotInfo.format(RobotFiles.load(args[0])));
    }
}
