/**
 * neat-python style INI configuration (docs/spec/neat.md, "Configuration files"): one record per
 * section, read by {@link plasticity.golden.neat.config.NeatConfig#read}; every error is a
 * {@link plasticity.golden.neat.config.NeatConfigException} naming file and line.
 */
package plasticity.golden.neat.config;
