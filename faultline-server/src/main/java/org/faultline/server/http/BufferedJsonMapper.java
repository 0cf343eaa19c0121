package org.faultline.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Javalin's JSON mapper for this API: writes each response body to a byte array in the request's
 * thread. Javalin's bundled Jackson mapper streams objects through a pipe filled by another
 * thread, a hand-off that costs more than it saves for responses of a few kilobytes.
 */
public final class BufferedJsonMapper implements JsonMapper {
    private final ObjectMapper mapper;

    public BufferedJsonMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return obj instanceof String s ? s : mapper.writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new ByteArrayInputStream(mapper.writeValueAsBytes(obj));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON", e);
        }
    }
}
