/**
 * The case file (SPEC 7.4): what a regulator or an auditor asks about one client, in one
 * document with a digest of its canonical form, as JSON or as a PDF for a person; and the
 * decision evidence it needs, captured in the project's tables when each decision table
 * is evaluated, so that it outlives the engine's history.
 */
package io.onboarding.orchestrator.casefile;
