package org.faultline.watch;

/** A place fired alerts are delivered to. Implementations must be safe to call again after a failure. */
interface AlertSink {
    /** The configured name, the key of its deliveries in the store. */
    String name();

    /** Delivers one alert's JSON; throws with a readable reason when it could not. */
    void deliver(String json) throws Exception;
}
