package org.faultline.server.articles;

import org.faultline.server.http.ApiErrors;

/** Validates ids given in paths and filters: printable, no whitespace, at most 200 characters. */
public final class ArticleIds {
    private ArticleIds() {}

    /** The id, or a 400 naming parameter "id". */
    public static String check(String id) {
        return check("id", id);
    }

    public static String check(String parameter, String id) {
        if (id == null || id.isBlank()) throw ApiErrors.badParameter(parameter, "must not be empty");
        if (id.length() > 200) throw ApiErrors.badParameter(parameter, "is longer than 200 characters");
        if (!id.codePoints().allMatch(c -> c > 0x20 && c != 0x7f))
            throw ApiErrors.badParameter(parameter, "must not contain spaces or control characters");
        return id;
    }
}
