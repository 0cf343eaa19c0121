package org.faultline.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into one readable line on stderr. A user mistake
 * ({@link IllegalArgumentException}, {@link java.io.UncheckedIOException}) gets its message only;
 * anything else also goes to the log with its stack trace, for bug reports.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            cl.getErr().println("faultline: " + ex.getMessage());
            return 2;
        }
        if (ex instanceof org.faultline.store.StoreException) {
            // the store names the database and what is wrong with it (not a database, damaged,
            // busy, disk full): one line for the user, the trace only at debug level
            LOG.debug("store failure in '{}'", cl.getCommandName(), ex);
            cl.getErr().println("faultline: " + ex.getMessage());
            return 2;
        }
        LOG.error("unexpected failure in '{}'", cl.getCommandName(), ex);
        cl.getErr().println("faultline: internal error: " + ex + " (details in the log)");
        return 3;
    }
}
