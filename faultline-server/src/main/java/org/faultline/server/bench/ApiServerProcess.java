package org.faultline.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.store.Store;

/**
 * The API server of {@code faultline bench --api}, run in a JVM of its own so the load generator
 * does not share its heap, JIT and garbage collector (on a 2-core machine the two still share
 * the cores, as a real client on the same host would). Started with this JVM's class path; the
 * child prints {@code PORT n} when it listens and stops when its standard input closes.
 */
public final class ApiServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ApiServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server process over the SQLite file {@code db}; waits until it listens. */
    public static ApiServerProcess start(Path db, String heap) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                ApiServerProcess.class.getName(), db.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("PORT ")) {
                drain(lines);
                return new ApiServerProcess(p, Integer.parseInt(line.substring(5).trim()));
            }
        }
        p.destroyForcibly();
        throw new IOException("the bench server process ended before listening (exit " + exitOf(p) + ")");
    }

    /**
     * Keeps reading the child's standard output: whatever it prints after the port (a console
     * logger at DEBUG prints plenty) would otherwise fill the pipe and block the server mid-request.
     */
    private static void drain(BufferedReader lines) {
        Thread t = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // discard
                }
            } catch (IOException ended) {
                // the child is gone
            }
        }, "bench-server-output");
        t.setDaemon(true);
        t.start();
    }

    private static String exitOf(Process p) {
        try {
            return p.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child: {@code ApiServerProcess DB_FILE}. */
    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]));
             FaultlineServer server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            // runs until the parent closes our standard input
            while (System.in.read() >= 0) {
                // discard
            }
        }
    }
}
