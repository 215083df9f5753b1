package org.propamine.sim.robot;

/**
 * A symmetric 3×3 inertia tensor in kg·m² (about a stated point, in stated axes).
 * Elements: I = [[xx, xy, xz], [xy, yy, yz], [xz, yz, zz]].
 */
public record Inertia(double xx, double yy, double zz, double xy, double xz, double yz) {

    public static final Inertia ZERO = new Inertia(0, 0, 0, 0, 0, 0);

    public Inertia {
        for (double v : new double[] {xx, yy, zz, xy, xz, yz}) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("inertia element is not finite");
        }
        if (xx < 0 || yy < 0 || zz < 0) throw new IllegalArgumentException("inertia diagonal (" + xx + ", " + yy + ", " + zz + ") must be >= 0");
    }

    public static Inertia diagonal(double a, double b, double c) { return new Inertia(a, b, c, 0, 0, 0); }

    public double[][] matrix() {
        return new double[][] {{xx, xy, xz}, {xy, yy, yz}, {xz, yz, zz}};
    }

    public static Inertia of(double[][] m) {
        return new Inertia(m[0][0], m[1][1], m[2][2], 0.5 * (m[0][1] + m[1][0]), 0.5 * (m[0][2] + m[2][0]), 0.5 * (m[1][2] + m[2][1]));
    }

    public Inertia plus(Inertia o) {
        return new Inertia(xx + o.xx, yy + o.yy, zz + o.zz, xy + o.xy, xz + o.xz, yz + o.yz);
    }

    public Inertia times(double s) { return new Inertia(xx * s, yy * s, zz * s, xy * s, xz * s, yz * s); }

    /** The same body's tensor in rotated axes: R·I·Rᵀ (R = {@code q} maps the tensor's axes to the new ones). */
    public Inertia rotated(Quat q) {
        double[][] r = q.matrix(), i = matrix(), out = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int k = 0; k < 3; k++) for (int l = 0; l < 3; l++) s += r[a][k] * i[k][l] * r[b][l];
                out[a][b] = s;
            }
        }
        return of(out);
    }

    /** Parallel-axis term of a point mass {@code m} at offset {@code d}: m·(|d|²·E − d·dᵀ). */
    public static Inertia pointMass(double m, Vec3 d) {
        double d2 = d.dot(d);
        return new Inertia(m * (d2 - d.x() * d.x()), m * (d2 - d.y() * d.y()), m * (d2 - d.z() * d.z()),
                -m * d.x() * d.y(), -m * d.x() * d.z(), -m * d.y() * d.z());
    }

    /**
     * Principal axes by cyclic Jacobi rotations: returns {@code {q, diag}} with
     * I = R(q)·diag·R(q)ᵀ, i.e. q rotates principal-frame vectors into this tensor's axes.
     */
    public Principal principal() {
        double[][] a = matrix();
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = Math.abs(a[0][1]) + Math.abs(a[0][2]) + Math.abs(a[1][2]);
            double scale = Math.abs(a[0][0]) + Math.abs(a[1][1]) + Math.abs(a[2][2]);
            if (off <= 1e-15 * Math.max(scale, 1e-300)) break;
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < 3; k++) { // A <- A J
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 3; k++) { // A <- J^T A
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < 3; k++) { // V <- V J
                        double vkp = v[k][p], vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        // make V a proper rotation
        double det = v[0][0] * (v[1][1] * v[2][2] - v[1][2] * v[2][1]) - v[0][1] * (v[1][0] * v[2][2] - v[1][2] * v[2][0])
                + v[0][2] * (v[1][0] * v[2][1] - v[1][1] * v[2][0]);
        if (det < 0) for (int k = 0; k < 3; k++) v[k][2] = -v[k][2];
        return new Principal(Quat.fromMatrix(v), new Vec3(Math.max(a[0][0], 0), Math.max(a[1][1], 0), Math.max(a[2][2], 0)));
    }

    /** Principal frame {@code rotation} (principal → tensor axes) and the principal moments. */
    public record Principal(Quat rotation, Vec3 moments) { }
}
