package org.faultline.ingest.read;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * How deep an XML document nests its elements, measured with a streaming (StAX) pass before the
 * feed library builds its tree. ROME's JDOM tree is written back out recursively, so a feed nesting
 * a few thousand elements overflows the stack; counting first turns that into a clear refusal.
 */
final class XmlNesting {
    /** Far deeper than any real feed (RSS items nest about six levels; HTML inside CDATA is text). */
    static final int LIMIT = 500;

    private XmlNesting() {
    }

    /**
     * The deepest element depth, stopping as soon as it passes {@code stopAbove}; a document that is
     * not well-formed XML reports the depth reached before the error (the feed parser names the fault).
     */
    static int depth(String xml, int stopAbove) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int depth = 0;
        int deepest = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    deepest = Math.max(deepest, ++depth);
                    if (deepest > stopAbove) return deepest;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return deepest;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the source is a string
                }
            }
        }
        return deepest;
    }
}
