package org.faultline.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.faultline.nlp.Doc;

/**
 * Test helper: keeps annotated docs in target/ so repeated test runs skip CoreNLP. The cache is
 * keyed by a name the caller derives from its inputs; delete target/ to refresh.
 */
public final class DocCache {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, ToStringSerializer.instance)
            .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                    return LocalDate.parse(p.getValueAsString());
                }
            }));

    private DocCache() {}

    public static List<Doc> load(String name, Supplier<List<Doc>> annotate) {
        Path file = Path.of("target", "doc-cache", name + ".json");
        try {
            if (Files.isRegularFile(file)) return MAPPER.readValue(file.toFile(), new TypeReference<List<Doc>>() {});
            List<Doc> docs = annotate.get();
            Files.createDirectories(file.getParent());
            MAPPER.writeValue(file.toFile(), docs);
            return docs;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
