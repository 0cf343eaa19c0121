package org.faultline.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the tests use: the one named by the environment variable
 * {@code FAULTLINE_TEST_PG_URL} (.ci/run starts one and sets it), or else a throwaway cluster
 * this JVM starts itself when PostgreSQL's binaries are installed (initdb into a temp dir,
 * pg_ctl start on a free loopback port, stopped and deleted when the JVM exits), so that plain
 * {@code mvn test} exercises PostgreSQL wherever it is installed. When neither works, the
 * PostgreSQL variants of the tests are skipped with {@link #unavailableReason()}.
 */
final class PgTestServer {
    static final String ENV = "FAULTLINE_TEST_PG_URL";
    private static final Logger LOG = LoggerFactory.getLogger(PgTestServer.class);
    private static String url;
    private static String reason;
    private static boolean tried;

    private PgTestServer() {}

    /** The URL of a database the tests may create schemas in, or null when there is none. */
    static synchronized String url() {
        if (!tried) {
            tried = true;
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) url = env.strip();
            else if ("off".equals(System.getProperty("faultline.test.pg"))) reason = "-Dfaultline.test.pg=off";
            else startOwnCluster();
        }
        return url;
    }

    static synchronized String unavailableReason() {
        url();
        return "PostgreSQL tests skipped: " + ENV + " is not set and no throwaway cluster could be started ("
                + reason + "); install PostgreSQL (apt-get install postgresql) or set " + ENV
                + "=postgresql://user@host:port/db";
    }

    private static void startOwnCluster() {
        Path bin = findBin();
        if (bin == null) {
            reason = "no initdb found under /usr/lib/postgresql/*/bin";
            return;
        }
        try {
            Path dir = Files.createTempDirectory("faultline-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // initdb refuses to run as root: the cluster belongs to the postgres user
                UserPrincipal pg = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, pg);
            }
            int port = freePort();
            Path data = dir.resolve("data");
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "faultline", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w",
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, data, dir), "faultline-pg-stop"));
            run(root, bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "faultline",
                    "faultline_test");
            url = "postgresql://faultline@127.0.0.1:" + port + "/faultline_test";
            LOG.info("started a throwaway PostgreSQL cluster for the tests at {} ({})", url, dir);
        } catch (IOException | RuntimeException e) {
            reason = "starting a throwaway cluster with " + bin + " failed: " + e.getMessage();
            LOG.warn(reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted while starting a throwaway cluster";
        }
    }

    private static Path findBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " timed out");
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue() + ": " + out.strip());
    }

    private static void stop(boolean root, Path bin, Path data, Path dir) {
        try {
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
        } catch (IOException | InterruptedException e) {
            LOG.warn("stopping the throwaway PostgreSQL cluster in {} failed: {}", dir, e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
