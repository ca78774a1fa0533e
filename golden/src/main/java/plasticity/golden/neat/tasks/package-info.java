/**
 * NEAT tasks (docs/spec/neat.md, "Tasks"): XOR and the Gymnasium classic-control environments as
 * fitness functions with a "solved" test, their built-in configs, and {@link
 * plasticity.golden.neat.tasks.TaskRun}, which evolves a network for one of them.
 */
package plasticity.golden.neat.tasks;
