/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What every subcommand has: the console of the run and {@code --debug}. */
abstract class CliCommand implements Callable<Integer> {

  @ParentCommand ElbGatewayCli root;

  @Option(names = "--debug", description = "On an error, show the stack trace too.")
  boolean debug;

  Console console() {
    return root.console();
  }
}
