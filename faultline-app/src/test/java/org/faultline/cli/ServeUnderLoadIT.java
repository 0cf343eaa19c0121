package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline serve} in its own process, with the real CoreNLP pipeline, under a
 * pathological POST (half a megabyte of words on one line): other requests are still answered,
 * a second POST is told to come back (503) or served instead of hanging, and SIGTERM stops the
 * process within 5 s while the annotation is still running. Slow (loads CoreNLP): an IT, run with
 * {@code -Dtest=ServeUnderLoadIT}.
 */
class ServeUnderLoadIT {
    private static final String TOKEN = "serve-under-load-token";
    @TempDir Path dir;

    @Test
    void aPathologicalPostBlocksNothingAndSigtermStopsTheServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", dir.resolve("serve.db").toString(), "--port", "0", "--token", TOKEN)
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = null;
            for (String line; (line = out.readLine()) != null; ) {
                m = Pattern.compile("http://[^:]+:(\\d+)/").matcher(line);
                if (m.find()) break;
            }
            assertThat(m).isNotNull();
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            StringBuilder words = new StringBuilder();
            Random r = new Random(1);
            String[] vocab = {"troops", "border", "village", "talks", "ministry", "road", "convoy", "night"};
            while (words.length() < 500_000) words.append(vocab[r.nextInt(vocab.length)]).append(' ');
            String big = "{\"title\":\"One line\",\"text\":\"" + words.toString().strip() + "\"}";
            // the server loads CoreNLP in the background at start: a first small POST waits for it
            HttpResponse<String> first = client.send(post(base, "{\"title\":\"First\",\"text\":\"The envoys met in the capital on Friday.\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            long t00 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> slow = client.sendAsync(post(base, big), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(3_000); // let the big one take the annotation slot

            long t0 = System.nanoTime();
            HttpResponse<String> stats = client.send(HttpRequest.newBuilder(URI.create(base + "/api/stats"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
            System.out.printf("GET /api/stats during the pathological POST: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

            long t1 = System.nanoTime();
            HttpResponse<String> small = client.send(post(base, "{\"title\":\"Short\",\"text\":\"Talks resumed at the border on Monday.\"}"),
                    HttpResponse.BodyHandlers.ofString());
            long smallMs = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf("small POST during the pathological POST: %d in %d ms%n", small.statusCode(), smallMs);
            assertThat(small.statusCode()).isIn(201, 503);
            assertThat(smallMs).as("the small POST is answered instead of waiting for the big one").isLessThan(20_000);
            if (small.statusCode() == 503) assertThat(small.headers().firstValue("Retry-After")).isPresent();
            if (slow.isDone()) System.out.printf("the pathological POST was done after %d ms: %d%n",
                    (System.nanoTime() - t00) / 1_000_000, slow.get().statusCode());

            long t2 = System.nanoTime();
            p.destroy(); // SIGTERM
            boolean ended = p.waitFor(5, TimeUnit.SECONDS);
            System.out.printf("SIGTERM to exit: %d ms%n", (System.nanoTime() - t2) / 1_000_000);
            assertThat(ended).as("the server stops within 5 s of SIGTERM").isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    private static HttpRequest post(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
