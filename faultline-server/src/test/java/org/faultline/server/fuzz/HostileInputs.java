package org.faultline.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builders of hostile inputs for the front-door property tests; each kind is one static method. */
final class HostileInputs {
    private HostileInputs() {}

    static final String BODY = "Delegations of two neighbouring states met at a border crossing on Tuesday and agreed "
            + "to reopen a road that had been closed since the spring, officials on both sides said.";

    static byte[] encoded(String text, Charset cs, boolean bom) {
        byte[] body = text.getBytes(cs);
        byte[] mark = !bom ? new byte[0]
                : cs.equals(StandardCharsets.UTF_8) ? new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : cs.equals(StandardCharsets.UTF_16BE) ? new byte[]{(byte) 0xFE, (byte) 0xFF}
                : cs.equals(StandardCharsets.UTF_16LE) ? new byte[]{(byte) 0xFF, (byte) 0xFE}
                : new byte[0];
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    static String nestedHtml(int depth, String tag) {
        return "<html><body>" + ("<" + tag + ">").repeat(depth) + "<p>" + BODY + "</p>" + ("</" + tag + ">").repeat(depth)
                + "</body></html>";
    }

    static String giantAttribute(int size) {
        return "<html><head><title>Road reopens</title></head><body><article><p data-x=\"" + "A".repeat(size) + "\">"
                + BODY + "</p></article></body></html>";
    }

    static String hugeToken(int size, char c) {
        return "Road reopens\n\n" + BODY + " " + String.valueOf(c).repeat(size) + "\n";
    }

    static String withControls(String text, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            b.append(ch);
            if (r.nextInt(7) == 0) b.append((char) (1 + r.nextInt(31)));
        }
        return b.toString();
    }

    /** A payload that would run if stored text were ever inserted as markup. */
    static String scriptPage(String marker) {
        return "<html><head><title>Road reopens</title><script>window." + marker + "=1</script></head>"
                + "<body onload=\"" + marker + "()\"><article><p onclick=\"" + marker + "()\">" + BODY + "</p>"
                + "<img src=x onerror=\"" + marker + "()\"><svg><script>" + marker + "()</script></svg>"
                + "<a href=\"javascript:" + marker + "()\">link</a><iframe srcdoc=\"<script>" + marker + "()</script>\"></iframe>"
                + "<p>" + BODY.replace("Tuesday", "Wednesday") + "</p></article></body></html>";
    }

    static String scriptFeed(String marker) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Road &lt;script&gt;" + marker + "()&lt;/script&gt;</title><guid>g1</guid>"
                + "<description><![CDATA[<p onmouseover=\"" + marker + "()\">" + BODY + "</p><script>" + marker
                + "()</script>]]></description></item></channel></rss>";
    }

    /** Gzip of a long run of zeros: a few KB that would inflate to many MB if anything unpacked it. */
    static byte[] gzipBomb(int inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int n = 0; n < inflatedBytes; n += zeros.length) gz.write(zeros);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String billionLaughs(int levels) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= levels; i++) b.append("<!ENTITY l").append(i).append(" \"")
                .append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        b.append("]><rss version=\"2.0\"><channel><title>Wire</title><item><title>&l").append(levels)
                .append(";</title><description>").append(BODY).append("</description></item></channel></rss>");
        return b.toString();
    }

    static String externalEntity(String path) {
        return "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file://" + path + "\">]>"
                + "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Leak &secret;</title><description>"
                + BODY + " &secret;</description></item></channel></rss>";
    }

    static String nestedJson(int depth) {
        return "{\"id\":\"deep\",\"text\":" + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}";
    }
}
