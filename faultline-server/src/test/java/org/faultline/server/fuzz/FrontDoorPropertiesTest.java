package org.faultline.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.store.Store;

/**
 * The front door under generated hostile input: every reader (text, HTML, RSS/Atom, JSON Lines)
 * through {@link Ingestor}, then the store, as {@code faultline ingest} does minus annotation
 * (the property is about readers; CoreNLP's budgets have their own tests). For every input:
 * it ends in bounded time; each outcome is a stored article or one clear error line (no
 * exception name, no "internal error", no line break); an article stored before is unchanged;
 * script and event-handler payloads never reach the stored text.
 * The server's POST body has its own properties in {@link PostBodyPropertiesTest}.
 */
@PropertyDefaults(tries = 8, shrinking = net.jqwik.api.ShrinkingMode.OFF)
class FrontDoorPropertiesTest {
    /** Per input; generous for a loaded CI machine, far below a stall. */
    static final long SECONDS_PER_INPUT = 20;

    private static Path dir;
    private static Store store;
    private static Article sentinel;
    private static final Ingestor INGESTOR = new Ingestor(IngestOptions.defaults().withMaxBytes(4L * 1024 * 1024));
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-ingest");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger FILES = new AtomicInteger();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("faultline-fuzz");
        store = Store.open(dir.resolve("fuzz.db"));
        Path first = Files.writeString(dir.resolve("sentinel.txt"), "Sentinel report\n\n" + HostileInputs.BODY + "\n");
        sentinel = ((IngestOutcome.Read) INGESTOR.ingestAll(List.of(first.toString())).get(0)).article();
        store.save(sentinel, null, List.of());
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    /** Writes the input as a file, ingests and stores it; asserts the common properties. */
    static List<IngestOutcome> ingest(String extension, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve("in-" + FILES.incrementAndGet() + "." + extension), content);
        Future<List<IngestOutcome>> run = WORKER.submit(() -> INGESTOR.ingestAll(List.of(file.toString())));
        List<IngestOutcome> out;
        try {
            out = run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("ingest of a " + content.length + "-byte ." + extension + " input did not end in "
                    + SECONDS_PER_INPUT + " s");
        }
        assertThat(out).as("every input gives at least one outcome").isNotEmpty();
        for (IngestOutcome o : out) {
            if (o instanceof IngestOutcome.Failed f) {
                assertThat(f.reason()).as("one clear line").isNotBlank().doesNotContain("\n")
                        .doesNotContain("Exception").doesNotContain("internal error").hasSizeLessThan(400);
                assertThat(f.input()).startsWith(file.toString());
            } else {
                Article a = ((IngestOutcome.Read) o).article();
                if (!store.existsId(a.id())) store.save(a, null, List.of());
                assertThat(store.findArticle(a.id())).isPresent();
            }
        }
        assertThat(store.findArticle(sentinel.id())).as("what was stored before is unchanged").contains(sentinel);
        return out;
    }

    static List<Article> articles(List<IngestOutcome> out) {
        return out.stream().filter(o -> o instanceof IngestOutcome.Read).map(o -> ((IngestOutcome.Read) o).article()).toList();
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "html", "xml", "rss", "jsonl", "md");
    }

    // 1. random bytes under every reader's extension
    @Property
    void randomBytes(@ForAll("extensions") String ext, @ForAll("bytes") byte[] data) throws Exception {
        ingest(ext, data);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(30_000);
    }

    // 2. printable-ish random text (ASCII, Latin, CJK, RTL, emoji) under every extension
    @Property
    void randomText(@ForAll("extensions") String ext, @ForAll("text") String text) throws Exception {
        ingest(ext, text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0590', '\u06ff').withCharRange('\u4e00', '\u4fff').withChars('\n', '\t', '<', '>', '&', '"', '{', '}')
                .ofMinLength(0).ofMaxLength(20_000);
    }

    // 3. the same article in every encoding, with and without a byte-order mark
    @Property
    void encodingsWithAndWithoutBom(@ForAll("charsets") Charset cs, @ForAll boolean bom, @ForAll("extensions") String ext) throws Exception {
        String article = "Road reopens at the border\n\n" + HostileInputs.BODY + " Caf\u00e9 \u00fcber \u00f1and\u00fa.\n";
        List<IngestOutcome> out = ingest(ext.equals("jsonl") || ext.equals("xml") || ext.equals("rss") ? "txt" : ext,
                HostileInputs.encoded(article, cs, bom));
        // with a BOM, or in UTF-8 and the 8-bit sets, the text is read (UTF-16 without BOM may be refused as binary)
        if (bom || !cs.name().startsWith("UTF-16"))
            assertThat(articles(out)).singleElement().satisfies(a -> assertThat(a.text()).contains("border crossing"));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"));
    }

    // 4. deep nesting in HTML, XML feeds and JSON Lines
    @Property(tries = 4)
    void deepNesting(@ForAll @IntRange(min = 1_000, max = 60_000) int depth, @ForAll("nestingKinds") String kind) throws Exception {
        switch (kind) {
            case "html" -> ingest("html", HostileInputs.nestedHtml(depth, "div").getBytes(StandardCharsets.UTF_8));
            case "feed" -> ingest("xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>T</title><description>"
                    + "<x>".repeat(depth) + HostileInputs.BODY + "</x>".repeat(depth) + "</description></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8));
            default -> ingest("jsonl", (HostileInputs.nestedJson(depth) + "\n{\"id\":\"ok\",\"text\":\"" + HostileInputs.BODY + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<String> nestingKinds() {
        return Arbitraries.of("html", "feed", "jsonl");
    }

    // 5. giant attributes
    @Property(tries = 3)
    void giantAttributes(@ForAll @IntRange(min = 100_000, max = 2_000_000) int size) throws Exception {
        List<IngestOutcome> out = ingest("html", HostileInputs.giantAttribute(size).getBytes(StandardCharsets.UTF_8));
        for (Article a : articles(out)) assertThat(a.text()).doesNotContain("AAAAAAAAAA");
    }

    // 6. huge single tokens
    @Property(tries = 3)
    void hugeSingleTokens(@ForAll @IntRange(min = 100_000, max = 2_000_000) int size, @ForAll("tokenChars") char c) throws Exception {
        ingest("txt", HostileInputs.hugeToken(size, c).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<Character> tokenChars() {
        return Arbitraries.of('x', '-', '.', '=', '\u00e9', '#');
    }

    // 7. control characters sprinkled through text, HTML and JSON Lines
    @Property
    void controlCharacters(@ForAll long seed, @ForAll("extensions") String ext) throws Exception {
        String base = ext.equals("jsonl") ? "{\"id\":\"c\",\"text\":\"" + HostileInputs.BODY + "\"}\n"
                : ext.equals("html") ? "<html><body><p>" + HostileInputs.BODY + "</p></body></html>"
                : "Road reopens\n\n" + HostileInputs.BODY + "\n";
        ingest(ext, HostileInputs.withControls(base, seed).getBytes(StandardCharsets.UTF_8));
    }

    // 8. invalid UTF-8 sequences inside otherwise good text
    @Property
    void invalidUtf8(@ForAll("badSequences") byte[] bad, @ForAll @IntRange(min = 0, max = 100) int at) throws Exception {
        byte[] good = ("Road reopens\n\n" + HostileInputs.BODY + "\n").getBytes(StandardCharsets.UTF_8);
        int pos = Math.min(at, good.length);
        byte[] mixed = new byte[good.length + bad.length];
        System.arraycopy(good, 0, mixed, 0, pos);
        System.arraycopy(bad, 0, mixed, pos, bad.length);
        System.arraycopy(good, pos, mixed, pos + bad.length, good.length - pos);
        List<IngestOutcome> out = ingest("txt", mixed);
        assertThat(articles(out)).singleElement().satisfies(a -> assertThat(a.problems()).anyMatch(p -> p.contains("invalid")));
    }

    @Provide
    Arbitrary<byte[]> badSequences() {
        return Arbitraries.of(new byte[]{(byte) 0xC3}, new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0xFD},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE2, (byte) 0x82});
    }

    // 9. zip bombs disguised as feeds (gzip bytes with a feed's name)
    @Property(tries = 3)
    void zipBombsDisguisedAsFeeds(@ForAll("feedNames") String ext, @ForAll @IntRange(min = 10, max = 200) int megabytes) throws Exception {
        List<IngestOutcome> out = ingest(ext, HostileInputs.gzipBomb(megabytes * 1024 * 1024));
        assertThat(articles(out)).isEmpty();
    }

    @Provide
    Arbitrary<String> feedNames() {
        return Arbitraries.of("xml", "rss", "atom", "html", "jsonl");
    }

    // 10. XML entity expansion ("billion laughs") in a feed
    @Property(tries = 3)
    void entityExpansion(@ForAll @IntRange(min = 3, max = 9) int levels) throws Exception {
        List<IngestOutcome> out = ingest("xml", HostileInputs.billionLaughs(levels).getBytes(StandardCharsets.UTF_8));
        for (Article a : articles(out)) assertThat(a.text().length()).isLessThan(100_000);
    }

    // 11. external entities (XXE) must not read local files into an article
    @Property(tries = 2)
    void externalEntities(@ForAll("secretFiles") String path) throws Exception {
        List<IngestOutcome> out = ingest("rss", HostileInputs.externalEntity(path).getBytes(StandardCharsets.UTF_8));
        String secret = Files.readString(Path.of(path)).strip();
        for (Article a : articles(out)) assertThat(a.text() + a.title()).doesNotContain(secret);
    }

    @Provide
    Arbitrary<String> secretFiles() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("faultline-secret", ".txt"), "TOP-SECRET-" + System.nanoTime());
        return Arbitraries.just(secret.toString());
    }

    // 12. <script> and on* payloads never reach the stored text
    @Property
    void scriptPayloadsAreDropped(@ForAll("markers") String marker, @ForAll boolean asFeed) throws Exception {
        List<IngestOutcome> out = asFeed
                ? ingest("rss", HostileInputs.scriptFeed(marker).getBytes(StandardCharsets.UTF_8))
                : ingest("html", HostileInputs.scriptPage(marker).getBytes(StandardCharsets.UTF_8));
        assertThat(articles(out)).isNotEmpty().allSatisfy(a -> assertThat(a.text()).doesNotContain(marker));
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(12).map(s -> "pwn" + s);
    }

    // 13. JSON Lines with malformed, wrongly typed and oversized records among good ones
    @Property
    void jsonLinesRecords(@ForAll("jsonRecords") List<String> lines) throws Exception {
        List<String> all = new java.util.ArrayList<>(lines);
        all.add("{\"id\":\"anchor\",\"title\":\"Anchor\",\"text\":\"" + HostileInputs.BODY + "\"}");
        List<IngestOutcome> out = ingest("jsonl", String.join("\n", all).getBytes(StandardCharsets.UTF_8));
        assertThat(articles(out)).anySatisfy(a -> assertThat(a.title()).isEqualTo("Anchor"));
    }

    @Provide
    Arbitrary<List<String>> jsonRecords() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.just("{\"id\":1,\"text\":[1,2,3]}"),
                Arbitraries.just("{\"id\":\"n\",\"text\":null,\"published\":\"yesterday\"}"),
                Arbitraries.just("{\"text\":\"" + "word ".repeat(20_000) + "\"}"),
                Arbitraries.just("{\"id\":\"num\",\"text\":\"x\",\"published\":1e999999}"),
                Arbitraries.just("[\"not\",\"an\",\"object\"]"),
                Arbitraries.just("{\"id\":\"dup\",\"id\":\"dup2\",\"text\":\"" + HostileInputs.BODY + "\"}"),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.just(""));
        return line.list().ofMinSize(1).ofMaxSize(12);
    }

    // 14. line-ending chaos: CR only, form feeds, a hundred thousand empty lines
    @Property(tries = 4)
    void lineEndings(@ForAll("separators") String sep, @ForAll @IntRange(min = 1, max = 100_000) int repeat) throws Exception {
        ingest("txt", ("Road reopens" + sep.repeat(repeat) + HostileInputs.BODY + sep).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("\r", "\n", "\r\n", "\f", "\u2028", "\u0085", "\n\r");
    }
}
