package org.faultline.ingest.source;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Says in plain words why a fetch failed, instead of the JDK exception's name
 * ({@code ConnectException} with no message is what the HTTP client gives for a closed port).
 */
final class FetchErrors {

    private FetchErrors() {
    }

    static String describe(IOException e, URI uri) {
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        Throwable t = e;
        // the HTTP client wraps the cause it met in an IOException of its own
        for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) return "could not connect to " + where + " in time";
            if (t instanceof UnknownHostException) return "the host name " + uri.getHost() + " was not found";
            if (t instanceof NoRouteToHostException) return "no network route to " + where;
            if (t instanceof ConnectException) return "the connection to " + where + " was refused (is the server up?)";
            if (t instanceof SSLException) return "the secure connection to " + where + " failed" + detail(t);
            if (t instanceof EOFException) return "the server at " + where + " closed the connection early";
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank() || msg.matches("[\\w.$]+(Exception|Error)")) return "network error while talking to " + where;
        return msg;
    }

    private static String detail(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? "" : ": " + m;
    }
}
