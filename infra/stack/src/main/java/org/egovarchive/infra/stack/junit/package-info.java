/**
 * JUnit 5 support: {@link org.egovarchive.infra.stack.junit.LocalStackExtension} runs one throwaway local
 * stack per test JVM for the integration tests ({@code *IT}) of every module.
 */
package org.egovarchive.infra.stack.junit;
