/**
 * Property-based tests of Faultline's front door: generated hostile inputs to every reader and
 * to the API's POST body. Built on jqwik (net.jqwik:jqwik, Maven Central, maintained, a JUnit
 * Platform engine so surefire runs it beside the JUnit tests): generators, seeds printed for
 * reproduction and a failure database, which a hand-written random loop would lack. Tries are
 * kept small so the suite stays well under three minutes in CI; the kinds of input are listed on
 * {@link org.faultline.server.fuzz.FrontDoorPropertiesTest}'s numbered properties.
 */
package org.faultline.server.fuzz;
