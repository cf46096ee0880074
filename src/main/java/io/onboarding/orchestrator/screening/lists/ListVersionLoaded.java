package io.onboarding.orchestrator.screening.lists;

/** A new version of a list is in force (published after its transaction committed). */
public record ListVersionLoaded(String list, int version) {
}
